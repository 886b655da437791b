import type { CaseDetail } from '../api/types';
import { useT } from '../i18n';
import { BreakGlass } from '../features/break-glass/BreakGlass';
import { useGuardedRecord } from '../features/break-glass/useGuardedRecord';
import { CaseStatusForm, FinalizingActionForm } from '../features/cases/CaseActions';
import { OverrideForm } from '../features/cases/OverrideForm';
import { DocumentsSection, NotesSection, ParticipantsSection, TasksSection, TimelineSection } from '../features/cases/CaseSections';
import { RestrictedTag } from '../features/cases/CaseTable';
import { kindLabel, programLabel, statusLabel } from '../features/labels';
import { useSession } from '../features/session/session';
import { href, Link, navigate, useRoute } from '../router';
import { Notice } from '../ui/Notice';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';
import { Tabs } from '../ui/Tabs';

const TABS = ['overview', 'participants', 'notes', 'documents', 'tasks', 'timeline'] as const;
type TabId = (typeof TABS)[number];

function Overview({ c }: { c: CaseDetail }) {
  const i = useT();
  const { t, date } = i;
  const { can } = useSession();
  return (
    <>
      <dl className="hearth-dl margin-bottom-3">
        <dt>{t('case.program')}</dt>
        <dd>{programLabel(i, c.programCode)}</dd>
        <dt>{t('case.status')}</dt>
        <dd>{statusLabel(i, c.status)}</dd>
        <dt>{t('case.primary')}</dt>
        <dd>{c.primaryPerson ? <Link to={href('person', { id: c.primaryPerson.id })}>{c.primaryPerson.name ?? c.primaryPerson.id}</Link> : '—'}</dd>
        <dt>{t('case.worker')}</dt>
        <dd>{c.assignedWorkerName ?? t('case.unassigned')}</dd>
        <dt>{t('case.unit')}</dt>
        <dd>{c.unitName ?? c.unitId}</dd>
        <dt>{t('case.openedOn')}</dt>
        <dd>{date(c.openedOn)}</dd>
        {c.closedOn && (
          <>
            <dt>{t('case.closedOn')}</dt>
            <dd>{date(c.closedOn)}{c.closeReason ? ` — ${c.closeReason}` : ''}</dd>
          </>
        )}
        {c.complexity != null && (
          <>
            <dt>{t('case.complexity')}</dt>
            <dd>{c.complexity}</dd>
          </>
        )}
      </dl>
      {(c.reviews ?? []).filter((r) => r.status === 'pending').map((r) => (
        <Notice key={r.id} type="info">
          {t('case.reviews.waiting', { kind: kindLabel(i, r.kind), summary: r.summary })}
        </Notice>
      ))}
      {can('case.finalize') && c.status !== 'closed' && <FinalizingActionForm c={c} />}
      {can('case.write') && <CaseStatusForm c={c} />}
      {can('override.approve') && <OverrideForm c={c} />}
    </>
  );
}

export function CasePage({ id }: { id: string }) {
  const { t } = useT();
  const route = useRoute();
  const tabParam = route.search.get('tab');
  const tab: TabId = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as TabId) : 'overview';
  const { query, refusal, granted } = useGuardedRecord<CaseDetail>(['case', id], `/api/cases/${encodeURIComponent(id)}`);

  if (refusal) {
    return (
      <Page title={t('breakglass.title')}>
        <BreakGlass error={refusal} endpoint={`/api/cases/${encodeURIComponent(id)}/break-glass`} onGranted={granted} />
      </Page>
    );
  }
  const setTab = (next: string) => navigate(`${href('case', { id })}${next === 'overview' ? '' : `?tab=${next}`}`, { replace: true });
  return (
    <QueryState query={query}>
      {(c) => (
        <Page title={t('case.title', { number: c.caseNumber })}>
          {c.access === 'break_glass' && <Notice type="warning">{t('case.breakGlassNotice')}</Notice>}
          {c.restricted && (
            <Notice type="warning">
              <RestrictedTag /> {t('person.restrictedNotice')}
            </Notice>
          )}
          <Tabs idPrefix="case" label={t('case.tabsLabel')} active={tab} onChange={setTab} tabs={TABS.map((x) => ({ id: x, label: t(`case.tab.${x}`) }))}>
            {tab === 'overview' && <Overview c={c} />}
            {tab === 'participants' && <ParticipantsSection c={c} />}
            {tab === 'notes' && <NotesSection c={c} />}
            {tab === 'documents' && <DocumentsSection c={c} />}
            {tab === 'tasks' && <TasksSection c={c} />}
            {tab === 'timeline' && <TimelineSection c={c} />}
          </Tabs>
        </Page>
      )}
    </QueryState>
  );
}
