import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { CaseDetail } from '../api/types';
import { navigate, Link, useRoute } from '../router';
import { LiveStatus, Notice } from '../ui/Notice';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';
import { Tabs } from '../ui/Tabs';
import { elApi, type ApplicationView } from '../features/eligibility/api';
import { Determine } from '../features/eligibility/Determine';
import { EvidenceTable } from '../features/eligibility/EvidenceTable';
import { Interview } from '../features/eligibility/Interview';
import { elPaths } from '../features/eligibility/paths';
import { RegisterPanel } from '../features/eligibility/RegisterPanel';
import { useEl } from '../features/eligibility/strings';
import { RequestProofForm, Verifications } from '../features/eligibility/Verifications';
import { useState } from 'react';

const TABS = ['interview', 'evidence', 'verification', 'determine'] as const;
type TabId = (typeof TABS)[number];

/** The program's processing clocks, read from its case (the application view does not carry them after registration). */
function ProgramClocks({ caseId }: { caseId: string }) {
  const i = useEl();
  const q = useQuery({ queryKey: ['case', caseId], queryFn: () => api.get<CaseDetail>(`/api/cases/${encodeURIComponent(caseId)}`), retry: false });
  return (
    <>
      {(q.data?.clocks ?? []).map((c) => (
        <span key={c.id} className="display-block font-sans-xs text-base-dark">
          {i.e('el.app.clockDue', { clock: c.name || c.typeCode.replace(/_/g, ' '), date: i.date(c.dueOn) })} ({i.tx(`status.${c.status}`, c.status)})
        </span>
      ))}
    </>
  );
}

function Overview({ app }: { app: ApplicationView }) {
  const i = useEl();
  const { e } = i;
  return (
    <dl className="hearth-dl margin-bottom-3">
      <dt>{e('el.app.filed')}</dt>
      <dd>{i.date(app.filedOn)}</dd>
      <dt>{e('el.app.channel')}</dt>
      <dd>{i.ex(`el.app.channel.${app.channel}`, app.channel)}</dd>
      <dt>{e('el.app.status')}</dt>
      <dd>{i.ex(`el.app.status.${app.status}`, app.status)}</dd>
      <dt>{e('el.app.programs')}</dt>
      <dd>
        <ul className="usa-list usa-list--unstyled">
          {(app.programs.length ? app.programs : app.requestedPrograms.map((p) => ({ program: p, caseId: null, status: 'pending', clocks: undefined }))).map((p) => {
            const name = i.ex(`el.program.${p.program}`, p.program);
            return (
              <li key={p.program}>
                {p.caseId ? <Link to={elPaths.case(p.caseId, app.id)}>{name}</Link> : name} — {i.ex(`el.pstatus.${p.status}`, p.status)}
                {p.caseId && <ProgramClocks caseId={p.caseId} />}
              </li>
            );
          })}
        </ul>
        {app.expedited && <strong>{e('el.expedited')}</strong>}
      </dd>
    </dl>
  );
}

/** An application: register it (online ones), then interview, evidence, proof and determinations. */
export function EligibilityApplicationPage({ id }: { id: string }) {
  const { e } = useEl();
  const route = useRoute();
  const tabParam = route.search.get('tab');
  const tab: TabId = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as TabId) : 'interview';
  const q = useQuery({ queryKey: ['eligibility', 'application', id], queryFn: () => elApi.application(id) });
  const [proofFor, setProofFor] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  return (
    <QueryState query={q}>
      {(app) => (
        <Page title={e('el.app.title', { number: app.applicationNumber })}>
          <Overview app={app} />
          {app.status === 'received' ? (
            <RegisterPanel app={app} />
          ) : (
            <Tabs idPrefix="el-app" label={e('el.tabs')} active={tab} onChange={(t) => navigate(elPaths.application(id, t === 'interview' ? undefined : t), { replace: true })} tabs={TABS.map((x) => ({ id: x, label: e(`el.tab.${x}` as 'el.tab.interview') }))}>
              {tab === 'interview' && <Interview app={app} />}
              {tab === 'evidence' && (
                <>
                  <h2>{e('el.ev.title')}</h2>
                  <LiveStatus>{message && <Notice type="success">{message}</Notice>}</LiveStatus>
                  <EvidenceTable app={app} onRequestProof={(x) => { setMessage(''); setProofFor(x.evidenceKey); }} />
                  {proofFor && (
                    <RequestProofForm
                      key={proofFor}
                      app={app}
                      evidenceKey={proofFor}
                      onDone={(msg) => {
                        setProofFor(null);
                        setMessage(msg);
                      }}
                    />
                  )}
                </>
              )}
              {tab === 'verification' && <Verifications app={app} />}
              {tab === 'determine' && <Determine app={app} />}
            </Tabs>
          )}
          {app.status === 'received' && <Notice type="info">{e('el.register.lead')}</Notice>}
        </Page>
      )}
    </QueryState>
  );
}
