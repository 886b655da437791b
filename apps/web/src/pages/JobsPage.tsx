import { useQuery } from '@tanstack/react-query';
import { api, itemsOf } from '../api/client';
import type { JobView } from '../api/types';
import { useT } from '../i18n';
import { statusLabel } from '../features/labels';
import { DataTable } from '../ui/DataTable';
import { Page } from '../ui/Page';
import { ProgressBar } from '../ui/ProgressBar';
import { QueryState } from '../ui/QueryState';

const RUNNING = new Set(['created', 'active', 'retry', 'running']);

export function JobProgress({ job }: { job: JobView }) {
  const i = useT();
  const { t, num } = i;
  const total = job.total ?? null;
  const text = total ? t('jobs.progressOf', { done: num(job.done), total: num(total) }) : t('jobs.progressCount', { done: num(job.done) });
  const tone = job.status === 'failed' ? 'error' : job.status === 'completed' ? 'success' : 'primary';
  return <ProgressBar value={job.done} max={total} label={t('jobs.progressFor', { name: job.jobName })} valueText={text} tone={tone} />;
}

export function JobsPage() {
  const i = useT();
  const { t, dateTime } = i;
  const q = useQuery({
    queryKey: ['jobs'],
    queryFn: () => api.get<{ items: JobView[] } | JobView[]>('/api/jobs'),
    // Poll while something is running; stop when all are finished.
    refetchInterval: (query) => (itemsOf(query.state.data).some((j) => RUNNING.has(j.status)) ? 2000 : false),
  });
  return (
    <Page title={t('jobs.title')}>
      <QueryState query={q}>
        {(d) => (
          <DataTable
            caption={t('jobs.title')}
            captionHidden
            rows={itemsOf(d)}
            rowKey={(j) => j.id}
            empty={t('jobs.empty')}
            columns={[
              { key: 'name', header: t('jobs.name'), rowHeader: true, render: (j) => <>{j.jobName}{j.message && <div className="font-sans-2xs text-normal text-base-darkest">{j.message}</div>}</> },
              { key: 'status', header: t('jobs.status'), render: (j) => statusLabel(i, j.status) },
              { key: 'progress', header: t('jobs.progress'), render: (j) => <JobProgress job={j} /> },
              { key: 'updated', header: t('jobs.updated'), render: (j) => dateTime(j.updatedAt) },
            ]}
          />
        )}
      </QueryState>
    </Page>
  );
}
