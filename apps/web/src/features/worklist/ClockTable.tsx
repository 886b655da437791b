import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ClockView } from '../../api/types';
import { useT } from '../../i18n';
import { href, Link } from '../../router';
import { DataTable } from '../../ui/DataTable';
import { LiveStatus } from '../../ui/Notice';
import { errorMessage } from '../../ui/errorMessage';
import { clockStateLabel, statusLabel } from '../labels';
import { byUrgency, Urgency } from './Urgency';

function PauseForm({ clock, onDone }: { clock: ClockView; onDone: (msg: string) => void }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const id = `pause-${clock.id}`;
  const m = useMutation({
    mutationFn: () => api.post<unknown>(`/api/clocks/${encodeURIComponent(clock.id)}/pause`, { reason }),
    onSuccess: () => {
      setOpen(false);
      onDone(t('worklist.paused'));
    },
    onError: (e) => onDone(errorMessage(e, t)),
  });
  if (!open) {
    return (
      <button type="button" className="usa-button usa-button--outline usa-button--small" onClick={() => setOpen(true)} aria-expanded={false} aria-label={`${t('worklist.pause')}: ${clock.name}`}>
        {t('worklist.pause')}
      </button>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) m.mutate();
  };
  return (
    <form onSubmit={submit} className="hearth-inline-form">
      <div>
        <label className="usa-label margin-top-0" htmlFor={id}>
          {t('worklist.pauseReason')}
        </label>
        <input id={id} className="usa-input usa-input--md" value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
      </div>
      <button type="submit" className="usa-button usa-button--small" disabled={m.isPending || !reason.trim()}>
        {t('worklist.pause')}
      </button>
      <button type="button" className="usa-button usa-button--unstyled" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

export function ClockTable({ clocks, showCase = true, canChange }: { clocks: ClockView[]; showCase?: boolean; canChange: boolean }) {
  const i = useT();
  const { t, date } = i;
  const qc = useQueryClient();
  const [msg, setMsg] = useState('');
  const refresh = (m: string) => {
    setMsg(m);
    void qc.invalidateQueries({ queryKey: ['worklist'] });
    void qc.invalidateQueries({ queryKey: ['case'] });
  };
  const resume = useMutation({
    mutationFn: (id: string) => api.post<unknown>(`/api/clocks/${encodeURIComponent(id)}/resume`),
    onSuccess: () => refresh(t('worklist.resumed')),
    onError: (e) => setMsg(errorMessage(e, t)),
  });
  const rows = [...clocks].sort(byUrgency);
  return (
    <>
      <LiveStatus>{msg}</LiveStatus>
      <DataTable
        caption={t('worklist.clocks')}
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('worklist.noClocks')}
        columns={[
          { key: 'urgency', header: t('worklist.urgency'), render: (r) => (r.status === 'running' ? <Urgency dueOn={r.dueOn} /> : '—') },
          {
            key: 'label',
            header: t('worklist.clock'),
            rowHeader: true,
            render: (r) => (
              <>
                {r.name}
                {r.citation && <div className="font-sans-2xs text-normal text-base-darkest">{r.citation}</div>}
              </>
            ),
          },
          ...(showCase ? [{ key: 'case', header: t('worklist.case'), render: (r: ClockView) => (r.caseId ? <Link to={href('case', { id: r.caseId })}>{r.caseNumber ?? r.caseId}</Link> : '—') }] : []),
          { key: 'due', header: t('worklist.due'), render: (r) => date(r.dueOn) },
          { key: 'status', header: t('worklist.status'), render: (r) => (r.state ? clockStateLabel(i, r.state) : statusLabel(i, r.status)) + (r.status === 'paused' && r.pauseReason ? ` — ${r.pauseReason}` : '') },
          {
            key: 'act',
            header: t('common.actions'),
            render: (r) =>
              !canChange ? null : r.status === 'paused' ? (
                <button type="button" className="usa-button usa-button--outline usa-button--small" onClick={() => resume.mutate(r.id)} disabled={resume.isPending}>
                  {t('worklist.resume')}
                </button>
              ) : r.status === 'running' ? (
                <PauseForm clock={r} onDone={refresh} />
              ) : null,
          },
        ]}
      />
    </>
  );
}
