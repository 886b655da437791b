import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { TaskView } from '../../api/types';
import { useT } from '../../i18n';
import { href, Link } from '../../router';
import { DataTable } from '../../ui/DataTable';
import { LiveStatus } from '../../ui/Notice';
import { errorMessage } from '../../ui/errorMessage';
import { priorityLabel, statusLabel } from '../labels';
import { byUrgency, Urgency } from './Urgency';

export function TaskTable({ tasks, showCase = true, canComplete }: { tasks: TaskView[]; showCase?: boolean; canComplete: boolean }) {
  const i = useT();
  const { t, date } = i;
  const qc = useQueryClient();
  const [msg, setMsg] = useState('');
  const complete = useMutation({
    mutationFn: (id: string) => api.post<unknown>(`/api/tasks/${encodeURIComponent(id)}/complete`),
    onSuccess: () => {
      setMsg(t('worklist.completed'));
      void qc.invalidateQueries({ queryKey: ['worklist'] });
      void qc.invalidateQueries({ queryKey: ['case'] });
    },
    onError: (e) => setMsg(errorMessage(e, t)),
  });
  const rows = [...tasks].sort(byUrgency);
  return (
    <>
      <LiveStatus>{msg}</LiveStatus>
      <DataTable
        caption={t('worklist.tasks')}
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('worklist.noTasks')}
        columns={[
          { key: 'urgency', header: t('worklist.urgency'), render: (r) => (r.status === 'completed' || r.status === 'done' ? statusLabel(i, r.status) : <Urgency dueOn={r.dueOn} />) },
          { key: 'title', header: t('worklist.task'), rowHeader: true, render: (r) => <>{r.title}{r.description && <div className="font-sans-2xs text-normal text-base-darkest">{r.description}</div>}</> },
          { key: 'priority', header: t('worklist.priority'), render: (r) => (r.priority ? priorityLabel(i, r.priority) : '—') },
          ...(showCase ? [{ key: 'case', header: t('worklist.case'), render: (r: TaskView) => (r.caseId ? <Link to={href('case', { id: r.caseId })}>{r.caseNumber ?? r.caseId}</Link> : '—') }] : []),
          { key: 'due', header: t('worklist.due'), render: (r) => date(r.dueOn) },
          {
            key: 'act',
            header: t('common.actions'),
            render: (r) =>
              canComplete && r.status !== 'completed' && r.status !== 'done' ? (
                <button type="button" className="usa-button usa-button--outline usa-button--small" disabled={complete.isPending} onClick={() => complete.mutate(r.id)} aria-label={`${t('worklist.complete')}: ${r.title}`}>
                  {t('worklist.complete')}
                </button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
