import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api, type ApiError } from '../../api/client';
import { useT } from '../../i18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextareaField } from '../../ui/Field';
import { fieldErrors, fieldId } from '../../ui/fields';

const P = 'breakglass';
export const MIN_REASON = 10;

export interface BreakGlassProps {
  /** The refusal (403 BREAK_GLASS_REQUIRED); its `data.reason` says why. */
  error: ApiError;
  /** Where to POST {reason}: /api/cases/:id/break-glass. */
  endpoint: string;
  /** Called once access is granted; the caller refetches and shows the record. */
  onGranted: () => void;
}

/**
 * "Break the glass": a clear warning that the record is restricted or outside the caseload, and a form to state
 * the reason. The access is logged and reviewed; the reason is required.
 */
export function BreakGlass({ error, endpoint, onGranted }: BreakGlassProps) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const m = useMutation({ mutationFn: (r: string) => api.post<unknown>(endpoint, { reason: r }), onSuccess: onGranted });
  const why = (error.data?.reason as string | undefined) ?? 'restricted';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      setLocal(t('breakglass.reasonShort'));
      return;
    }
    setLocal(null);
    m.mutate(reason.trim());
  };
  const fe = fieldErrors(m.error as ApiError | null);

  return (
    <section aria-labelledby="breakglass-heading" className="hearth-form">
      <div className="usa-alert usa-alert--warning" role="alert" aria-labelledby="breakglass-heading">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading" id="breakglass-heading">
            {t('breakglass.heading')}
          </h2>
          <p className="usa-alert__text">{why === 'outside_scope' ? t('breakglass.outside') : t('breakglass.restricted')}</p>
          <p className="usa-alert__text">{t('breakglass.warning')}</p>
        </div>
      </div>
      <ErrorSummary idPrefix={P} error={m.error} items={local ? [{ targetId: fieldId(P, 'reason'), message: local }] : []} />
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <TextareaField id={fieldId(P, 'reason')} name="reason" label={t('breakglass.reason')} hint={t('breakglass.reasonHint')} value={reason} onChange={(e) => setReason(e.target.value)} error={local ?? fe.reason} rows={3} />
        <div className="margin-top-3">
          <button type="submit" className="usa-button usa-button--secondary" disabled={m.isPending}>
            {m.isPending ? t('breakglass.opening') : t('breakglass.submit')}
          </button>
          <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={() => window.history.back()}>
            {t('breakglass.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
