import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ClockView, TaskView } from '../api/types';
import { useT } from '../i18n';
import { useSession } from '../features/session/session';
import { ClockTable } from '../features/worklist/ClockTable';
import { TaskTable } from '../features/worklist/TaskTable';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';

export function WorklistPage() {
  const { t } = useT();
  const { can } = useSession();
  const q = useQuery({ queryKey: ['worklist'], queryFn: () => api.get<{ tasks: TaskView[]; clocks: ClockView[] }>('/api/worklist'), refetchInterval: 60_000 });
  return (
    <Page title={t('worklist.title')} lead={t('worklist.intro')}>
      <QueryState query={q}>
        {(d) => (
          <>
            <h2>{t('worklist.tasks')}</h2>
            <TaskTable tasks={d.tasks ?? []} canComplete={can('task.write')} />
            <h2>{t('worklist.clocks')}</h2>
            <ClockTable clocks={d.clocks ?? []} canChange={can('task.write')} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
