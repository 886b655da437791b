import { useQuery } from '@tanstack/react-query';
import { Link } from '../router';
import { DataTable } from '../ui/DataTable';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';
import { elApi, type QueueItem } from '../features/eligibility/api';
import { elPaths } from '../features/eligibility/paths';
import { useEl } from '../features/eligibility/strings';

/** The intake queue: online applications waiting to be registered, oldest filing date first. */
export function EligibilityQueuePage() {
  const i = useEl();
  const { e } = i;
  const q = useQuery({ queryKey: ['eligibility', 'queue'], queryFn: () => elApi.queue() });
  return (
    <Page title={e('el.queue.title')} lead={e('el.queue.lead')}>
      <QueryState query={q}>
        {(d) => (
          <DataTable<QueueItem>
            caption={e('el.queue.caption')}
            rows={d.items}
            rowKey={(r) => r.id}
            empty={e('el.queue.empty')}
            columns={[
              { key: 'number', header: e('el.col.number'), rowHeader: true, render: (r) => <Link to={elPaths.application(r.id)}>{r.applicationNumber}</Link> },
              { key: 'applicant', header: e('el.col.applicant'), render: (r) => r.applicantName },
              { key: 'filed', header: e('el.col.filed'), render: (r) => i.date(r.filedOn) },
              { key: 'programs', header: e('el.col.programs'), render: (r) => (
                <>
                  {r.programs.map((p) => i.ex(`el.program.${p}`, p)).join(', ')}
                  {r.expedited && <strong className="display-block">{e('el.expedited')}</strong>}
                </>
              ) },
              { key: 'size', header: e('el.col.size'), render: (r) => r.householdSize, align: 'right' },
              { key: 'age', header: e('el.col.age'), render: (r) => r.ageDays, align: 'right' },
            ]}
          />
        )}
      </QueryState>
    </Page>
  );
}
