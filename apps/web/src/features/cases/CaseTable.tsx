import type { ReactNode } from 'react';
import type { CaseSummary } from '../../api/types';
import { useT } from '../../i18n';
import { href, Link } from '../../router';
import { DataTable, type Column } from '../../ui/DataTable';
import { programLabel, statusLabel } from '../labels';

export function RestrictedTag() {
  const { t } = useT();
  return <span className="usa-tag bg-secondary-dark margin-left-1">{t('common.restricted')}</span>;
}

export function CaseTable({ cases, caption, lead, captionHidden }: { cases: CaseSummary[]; caption: string; lead?: Column<CaseSummary>; captionHidden?: boolean }) {
  const i = useT();
  const { t, date } = i;
  const cols: Column<CaseSummary>[] = [
    ...(lead ? [lead] : []),
    {
      key: 'number',
      header: t('case.number'),
      rowHeader: true,
      render: (c): ReactNode => (
        <>
          <Link to={href('case', { id: c.id })}>{c.caseNumber}</Link>
          {c.restricted && <RestrictedTag />}
        </>
      ),
    },
    { key: 'primary', header: t('case.primary'), render: (c) => c.primaryPerson?.name ?? '—' },
    { key: 'program', header: t('case.program'), render: (c) => programLabel(i, c.programCode) },
    { key: 'status', header: t('case.status'), render: (c) => statusLabel(i, c.status) },
    { key: 'worker', header: t('case.worker'), render: (c) => c.assignedWorkerName ?? t('case.unassigned') },
    { key: 'unit', header: t('case.unit'), render: (c) => c.unitName ?? '—' },
    { key: 'opened', header: t('case.openedOn'), render: (c) => date(c.openedOn) },
  ];
  return <DataTable caption={caption} captionHidden={captionHidden} columns={cols} rows={cases} rowKey={(c) => c.id} empty={t('caseload.empty')} />;
}
