import { useState, type FormEvent } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, itemsOf } from '../api/client';
import type { AccessEntry, AuditEvent, Paged } from '../api/types';
import { useT } from '../i18n';
import { useSession } from '../features/session/session';
import { href, Link } from '../router';
import { DataTable } from '../ui/DataTable';
import { TextField } from '../ui/Field';
import { LiveStatus } from '../ui/Notice';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';
import { Tabs } from '../ui/Tabs';
import { errorMessage } from '../ui/errorMessage';

type Filters = { personId: string; caseId: string; userId: string; from: string; to: string };
const EMPTY: Filters = { personId: '', caseId: '', userId: '', from: '', to: '' };

function RecordLink({ caseId, personId, entityType, entityId }: { caseId: string | null; personId: string | null; entityType: string; entityId: string }) {
  if (caseId) return <Link to={href('case', { id: caseId })}>{`${entityType} ${entityId}`}</Link>;
  if (personId) return <Link to={href('person', { id: personId })}>{`${entityType} ${entityId}`}</Link>;
  return <>{`${entityType} ${entityId}`}</>;
}

function useLog<T>(kind: 'events' | 'access', filters: Filters, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['audit', kind, filters],
    queryFn: ({ pageParam }) => api.get<Paged<T>>(`/api/audit/${kind}`, { ...filters, cursor: pageParam, limit: 50 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

function Changes({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return <>—</>;
  return (
    <details>
      <summary>JSON</summary>
      <pre className="hearth-json">{JSON.stringify({ before, after }, null, 1)}</pre>
    </details>
  );
}

export function AuditPage() {
  const { t, tp, dateTime } = useT();
  const { can } = useSession();
  const tabs = [
    ...(can('audit.read') ? [{ id: 'events', label: t('audit.events') }, { id: 'access', label: t('audit.access') }] : []),
    ...(can('breakglass.review') ? [{ id: 'breakglass', label: t('audit.breakglass') }] : []),
  ];
  const [tab, setTab] = useState(tabs[0]?.id ?? 'events');
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const events = useLog<AuditEvent>('events', filters, tab === 'events');
  const access = useLog<AccessEntry>('access', filters, tab === 'access');
  const bg = useQuery({ queryKey: ['break-glass'], queryFn: () => api.get<{ items: AccessEntry[] } | AccessEntry[]>('/api/break-glass'), enabled: tab === 'breakglass' });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };
  const set = (k: keyof Filters) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });
  const active = tab === 'events' ? events : access;
  const count = active.data?.pages.reduce((n, p) => n + p.items.length, 0) ?? 0;

  return (
    <Page title={t('audit.title')}>
      <Tabs idPrefix="audit" label={t('audit.title')} tabs={tabs} active={tab} onChange={setTab}>
        {tab !== 'breakglass' && (
          <>
            <form onSubmit={apply} className="hearth-inline-form" aria-label={t('audit.filters')}>
              <TextField id="audit-personId" label={t('audit.personId')} value={draft.personId} onChange={set('personId')} optional />
              <TextField id="audit-caseId" label={t('audit.caseId')} value={draft.caseId} onChange={set('caseId')} optional />
              <TextField id="audit-userId" label={t('audit.userId')} value={draft.userId} onChange={set('userId')} optional />
              <TextField id="audit-from" label={t('audit.from')} type="date" value={draft.from} onChange={set('from')} optional />
              <TextField id="audit-to" label={t('audit.to')} type="date" value={draft.to} onChange={set('to')} optional />
              <button type="submit" className="usa-button">{t('audit.apply')}</button>
            </form>
            <LiveStatus>{active.isPending ? t('common.loading') : active.isError ? errorMessage(active.error, t) : tp('common.results', count)}</LiveStatus>
          </>
        )}
        {tab === 'events' && events.isSuccess && (
          <DataTable
            caption={t('audit.eventsCaption')}
            rows={events.data.pages.flatMap((p) => p.items)}
            rowKey={(e) => String(e.seq)}
            empty={t('audit.empty')}
            columns={[
              { key: 'at', header: t('audit.at'), render: (e) => dateTime(e.at) },
              { key: 'who', header: t('audit.actor'), render: (e) => e.actorName ?? e.actorId ?? '—' },
              { key: 'action', header: t('audit.action'), rowHeader: true, render: (e) => <code>{e.action}</code> },
              { key: 'entity', header: t('audit.entity'), render: (e) => <RecordLink {...e} /> },
              { key: 'reason', header: t('audit.reason'), render: (e) => e.reason ?? '—' },
              { key: 'changes', header: t('audit.changes'), render: (e) => <Changes before={e.before} after={e.after} /> },
            ]}
          />
        )}
        {tab === 'access' && access.isSuccess && (
          <DataTable
            caption={t('audit.accessCaption')}
            rows={access.data.pages.flatMap((p) => p.items)}
            rowKey={(e) => e.id}
            empty={t('audit.empty')}
            columns={[
              { key: 'at', header: t('audit.at'), render: (e) => dateTime(e.at) },
              { key: 'who', header: t('audit.actor'), rowHeader: true, render: (e) => e.userName },
              { key: 'action', header: t('audit.action'), render: (e) => <code>{e.action}</code> },
              { key: 'entity', header: t('audit.entity'), render: (e) => <RecordLink {...e} /> },
              { key: 'restricted', header: t('audit.restricted'), render: (e) => (e.restricted ? t('common.yes') : t('common.no')) },
              { key: 'reason', header: t('audit.reason'), render: (e) => e.reason ?? '—' },
            ]}
          />
        )}
        {tab !== 'breakglass' && active.hasNextPage && (
          <button type="button" className="usa-button usa-button--outline margin-top-2" onClick={() => void active.fetchNextPage()} disabled={active.isFetchingNextPage}>
            {t('common.loadMore')}
          </button>
        )}
        {tab === 'breakglass' && (
          <QueryState query={bg}>
            {(d) => (
              <DataTable
                caption={t('audit.breakglassCaption')}
                rows={itemsOf(d)}
                rowKey={(e) => e.id}
                empty={t('audit.empty')}
                columns={[
                  { key: 'at', header: t('audit.at'), render: (e) => dateTime(e.at) },
                  { key: 'who', header: t('audit.actor'), rowHeader: true, render: (e) => e.userName },
                  { key: 'entity', header: t('audit.entity'), render: (e) => <RecordLink {...e} /> },
                  { key: 'reason', header: t('audit.reason'), render: (e) => e.reason ?? '—' },
                ]}
              />
            )}
          </QueryState>
        )}
      </Tabs>
    </Page>
  );
}
