import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { ActionResult, CaseDetail } from '../../api/types';
import { useT } from '../../i18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextareaField, TextField } from '../../ui/Field';
import { fieldId } from '../../ui/fields';
import { LiveStatus, Notice } from '../../ui/Notice';
import { useSession } from '../session/session';
import { kindLabel } from '../labels';
import { useFormMutation } from './useFormMutation';

const KINDS = ['determination', 'closure', 'plan_approval'] as const;

/** A finalizing action. A Case Manager I's action answers `pending_review`, shown as "Sent to review". */
export function FinalizingActionForm({ c }: { c: CaseDetail }) {
  const i = useT();
  const { t } = i;
  const { user } = useSession();
  const P = 'action';
  const [v, setV] = useState({ kind: 'determination', summary: '', details: '' });
  const [result, setResult] = useState<ActionResult | null>(null);
  const m = useFormMutation(
    () => api.post<ActionResult>(`/api/cases/${encodeURIComponent(c.id)}/actions`, { kind: v.kind, summary: v.summary, ...(v.details.trim() ? { details: { note: v.details.trim() } } : {}) }),
    {
      invalidate: [['case', c.id], ['timeline', c.id], ['reviews']],
      onSuccess: (r) => {
        setResult(r);
        setV({ ...v, summary: '', details: '' });
      },
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    m.mutate(undefined);
  };
  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate aria-labelledby={`${P}-heading`}>
      <h2 id={`${P}-heading`}>{t('case.actions.title')}</h2>
      {user?.decisionsReviewed && <p className="usa-hint">{t('case.actions.reviewNote')}</p>}
      <ErrorSummary idPrefix={P} error={m.error} />
      <SelectField id={fieldId(P, 'kind')} label={t('case.actions.kind')} value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value })} options={KINDS.map((k) => ({ value: k, label: kindLabel(i, k) }))} error={m.fieldErrors.kind} />
      <TextField id={fieldId(P, 'summary')} label={t('case.actions.summary')} value={v.summary} onChange={(e) => setV({ ...v, summary: e.target.value })} error={m.fieldErrors.summary} />
      <TextareaField id={fieldId(P, 'details')} label={t('case.actions.details')} optional value={v.details} onChange={(e) => setV({ ...v, details: e.target.value })} error={m.fieldErrors.details} rows={3} />
      <button type="submit" className="usa-button margin-top-3" disabled={m.isPending}>
        {t('case.actions.submit')}
      </button>
      <LiveStatus>
        {result && (
          <Notice type={result.status === 'pending_review' ? 'info' : 'success'} className="margin-top-2">
            {result.status === 'pending_review' ? t('case.actions.sentToReview') : t('case.actions.applied')}
          </Notice>
        )}
      </LiveStatus>
    </form>
  );
}

/** Open, close (finalizing: a Case Manager I's closure goes to review) and reopen, always with a reason. */
export function CaseStatusForm({ c }: { c: CaseDetail }) {
  const { t } = useT();
  const P = 'status';
  const options = (c.status === 'closed' ? ['reopen'] : c.status === 'open' ? ['close'] : ['open', 'close']) as Array<'open' | 'close' | 'reopen'>;
  const [action, setAction] = useState(options[0]!);
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<string>('');
  const m = useFormMutation(() => api.post<Partial<ActionResult> | undefined>(`/api/cases/${encodeURIComponent(c.id)}/status`, { action, reason }), {
    invalidate: [['case', c.id], ['timeline', c.id], ['cases']],
    onSuccess: (r) => {
      setReason('');
      setResult(r?.status === 'pending_review' ? t('case.actions.sentToReview') : t('case.status.changed'));
    },
  });
  return (
    <form className="usa-form usa-form--large" onSubmit={(e) => { e.preventDefault(); setResult(''); m.mutate(undefined); }} noValidate aria-labelledby={`${P}-heading`}>
      <h2 id={`${P}-heading`}>{t('case.status.title')}</h2>
      <ErrorSummary idPrefix={P} error={m.error} />
      <SelectField id={fieldId(P, 'action')} label={t('case.status.action')} value={options.includes(action) ? action : options[0]} onChange={(e) => setAction(e.target.value as typeof action)} options={options.map((o) => ({ value: o, label: t(`statusAction.${o}`) }))} error={m.fieldErrors.action} />
      <TextareaField id={fieldId(P, 'reason')} label={t('case.status.reason')} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} error={m.fieldErrors.reason} />
      <button type="submit" className="usa-button usa-button--outline margin-top-3" disabled={m.isPending}>
        {t('case.status.submit')}
      </button>
      <LiveStatus>{result && <Notice type="info">{result}</Notice>}</LiveStatus>
    </form>
  );
}
