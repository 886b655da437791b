import { useMemo, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, itemsOf, isApiError } from '../api/client';
import type { AdminUnit, CaseSummary, Paged, WorkloadSuggestion, WorkloadWorker } from '../api/types';
import { useT } from '../i18n';
import { CaseTable } from '../features/cases/CaseTable';
import { useFormMutation } from '../features/cases/useFormMutation';
import { useSession } from '../features/session/session';
import { DataTable } from '../ui/DataTable';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectField, TextareaField } from '../ui/Field';
import { fieldId, type SummaryItem } from '../ui/fields';
import { LiveStatus, Notice } from '../ui/Notice';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';
import { errorMessage } from '../ui/errorMessage';

const P = 'reassign';

export function WorkloadPage() {
  const i = useT();
  const { t, tp, num } = i;
  const { user } = useSession();
  const qc = useQueryClient();
  const unitIds = useMemo(() => [...new Set([...(user?.leadUnitIds ?? []), ...(user?.supervisorUnitIds ?? []), ...(user?.unitIds ?? [])])], [user]);
  const [unitId, setUnitId] = useState(unitIds[0] ?? '');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<SummaryItem[]>([]);
  const [hint, setHint] = useState('');
  const [byWorker, setByWorker] = useState('');

  const workers = useQuery({ queryKey: ['workload', unitId], queryFn: () => api.get<{ workers: WorkloadWorker[] }>('/api/workload', { unitId }), enabled: Boolean(unitId) });
  const cases = useQuery({
    queryKey: ['cases', { scope: 'unit', status: 'open', unitId }],
    queryFn: () => api.get<Paged<CaseSummary>>('/api/cases', { scope: 'unit', status: 'open', unitId, limit: 200 }),
    enabled: Boolean(unitId),
  });
  const units = useQuery({ queryKey: ['units'], queryFn: () => api.get<{ items: AdminUnit[] }>('/api/admin/units'), staleTime: 10 * 60_000 });
  const unitName = (id: string) => itemsOf(units.data).find((u) => u.id === id)?.name ?? cases.data?.items.find((c) => c.unitId === id)?.unitName ?? id;
  const allUnitCases = cases.data?.items ?? [];
  const unitCases = byWorker ? allUnitCases.filter((c) => c.assignedWorkerId === byWorker) : allUnitCases;
  const caseIds = [...selected];

  const m = useFormMutation(() => api.post<{ moved: number }>('/api/workload/reassign', { caseIds, toWorkerId: to, reason }), {
    invalidate: [['workload'], ['cases']],
    success: (r) => tp('workload.done', r?.moved ?? caseIds.length),
    onSuccess: () => {
      setSelected(new Set());
      setReason('');
    },
  });

  const suggest = async (c: CaseSummary) => {
    try {
      const s = await qc.fetchQuery({ queryKey: ['suggest', c.id], queryFn: () => api.get<WorkloadSuggestion>('/api/workload/suggest', { caseId: c.id }), staleTime: 0 });
      if (!s.suggestion) {
        setHint(t('workload.noSuggestion', { case: c.caseNumber }));
        return;
      }
      setHint(`${t('workload.suggested', { case: c.caseNumber, name: s.suggestion.name })} (${t('workload.minimumLevel', { level: s.minimumLevel })})`);
      setSelected(new Set([c.id]));
      setTo(s.suggestion.id);
    } catch (e) {
      setHint(errorMessage(e, t));
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const probs: SummaryItem[] = [];
    if (selected.size === 0) probs.push({ message: t('workload.selectCases') });
    if (!to) probs.push({ targetId: fieldId(P, 'toWorkerId'), message: t('errors.fieldRequired', { field: t('workload.to').toLowerCase() }) });
    if (!reason.trim()) probs.push({ targetId: fieldId(P, 'reason'), message: t('errors.fieldRequired', { field: t('workload.reason').toLowerCase() }) });
    setLocal(probs);
    if (!probs.length) m.mutate(undefined);
  };

  // "caseIds.3: not in this unit" → a link to that case's checkbox, named by its case number.
  const caseProblems: SummaryItem[] = isApiError(m.error)
    ? m.error.details.flatMap((d) => {
        const hit = /^(?:body\.)?caseIds\.(\d+)$/.exec(d.path);
        if (!hit) return [];
        const id = caseIds[Number(hit[1])];
        const number = unitCases.find((c) => c.id === id)?.caseNumber ?? id;
        return [{ targetId: id ? `sel-${id}` : undefined, message: `${number}: ${d.message}` }];
      })
    : [];

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  if (unitIds.length === 0) return <Page title={t('workload.title')}><p>{t('workload.noUnits')}</p></Page>;

  return (
    <Page title={t('workload.title')}>
      {unitIds.length > 1 && (
        <SelectField id="workload-unit" label={t('workload.unit')} value={unitId} onChange={(e) => { setUnitId(e.target.value); setSelected(new Set()); }} options={unitIds.map((u) => ({ value: u, label: unitName(u) }))} className="maxw-mobile-lg" />
      )}
      <h2>{t('workload.caption')}</h2>
      <QueryState query={workers}>
        {(d) => (
          <DataTable
            caption={t('workload.caption')}
            captionHidden
            rows={[...d.workers].sort((a, b) => b.weightedLoad - a.weightedLoad)}
            rowKey={(w) => w.id}
            empty={t('common.none')}
            columns={[
              { key: 'name', header: t('workload.worker'), rowHeader: true, render: (w) => w.name },
              { key: 'level', header: t('workload.level'), render: (w) => w.level ?? '—' },
              { key: 'open', header: t('workload.openCases'), align: 'right', render: (w) => num(w.openCases) },
              { key: 'weighted', header: t('workload.weighted'), align: 'right', render: (w) => num(w.weightedLoad, 1) },
            ]}
          />
        )}
      </QueryState>

      <h2>{t('workload.cases')}</h2>
      <SelectField id="workload-worker" label={t('workload.filterWorker')} value={byWorker} onChange={(e) => setByWorker(e.target.value)} placeholder={t('workload.allWorkers')} options={(workers.data?.workers ?? []).map((w) => ({ value: w.id, label: w.name }))} className="maxw-mobile-lg" />
      <LiveStatus>{hint || (cases.isSuccess ? tp('common.results', unitCases.length) : '')}</LiveStatus>
      <QueryState query={cases}>
        {() => (
          <CaseTable
            cases={unitCases}
            caption={t('workload.cases')}
            captionHidden
            lead={{
              key: 'select',
              header: <span className="usa-sr-only">{t('common.actions')}</span>,
              render: (c) => (
                <div className="display-flex flex-align-center">
                  <input type="checkbox" className="hearth-check" id={`sel-${c.id}`} checked={selected.has(c.id)} onChange={() => toggle(c.id)} aria-label={t('workload.select', { number: c.caseNumber })} />
                  <button type="button" className="usa-button usa-button--unstyled margin-left-1" onClick={() => void suggest(c)} aria-label={t('workload.suggestFor', { number: c.caseNumber })}>
                    {t('workload.suggest')}
                  </button>
                </div>
              ),
            }}
          />
        )}
      </QueryState>

      <form className="usa-form usa-form--large" onSubmit={submit} noValidate aria-labelledby={`${P}-heading`}>
        <h2 id={`${P}-heading`}>{t('workload.reassign')}</h2>
        <ErrorSummary idPrefix={P} error={m.error && isApiError(m.error) && m.error.details.some((d) => /^(body\.)?caseIds\.\d+$/.test(d.path)) ? null : m.error} items={[...local, ...(caseProblems.length && m.error instanceof Error ? [{ message: m.error.message }] : []), ...caseProblems]} />
        <SelectField id={fieldId(P, 'toWorkerId')} label={t('workload.to')} value={to} onChange={(e) => setTo(e.target.value)} placeholder={t('workload.choose')} options={(workers.data?.workers ?? []).map((w) => ({ value: w.id, label: w.name }))} error={m.fieldErrors.toWorkerId} />
        <TextareaField id={fieldId(P, 'reason')} label={t('workload.reason')} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} error={m.fieldErrors.reason} />
        <button type="submit" className="usa-button margin-top-3" disabled={m.isPending}>
          {t('workload.submit')} ({selected.size})
        </button>
        <LiveStatus>{m.message && <Notice type="success">{m.message}</Notice>}</LiveStatus>
      </form>
    </Page>
  );
}
