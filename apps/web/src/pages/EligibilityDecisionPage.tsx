import { useQuery } from '@tanstack/react-query';
import { Link } from '../router';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';
import { elApi } from '../features/eligibility/api';
import { DecisionDetail } from '../features/eligibility/DecisionDetail';
import { elPaths } from '../features/eligibility/paths';
import { useEl } from '../features/eligibility/strings';

/** One decision with each month's numbers beside its explanation; a reviewer approves or returns it here. */
export function EligibilityDecisionPage({ id }: { id: string }) {
  const i = useEl();
  const { e } = i;
  const q = useQuery({ queryKey: ['eligibility', 'decision', id], queryFn: () => elApi.decision(id) });
  const app = useQuery({ queryKey: ['eligibility', 'application', q.data?.applicationId], queryFn: () => elApi.application(q.data!.applicationId), enabled: Boolean(q.data?.applicationId), retry: false });
  return (
    <QueryState query={q}>
      {(d) => (
        <Page title={e('el.dec.title', { program: i.ex(`el.program.${d.program}`, d.program) })}>
          <p>
            <Link to={elPaths.case(d.caseId, d.applicationId)}>{e('el.dec.openCase')}</Link>
            {' · '}
            <Link to={elPaths.application(d.applicationId)}>{e('el.dec.openApplication')}</Link>
          </p>
          <DecisionDetail decision={d} members={app.data?.members} />
        </Page>
      )}
    </QueryState>
  );
}
