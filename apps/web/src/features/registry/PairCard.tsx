import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import { href, Link } from '../../router';
import { personName } from '../labels';
import { RestrictedTag } from '../cases/CaseTable';
import { LiveStatus } from '../../ui/Notice';
import { errorMessage } from '../../ui/errorMessage';
import { MIN_REASON, useRegistryText } from './messages';
import type { PairView } from './types';

/** One proposed pair: both records side by side, the scorer's explanation, and the two decisions. */
export function PairCard({ pair, n }: { pair: PairView; n: number }) {
  const i = useRegistryText();
  const { r, t, date, num } = i;
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const decide = useMutation({
    mutationFn: () => api.post(`/api/registry/pairs/${pair.id}/decision`, { decision: 'not_same', reason: reason.trim() }),
    onSuccess: () => {
      setDone(r('queue.decided'));
      void qc.invalidateQueries({ queryKey: ['registry-pairs'] });
    },
  });
  const headingId = `pair-${pair.id}-title`;
  const reasonId = `pair-${pair.id}-reason`;
  const a = pair.a;
  const b = pair.b;
  const rows: Array<[string, string, string]> = [
    [r('queue.name'), personName(a), personName(b)],
    [r('queue.dob'), date(a.dob) || '—', date(b.dob) || '—'],
    [r('queue.ssn'), a.ssnLast4 ? `•••-••-${a.ssnLast4}` : '—', b.ssnLast4 ? `•••-••-${b.ssnLast4}` : '—'],
    [r('queue.sex'), a.sex ?? '—', b.sex ?? '—'],
  ];
  const serverError = decide.error ? (isApiError(decide.error) ? (decide.error.details[0]?.message ?? decide.error.message) : errorMessage(decide.error, t)) : null;
  const error = local ?? serverError;
  return (
    <section className="usa-card margin-bottom-3" aria-labelledby={headingId}>
      <div className="usa-card__container">
        <div className="usa-card__header">
          <h2 className="usa-card__heading" id={headingId}>
            {r('queue.pair', { n, a: personName(a), b: personName(b) })}
          </h2>
          <p>
            {r('queue.probability')}: <strong>{num(pair.probability * 100, 1)}%</strong>
          </p>
        </div>
        <div className="usa-card__body">
          <table className="usa-table usa-table--borderless usa-table--compact">
            <caption className="usa-sr-only">{r('queue.pair', { n, a: personName(a), b: personName(b) })}</caption>
            <thead>
              <tr>
                <th scope="col">{r('queue.field')}</th>
                <th scope="col">
                  {r('queue.recordA')} (<Link to={href('person', { id: a.id })}>{personName(a)}</Link>
                  {a.restricted && <RestrictedTag />})
                </th>
                <th scope="col">
                  {r('queue.recordB')} (<Link to={href('person', { id: b.id })}>{personName(b)}</Link>
                  {b.restricted && <RestrictedTag />})
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, va, vb]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{va}</td>
                  <td>{vb}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="font-sans-sm">{r('queue.why')}</h3>
          <ul className="hearth-reasons">
            {pair.explanation.map((c) => (
              <li key={c.field}>
                {c.explanation} <span>({r('queue.weight', { weight: num(c.weight, 1) })})</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="usa-card__footer">
          <LiveStatus>{done}</LiveStatus>
          {!done && (
            <div className="usa-button-group">
              <Link className="usa-button" to={`/registry/merge?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(b.id)}`}>
                {r('queue.same')}
              </Link>
              <button type="button" className="usa-button usa-button--outline" aria-expanded={open} aria-controls={`${reasonId}-panel`} onClick={() => setOpen((o) => !o)}>
                {r('queue.notSame')}
              </button>
            </div>
          )}
          <div id={`${reasonId}-panel`} hidden={!open || Boolean(done)}>
            {open && !done && (
              <form
                className="usa-form usa-form--large"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (reason.trim().length < MIN_REASON) {
                    setLocal(r('queue.reasonShort'));
                    return;
                  }
                  setLocal(null);
                  decide.mutate();
                }}
              >
                <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
                  <label className="usa-label" htmlFor={reasonId}>
                    {r('queue.notSameReason')}
                  </label>
                  <div className="usa-hint" id={`${reasonId}-hint`}>
                    {r('queue.notSameHint')}
                  </div>
                  {error && (
                    <span className="usa-error-message" id={`${reasonId}-error`} role="alert">
                      {error}
                    </span>
                  )}
                  <textarea
                    className="usa-textarea"
                    id={reasonId}
                    name="reason"
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                    aria-describedby={`${reasonId}-hint${error ? ` ${reasonId}-error` : ''}`}
                    aria-invalid={error ? true : undefined}
                  />
                </div>
                <div className="usa-button-group">
                  <button type="submit" className="usa-button usa-button--secondary" disabled={decide.isPending}>
                    {r('queue.confirmNotSame')}
                  </button>
                  <button type="button" className="usa-button usa-button--unstyled" onClick={() => setOpen(false)}>
                    {r('queue.cancel')}
                  </button>
                </div>
              </form>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
