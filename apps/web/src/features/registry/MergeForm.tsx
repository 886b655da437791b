import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import type { PersonDetail } from '../../api/types';
import { href, navigate } from '../../router';
import { personName } from '../labels';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Notice } from '../../ui/Notice';
import { MIN_REASON, useRegistryText } from './messages';
import { MERGE_FIELDS, type MergeField } from './types';

function valueOf(p: PersonDetail, f: MergeField, date: (s: string | null) => string, empty: string): string {
  switch (f) {
    case 'name':
      return personName(p);
    case 'dob':
      return p.dob ? date(p.dob) : empty;
    case 'ssn':
      return p.ssnLast4 ? `•••-••-${p.ssnLast4}` : empty;
    case 'sex':
      return p.sex ?? empty;
    case 'preferredLanguage':
      return p.preferredLanguage ?? empty;
  }
}

/**
 * The merge screen: which record stays, then for each field whose value survives (radio groups, one fieldset a
 * field), and a reason. POST /api/people/merges; on success the surviving record opens.
 */
export function MergeForm({ a, b }: { a: PersonDetail; b: PersonDetail }) {
  const { r, t, date } = useRegistryText();
  const [keep, setKeep] = useState<'a' | 'b'>('a');
  const [choice, setChoice] = useState<Record<MergeField, 'a' | 'b'>>({ name: 'a', dob: a.dob ? 'a' : 'b', ssn: a.ssnLast4 ? 'a' : 'b', sex: 'a', preferredLanguage: 'a' });
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const survivor = keep === 'a' ? a : b;
  const merged = keep === 'a' ? b : a;
  const m = useMutation({
    mutationFn: () =>
      api.post<{ survivor: PersonDetail }>('/api/people/merges', {
        survivorId: survivor.id,
        mergedId: merged.id,
        values: Object.fromEntries(MERGE_FIELDS.map((f) => [f, choice[f] === keep ? 'survivor' : 'merged'])),
        reason: reason.trim(),
      }),
    onSuccess: (res) => navigate(href('person', { id: res.survivor.id })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < MIN_REASON) {
      setLocal(r('queue.reasonShort'));
      return;
    }
    setLocal(null);
    m.mutate();
  };
  const reasonError = local ?? (isApiError(m.error) ? (m.error.details.find((d) => d.path.endsWith('reason'))?.message ?? null) : null);
  const people = { a, b };
  return (
    <form className="usa-form usa-form--large maxw-tablet-lg" onSubmit={submit} noValidate>
      {m.error !== null && m.error !== undefined && <ErrorSummary error={m.error} idPrefix="merge" />}
      <fieldset className="usa-fieldset">
        <legend className="usa-legend usa-legend--large">{r('merge.keep')}</legend>
        {(['a', 'b'] as const).map((k, n) => (
          <div className="usa-radio" key={k}>
            <input className="usa-radio__input" id={`merge-keep-${k}`} type="radio" name="keep" value={k} checked={keep === k} onChange={() => setKeep(k)} />
            <label className="usa-radio__label" htmlFor={`merge-keep-${k}`}>
              {r('merge.keepThis', { name: personName(people[k]), n: n === 0 ? 'A' : 'B' })}
            </label>
          </div>
        ))}
      </fieldset>
      <h2>{r('merge.values')}</h2>
      {MERGE_FIELDS.map((f) => (
        <fieldset className="usa-fieldset margin-top-2" key={f}>
          <legend className="usa-legend">{r(`merge.field.${f}`)}</legend>
          {(['a', 'b'] as const).map((k, n) => (
            <div className="usa-radio" key={k}>
              <input className="usa-radio__input" id={`merge-${f}-${k}`} type="radio" name={`value-${f}`} value={k} checked={choice[f] === k} onChange={() => setChoice({ ...choice, [f]: k })} />
              <label className="usa-radio__label" htmlFor={`merge-${f}-${k}`}>
                {valueOf(people[k], f, date, r('merge.empty'))} ({n === 0 ? 'A' : 'B'})
              </label>
            </div>
          ))}
        </fieldset>
      ))}
      <Notice type="info">{r('merge.flags')}</Notice>
      <div className={`usa-form-group${reasonError ? ' usa-form-group--error' : ''}`}>
        <label className="usa-label" htmlFor="merge-reason">
          {r('merge.reason')}
        </label>
        <div className="usa-hint" id="merge-reason-hint">
          {r('merge.reasonHint')}
        </div>
        {reasonError && (
          <span className="usa-error-message" id="merge-reason-error" role="alert">
            {reasonError}
          </span>
        )}
        <textarea
          className="usa-textarea"
          id="merge-reason"
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby={`merge-reason-hint${reasonError ? ' merge-reason-error' : ''}`}
          aria-invalid={reasonError ? true : undefined}
        />
      </div>
      <button type="submit" className="usa-button" disabled={m.isPending}>
        {m.isPending ? t('common.loading') : r('merge.submit')}
      </button>
    </form>
  );
}
