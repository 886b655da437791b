import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { api, itemsOf } from '../api/client';
import type { AdminUnit, CaseAsOfView, CaseDetail, ClockTypeView } from '../api/types';
import { useT } from '../i18n';
import { BreakGlass } from '../features/break-glass/BreakGlass';
import { useGuardedRecord } from '../features/break-glass/useGuardedRecord';
import { clockStateLabel, contactLabel, docTypeLabel, kindLabel, programLabel, roleLabel, statusLabel, flagLabel } from '../features/labels';
import { useSession } from '../features/session/session';
import { href, Link, useRoute } from '../router';
import { AsOfDateForm } from '../features/cases/AsOfDateForm';
import { DataTable } from '../ui/DataTable';
import { Notice } from '../ui/Notice';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';

function AsOfBody({ v, current, units, clockTypes }: { v: CaseAsOfView; current: CaseDetail | undefined; units: AdminUnit[]; clockTypes: ClockTypeView[] }) {
  const i = useT();
  const { t, date, dateTime } = i;
  const c = v.case;
  const personName = (id: string) => current?.participants?.find((p) => p.personId === id)?.name ?? (current?.primaryPerson?.id === id ? current.primaryPerson.name : null) ?? id;
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const clockName = (code: string) => clockTypes.find((d) => d.code === code)?.name ?? code;
  return (
    <>
      <dl className="hearth-dl margin-bottom-3">
        <dt>{t('case.program')}</dt>
        <dd>{programLabel(i, c.programCode)}</dd>
        <dt>{t('case.status')}</dt>
        <dd>{statusLabel(i, c.status)}</dd>
        <dt>{t('case.primary')}</dt>
        <dd>{personName(c.primaryPersonId)}</dd>
        <dt>{t('case.unit')}</dt>
        <dd>{unitName(c.unitId)}</dd>
        <dt>{t('case.openedOn')}</dt>
        <dd>{date(c.openedOn)}</dd>
        {c.closedOn && (
          <>
            <dt>{t('case.closedOn')}</dt>
            <dd>{date(c.closedOn)}{c.closeReason ? ` — ${c.closeReason}` : ''}</dd>
          </>
        )}
        <dt>{t('case.complexity')}</dt>
        <dd>{c.complexity}</dd>
        <dt>{t('asOf.confidentiality')}</dt>
        <dd>{c.confidentiality?.length ? c.confidentiality.map((f) => flagLabel(i, f)).join(', ') : t('common.none')}</dd>
      </dl>

      <h2>{t('case.tab.participants')}</h2>
      <DataTable
        caption={t('case.tab.participants')}
        captionHidden
        rows={v.participants}
        rowKey={(p) => p.id}
        empty={t('case.participants.empty')}
        columns={[
          { key: 'name', header: t('case.participants.name'), rowHeader: true, render: (p) => personName(p.personId) },
          { key: 'role', header: t('case.participants.role'), render: (p) => roleLabel(i, p.role) },
          { key: 'from', header: t('asOf.since'), render: (p) => date(p.startedOn) },
        ]}
      />

      <h2>{t('case.tab.notes')}</h2>
      {v.notes.length === 0 ? (
        <p>{t('case.notes.empty')}</p>
      ) : (
        <ol className="usa-list usa-list--unstyled">
          {v.notes.map((n) => (
            <li key={n.id} className="hearth-card">
              <h3 className="margin-y-0 font-sans-sm">
                {contactLabel(i, n.contactType)} · {date(n.contactOn)}
                {n.subject ? ` · ${n.subject}` : ''}
              </h3>
              <p className="margin-bottom-0" style={{ whiteSpace: 'pre-wrap' }}>{n.narrative}</p>
            </li>
          ))}
        </ol>
      )}

      <h2>{t('case.tab.tasks')}</h2>
      <DataTable
        caption={t('case.tab.tasks')}
        captionHidden
        rows={v.tasks}
        rowKey={(x) => x.id}
        empty={t('case.tasks.empty')}
        columns={[
          { key: 'title', header: t('worklist.task'), rowHeader: true, render: (x) => x.title },
          { key: 'due', header: t('worklist.due'), render: (x) => date(x.dueOn) || '—' },
          { key: 'status', header: t('worklist.status'), render: (x) => statusLabel(i, x.status) },
        ]}
      />

      <h2>{t('case.clocks')}</h2>
      <DataTable
        caption={t('case.clocks')}
        captionHidden
        rows={v.clocks}
        rowKey={(x) => x.id}
        empty={t('worklist.noClocks')}
        columns={[
          { key: 'name', header: t('worklist.clock'), rowHeader: true, render: (x) => clockName(x.typeCode) },
          { key: 'started', header: t('clock.startedOn'), render: (x) => date(x.startedOn) },
          { key: 'due', header: t('worklist.due'), render: (x) => date(x.dueOn) },
          { key: 'state', header: t('worklist.status'), render: (x) => clockStateLabel(i, x.state) + (x.status === 'paused' && x.pauseReason ? ` — ${x.pauseReason}` : '') },
        ]}
      />

      <h2>{t('case.tab.documents')}</h2>
      <DataTable
        caption={t('case.tab.documents')}
        captionHidden
        rows={v.documents}
        rowKey={(x) => x.id}
        empty={t('case.docs.empty')}
        columns={[
          { key: 'name', header: t('case.docs.name'), rowHeader: true, render: (x) => x.fileName },
          { key: 'type', header: t('case.docs.type'), render: (x) => docTypeLabel(i, x.docType) },
          { key: 'at', header: t('case.docs.uploadedAt'), render: (x) => dateTime(x.uploadedAt) },
        ]}
      />

      <h2>{t('asOf.decisions')}</h2>
      <DataTable
        caption={t('asOf.decisions')}
        captionHidden
        rows={[
          ...v.reviews.map((r) => ({ id: r.id, what: `${kindLabel(i, r.kind)}: ${r.summary}`, status: statusLabel(i, r.status), at: r.submittedAt })),
          ...v.overrides.map((o) => ({ id: o.id, what: `${t('asOf.override')}: ${o.what}`, status: o.reason, at: o.approvedAt })),
        ]}
        rowKey={(x) => x.id}
        empty={t('common.none')}
        columns={[
          { key: 'what', header: t('case.timeline.what'), rowHeader: true, render: (x) => x.what },
          { key: 'status', header: t('asOf.outcome'), render: (x) => x.status },
          { key: 'at', header: t('case.timeline.when'), render: (x) => dateTime(x.at) },
        ]}
      />
    </>
  );
}

