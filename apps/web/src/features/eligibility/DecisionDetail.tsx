import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { useSession } from '../session/session';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextareaField } from '../../ui/Field';
import { fieldErrors } from '../../ui/fields';
import { LiveStatus, Notice } from '../../ui/Notice';
import { elApi, type DecisionView, type DeterminationView, type MemberView } from './api';
import { useEl, type ElI18n } from './strings';

const pretty = (s: string) => s.replace(/_/g, ' ');

/** The rules name members by their evidence key; show their names instead. */
export function withNames(text: string, members: MemberView[] | undefined): string {
  if (!members?.length) return text;
  let out = text;
  for (const m of members) out = out.split(m.memberKey).join(`${m.firstName} ${m.lastName}`);
  return out;
}

const NUMBER_ROWS: Array<[string, 'el.dec.size' | 'el.dec.gross' | 'el.dec.grossLimit' | 'el.dec.net' | 'el.dec.netLimit' | 'el.dec.max', boolean]> = [
  ['householdSize', 'el.dec.size', false],
  ['grossIncomeCents', 'el.dec.gross', true],
  ['grossIncomeLimitCents', 'el.dec.grossLimit', true],
  ['netIncomeCents', 'el.dec.net', true],
  ['netIncomeLimitCents', 'el.dec.netLimit', true],
  ['maxAllotmentCents', 'el.dec.max', true],
];

export function statusText(i: ElI18n, status: string) {
  return i.ex(`el.dec.status.${status}`, pretty(status));
}

