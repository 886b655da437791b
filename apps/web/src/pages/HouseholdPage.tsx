import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { HouseholdDetail } from '../api/types';
import { useT } from '../i18n';
import { RestrictedTag } from '../features/cases/CaseTable';
import { personName, roleLabel } from '../features/labels';
import { href, Link } from '../router';
import { DataTable } from '../ui/DataTable';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';

export function HouseholdPage({ id }: { id: string }) {
  const i = useT();
  const { t, date } = i;
  const q = useQuery({ queryKey: ['household', id], queryFn: () => api.get<HouseholdDetail>(`/api/households/${encodeURIComponent(id)}`) });
  return (
    <QueryState query={q}>
      {(h) => (
        <Page title={`${t('household.title')}: ${h.name}`}>
          <h2>{t('household.members')}</h2>
          <DataTable
            caption={t('household.members')}
            captionHidden
            rows={h.members}
            rowKey={(m) => m.person.id + m.fromDate}
            empty={t('common.none')}
            columns={[
              { key: 'name', header: t('people.name'), rowHeader: true, render: (m) => <><Link to={href('person', { id: m.person.id })}>{personName(m.person)}</Link>{m.person.restricted && <RestrictedTag />}</> },
              { key: 'role', header: t('household.role'), render: (m) => (m.role ? roleLabel(i, m.role) : '—') },
              { key: 'since', header: t('household.since'), render: (m) => date(m.fromDate) || '—' },
              { key: 'until', header: t('household.until'), render: (m) => (m.toDate ? `${date(m.toDate)}${m.endReason ? ` (${m.endReason})` : ''}` : t('household.current')) },
              { key: 'dob', header: t('person.dob'), render: (m) => date(m.person.dob) || '—' },
            ]}
          />
        </Page>
      )}
    </QueryState>
  );
}
