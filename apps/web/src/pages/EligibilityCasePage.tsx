import { useQuery } from '@tanstack/react-query';
import { Link, useRoute } from '../router';
import { DataTable } from '../ui/DataTable';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';
import { elApi, type DecisionView } from '../features/eligibility/api';
import { ChangeForm } from '../features/eligibility/ChangeForm';
import { statusText } from '../features/eligibility/DecisionDetail';
import { Ledger } from '../features/eligibility/Ledger';
import { Notices } from '../features/eligibility/Notices';
import { HearingPacket } from '../features/eligibility/HearingPacket';
import { elPaths } from '../features/eligibility/paths';
import { useEl } from '../features/eligibility/strings';
import { useSession } from '../features/session/session';

/** A program case's benefits: decisions, the ledger (chart and table), reported changes and notices. */
export function EligibilityCasePage({ id }: { id: string }) {
  const i = useEl();
  const { e } = i;
  const { can } = useSession();
  const route = useRoute();
  const decisions = useQuery({ queryKey: ['eligibility', 'decisions', id], queryFn: () => elApi.decisions(id) });
  const ledger = useQuery({ queryKey: ['eligibility', 'ledger', id], queryFn: () => elApi.ledger(id) });
  const applicationId = route.search.get('application') ?? decisions.data?.items[0]?.applicationId ?? null;
  const program = ledger.data?.program;
  return (
    <Page title={e('el.case.titleNoNumber', { program: program ? i.ex(`el.program.${program}`, program) : '…' })}>
      {applicationId && (
        <p>
          <Link to={elPaths.application(applicationId)}>{e('el.dec.openApplication')}</Link>
        </p>
      )}
      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title">{e('el.case.decisions')}</h2>
        <QueryState query={decisions}>
          {(d) => (
            <DataTable<DecisionView>
              caption={e('el.case.decisionsCaption')}
              captionHidden
              rows={d.items}
              rowKey={(r) => r.id}
              empty={e('el.case.noDecisions')}
              columns={[
                { key: 'decision', header: e('el.case.col.decision'), rowHeader: true, render: (r) => <Link to={elPaths.decision(r.id)}>{r.summary}</Link> },
                { key: 'kind', header: e('el.dec.kind'), render: (r) => i.ex(`el.dec.kind.${r.kind}`, r.kind) },
                { key: 'status', header: e('el.dec.status'), render: (r) => statusText(i, r.status) },
              ]}
            />
          )}
        </QueryState>
      </section>
      <QueryState query={ledger}>{(l) => <Ledger ledger={l} />}</QueryState>
      {can('case.finalize') && applicationId && ledger.data?.certification && <ChangeForm caseId={id} applicationId={applicationId} />}
      <Notices caseId={id} />
      <HearingPacket caseId={id} />
    </Page>
  );
}