/** One benefit month: the numbers on the left, the explanation (each line with its citation) beside them. */
function MonthResult({ d, members }: { d: DeterminationView; members?: MemberView[] }) {
  const i = useEl();
  const { e, lang } = i;
  const lines = (lang === 'es' ? d.explanation?.es : d.explanation?.en) ?? d.explanation?.en ?? [];
  const month = i.month(d.month);
  const headingId = `det-${d.id}`;
  return (
    <section className="hearth-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="margin-top-0">
        {e('el.dec.month', { month })}
      </h3>
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-5">
          <table className="usa-table usa-table--borderless usa-table--compact width-full margin-top-0">
            <caption>{e('el.dec.numbersCaption', { month })}</caption>
            <tbody>
              <tr>
                <th scope="row">{e('el.dec.status')}</th>
                <td>{d.eligible ? e('el.dec.eligible') : e('el.dec.notEligible')}</td>
              </tr>
              {d.amountCents !== null && (
                <tr>
                  <th scope="row">{e('el.dec.amount')}</th>
                  <td className="text-bold">{i.money(d.amountCents)}</td>
                </tr>
              )}
              {NUMBER_ROWS.filter(([k]) => typeof d.values?.[k] === 'number').map(([k, label, money]) => (
                <tr key={k}>
                  <th scope="row">{e(label)}</th>
                  <td>{money ? i.money(d.values[k] as number) : i.num(d.values[k] as number)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="font-sans-3xs text-base-dark">{e('el.dec.rulesVersion', { version: d.rulesVersion })}</p>
        </div>
        <div className="tablet:grid-col-7">
          <h4 className="margin-top-0">{e('el.dec.reasons')}</h4>
          <ul className="usa-list">
            {d.reasons.map((r, k) => (
              <li key={k}>{withNames((lang === 'es' ? r.text?.es : r.text?.en) ?? r.text?.en ?? pretty(r.code), members)}</li>
            ))}
          </ul>
          {lines.length > 0 && (
            <details>
              <summary>{e('el.dec.explanation')}</summary>
              <ol className="usa-list font-sans-xs">
                {lines.map((l, k) => (
                  <li key={k}>{withNames(l, members)}</li>
                ))}
              </ol>
            </details>
          )}
        </div>
      </div>
    </section>
  );
}

/** A lead or supervisor approves (comment optional) or returns (comment required) a decision waiting for review. */
export function ReviewDecision({ decision, onDecided }: { decision: DecisionView; onDecided?: (d: DecisionView, message: string) => void }) {
  const { e } = useEl();
  const qc = useQueryClient();
  const P = `decide-${decision.id}`;
  const [comment, setComment] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const m = useMutation({
    mutationFn: (what: 'approve' | 'return') => (what === 'approve' ? elApi.approve(decision.id, comment.trim() || undefined) : elApi.returnDecision(decision.id, comment.trim())).then((d) => ({ d, what })),
    onSuccess: ({ d, what }) => {
      const msg = what === 'approve' ? e('el.dec.approved') : e('el.dec.returned');
      setMessage(msg);
      qc.setQueryData(['eligibility', 'decision', d.id], d);
      void qc.invalidateQueries({ queryKey: ['eligibility'] });
      void qc.invalidateQueries({ queryKey: ['reviews'] });
      onDecided?.(d, msg);
    },
  });
  const decide = (what: 'approve' | 'return') => {
    if (what === 'return' && comment.trim().length < 3) return setLocal(e('el.dec.commentRequired'));
    setLocal(null);
    m.mutate(what);
  };
  const fe = fieldErrors(isApiError(m.error) ? m.error : null);
  return (
    <section className="hearth-card" aria-labelledby={`${P}-title`}>
      <h2 id={`${P}-title`} className="margin-top-0 font-sans-lg">
        {e('el.dec.review')}
      </h2>
      <ErrorSummary idPrefix={P} error={m.error} items={local ? [{ targetId: `${P}-comment`, message: local }] : []} />
      <form className="usa-form usa-form--large" noValidate onSubmit={(ev) => ev.preventDefault()}>
        <TextareaField id={`${P}-comment`} label={e('el.dec.comment')} hint={e('el.dec.commentHint')} optional value={comment} onChange={(ev) => setComment(ev.target.value)} error={local ?? fe.comment} rows={2} />
        <div className="usa-button-group margin-top-2">
          <button type="button" className="usa-button" disabled={m.isPending} onClick={() => decide('approve')}>
            {e('el.dec.approve')}
          </button>
          <button type="button" className="usa-button usa-button--outline" disabled={m.isPending} onClick={() => decide('return')}>
            {e('el.dec.return')}
          </button>
        </div>
      </form>
      {!onDecided && <LiveStatus>{message && <Notice type="success">{message}</Notice>}</LiveStatus>}
    </section>
  );
}

/** A decision: status (a Case Manager I's shows "Sent to review"), months, certification, and each month explained. */
export function DecisionDetail({ decision, members, headingLevel = 2 }: { decision: DecisionView; members?: MemberView[]; headingLevel?: 2 | 3 }) {
  const i = useEl();
  const { e } = i;
  const { can } = useSession();
  // The review form goes away once the decision is decided, so its result is announced from here.
  const [message, setMessage] = useState('');
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div>
      <dl className="hearth-dl margin-bottom-2">
        <dt>{e('el.dec.status')}</dt>
        <dd>
          <strong>{statusText(i, decision.status)}</strong>
        </dd>
        <dt>{e('el.dec.outcome')}</dt>
        <dd>{i.ex(`el.dec.outcome.${decision.outcome}`, pretty(decision.outcome))}</dd>
        <dt>{e('el.dec.kind')}</dt>
        <dd>{i.ex(`el.dec.kind.${decision.kind}`, pretty(decision.kind))}</dd>
        <dt>{e('el.dec.months')}</dt>
        <dd>{decision.firstMonth === decision.lastMonth ? i.month(decision.firstMonth) : `${i.month(decision.firstMonth)} – ${i.month(decision.lastMonth)}`}</dd>
        {decision.certification && (
          <>
            <dt>{e('el.dec.certification')}</dt>
            <dd>{e('el.dec.certRange', { start: i.month(decision.certification.start), end: i.month(decision.certification.end) })}</dd>
          </>
        )}
        <dt>{e('el.dec.summary')}</dt>
        <dd>{decision.summary}</dd>
      </dl>
      <LiveStatus>{message && <Notice type="success">{message}</Notice>}</LiveStatus>
      {decision.status === 'pending_review' && (can('review.decide') ? <ReviewDecision decision={decision} onDecided={(_d, msg) => setMessage(msg)} /> : <Notice type="info">{e('el.dec.waiting')}</Notice>)}
      <H className="font-sans-lg">{e('el.dec.numbers')}</H>
      {decision.determinations.map((d) => (
        <MonthResult key={d.id} d={d} members={members} />
      ))}
    </div>
  );
}
