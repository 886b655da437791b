import { useState } from 'react';
import type { CaseDetail } from '../../api/types';
import { api } from '../../api/client';
import { useT } from '../../i18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextareaField, TextField } from '../../ui/Field';
import { fieldId } from '../../ui/fields';
import { LiveStatus } from '../../ui/Notice';
import { useFormMutation } from './useFormMutation';

const P = 'override';

/**
 * An override of a rule result, deadline or policy on this case (POST /api/cases/:id/overrides): supervisors
 * only (override.approve), always with a reason. It lands in the case timeline and the audit trail.
 */
export function OverrideForm({ c }: { c: CaseDetail }) {
  const { t } = useT();
  const [v, setV] = useState({ what: '', reason: '' });
  const [local, setLocal] = useState<Record<string, string>>({});
  const m = useFormMutation(() => api.post<{ id: string }>(`/api/cases/${encodeURIComponent(c.id)}/overrides`, { what: v.what.trim(), reason: v.reason.trim() }), {
    invalidate: [['timeline', c.id], ['case', c.id]],
    success: () => t('override.recorded'),
    onSuccess: () => setV({ what: '', reason: '' }),
  });
  const submit = () => {
    const problems: Record<string, string> = {};
    if (v.what.trim().length < 3) problems.what = t('override.whatRequired');
    if (!v.reason.trim()) problems.reason = t('override.reasonRequired');
    setLocal(problems);
    if (Object.keys(problems).length === 0) m.mutate(undefined);
  };
  const err = (k: 'what' | 'reason') => local[k] ?? m.fieldErrors[k];
  return (
    <form className="usa-form usa-form--large" onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate aria-labelledby={`${P}-heading`}>
      <h2 id={`${P}-heading`}>{t('override.title')}</h2>
      <p className="usa-hint">{t('override.intro')}</p>
      <ErrorSummary idPrefix={P} error={Object.keys(local).length ? null : m.error} items={Object.entries(local).map(([k, message]) => ({ targetId: fieldId(P, k), message }))} />
      <TextField id={fieldId(P, 'what')} label={t('override.what')} hint={t('override.whatHint')} value={v.what} onChange={(e) => setV({ ...v, what: e.target.value })} error={err('what')} maxLength={500} />
      <TextareaField id={fieldId(P, 'reason')} label={t('override.reason')} value={v.reason} onChange={(e) => setV({ ...v, reason: e.target.value })} error={err('reason')} rows={3} />
      <button type="submit" className="usa-button usa-button--secondary margin-top-3" disabled={m.isPending}>
        {m.isPending ? t('common.saving') : t('override.submit')}
      </button>
      <LiveStatus>{m.message}</LiveStatus>
    </form>
  );
}