/** The read-only view of a case as it stood at the end of a past day (rebuilt by the server from the audit trail). */
export function CaseAsOfPage({ id }: { id: string }) {
  const { t, date } = useT();
  const { today } = useSession();
  const route = useRoute();
  const asOf = route.search.get('date') ?? '';
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const path = `/api/cases/${encodeURIComponent(id)}/as-of?date=${encodeURIComponent(asOf)}`;
  const { query, refusal, granted } = useGuardedRecord<CaseAsOfView>(['case-as-of', id, asOf], path, valid);
  const current = useQuery({ queryKey: ['case', id], queryFn: () => api.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`), enabled: query.isSuccess, retry: false });
  const units = useQuery({ queryKey: ['units'], queryFn: () => api.get<{ items: AdminUnit[] } | AdminUnit[]>('/api/admin/units'), staleTime: 10 * 60_000, enabled: query.isSuccess });
  const program = query.data?.case.programCode;
  const clockTypes = useQuery({
    queryKey: ['clock-types', program],
    queryFn: () => api.get<{ items: ClockTypeView[] } | ClockTypeView[]>('/api/clock-types', { program }),
    staleTime: 10 * 60_000,
    enabled: Boolean(program),
  });

  if (refusal) {
    return (
      <Page title={t('breakglass.title')}>
        <BreakGlass error={refusal} endpoint={`/api/cases/${encodeURIComponent(id)}/break-glass`} onGranted={granted} />
      </Page>
    );
  }
  const back = <Link to={href('case', { id })}>{t('asOf.back')}</Link>;
  if (!valid) {
    return (
      <Page title={t('asOf.pickTitle')}>
        <p>{back}</p>
        <AsOfDateForm caseId={id} initial={today} />
      </Page>
    );
  }
  if (query.isError) {
    return (
      <Page title={t('asOf.pickTitle')}>
        <p>{back}</p>
        <QueryState query={query as UseQueryResult<CaseAsOfView>}>{() => null}</QueryState>
        <AsOfDateForm key={asOf} caseId={id} initial={asOf} />
      </Page>
    );
  }
  return (
    <QueryState query={query as UseQueryResult<CaseAsOfView>}>
      {(v) => (
        <Page title={t('asOf.title', { number: v.case.caseNumber, date: date(v.asOf) })}>
          <Notice type="info">{t('asOf.readOnly', { date: date(v.asOf) })}</Notice>
          <p>{back}</p>
          <AsOfDateForm key={v.asOf} caseId={id} initial={v.asOf} />
          <AsOfBody v={v} current={current.data} units={itemsOf(units.data)} clockTypes={itemsOf(clockTypes.data)} />
        </Page>
      )}
    </QueryState>
  );
}
