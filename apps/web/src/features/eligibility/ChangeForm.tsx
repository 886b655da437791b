import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { Link } from '../../router';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { fieldErrors, type SummaryItem } from '../../ui/fields';
import { LiveStatus, Notice } from '../../ui/Notice';
import { QueryState } from '../../ui/QueryState';
import { addDaysIso, dollars, elApi, PROOF_SOURCES, type ApplicationView, type ChangeResult } from './api';
import { statusText } from './DecisionDetail';
import { describeEvidence } from './EvidenceTable';
import { elPaths } from './paths';
import { useEl } from './strings';

const pretty = (s: string) => s.replace(/_/g, ' ');

/** Old against new, month by month, with what happens to each month and the advance notice for a reduction. */
export function ChangeComparison({ result }: { result: ChangeResult }) {
  const i = useEl();
  const { e } = i;
  const cents = (c: number | null) => (c === null ? '—' : i.money(c));
  return (
    <section aria-labelledby="change-result-title" className="margin-top-3">
      <h3 id="change-result-title">{e('el.chg.result')}</h3>
      <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={e('el.chg.caption')}>
        <table className="usa-table usa-table--borderless width-full">
          <caption>{e('el.chg.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{e('el.led.col.month')}</th>
              <th scope="col" className="text-right">{e('el.chg.col.old')}</th>
              <th scope="col" className="text-right">{e('el.chg.col.new')}</th>
              <th scope="col" className="text-right">{e('el.chg.col.paid')}</th>
              <th scope="col">{e('el.chg.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {result.comparison.map((m) => (
              <tr key={m.month}>
                <th scope="row">{i.month(m.month)}</th>
                <td className="text-right">{cents(m.oldCents)}</td>
                <td className="text-right text-bold">{cents(m.newCents)}</td>
                <td className="text-right">{cents(m.paidCents)}</td>
                <td>
                  {i.ex(`el.chg.action.${m.action}`, pretty(m.action))}
                  {m.amountCents && m.action !== 'no_change' && m.action !== 'issue_new' ? ` (${i.money(m.amountCents)})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.advanceNotice ? (
        <Notice type="warning">{e('el.chg.adverse', { month: i.month(result.advanceNotice.effectiveMonth), date: i.date(result.advanceNotice.noticePeriodEndsOn), citation: result.advanceNotice.citation })}</Notice>
      ) : (
        <p>{e('el.chg.notAdverse')}</p>
      )}
      <p>
        {e('el.dec.status')}: <strong>{statusText(i, result.decision.status)}</strong> — <Link to={elPaths.decision(result.decision.id)}>{e('el.det.openDecision')}</Link>
      </p>
    </section>
  );
}

/** A change of earnings: the old item ends the day before, the new amount starts on the change date, months recomputed. */
export function ChangeForm({ caseId, applicationId }: { caseId: string; applicationId: string }) {
  const i = useEl();
  const { e } = i;
  const qc = useQueryClient();
  const app = useQuery({ queryKey: ['eligibility', 'application', applicationId], queryFn: () => elApi.application(applicationId) });
  const evidence = useQuery({ queryKey: ['eligibility', 'evidence', applicationId], queryFn: () => elApi.evidence(applicationId) });
  const [key, setKey] = useState('');
  const [amount, setAmount] = useState('');
  const [on, setOn] = useState('');
  const [description, setDescription] = useState('');
  const [source, setSource] = useState('pay_stub');
  const [local, setLocal] = useState<Record<string, string>>({});
  const m = useMutation({
    mutationFn: (body: Record<string, unknown>) => elApi.reportChange(caseId, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['eligibility'] });
      void qc.invalidateQueries({ queryKey: ['notices', caseId] });
    },
  });
  return (
    <section aria-labelledby="change-title">
      <h2 id="change-title">{e('el.chg.title')}</h2>
      <p>{e('el.chg.lead')}</p>
      <QueryState query={evidence}>
        {(d) => {
          const incomes = d.items.filter((x) => x.kind === 'earned_income');
          if (incomes.length === 0 || !app.data) return <p>{e('el.chg.noIncome')}</p>;
          const chosen = incomes.find((x) => x.evidenceKey === key) ?? incomes[0]!;
          const submit = (ev: FormEvent) => {
            ev.preventDefault();
            const problems: Record<string, string> = {};
            const dollarsNew = dollars(amount);
            if (dollarsNew === null) problems.monthlyAmount = e('el.chg.newAmount');
            if (!on) problems.effectiveOn = e('el.chg.effective');
            if (description.trim().length < 3) problems.description = e('el.chg.description');
            setLocal(problems);
            if (Object.keys(problems).length) return;
            m.mutate({
              kind: 'income',
              description: description.trim(),
              effectiveOn: on,
              revise: [{ evidenceKey: chosen.evidenceKey, effectiveTo: addDaysIso(on, -1), reason: description.trim() }],
              add: [{ kind: 'earned_income', payload: { ...chosen.payload, monthlyAmount: dollarsNew }, effectiveFrom: on, source, verification: 'verified' }],
            });
          };
          const fe = { ...fieldErrors(isApiError(m.error) ? m.error : null), ...local };
          const items: SummaryItem[] = Object.entries(local).map(([k, msg]) => ({ targetId: `chg-${k}`, message: msg }));
          return (
            <form className="usa-form usa-form--large" onSubmit={submit} noValidate aria-labelledby="change-title">
              <ErrorSummary idPrefix="chg" items={items} error={m.error} />
              <SelectField id="chg-evidenceKey" label={e('el.chg.item')} options={incomes.map((x) => ({ value: x.evidenceKey, label: `${describeEvidence(i, x, app.data!)} (${i.money(x.amountCents)})` }))} value={chosen.evidenceKey} onChange={(ev) => setKey(ev.target.value)} />
              <TextField id="chg-monthlyAmount" label={e('el.chg.newAmount')} inputMode="decimal" value={amount} onChange={(ev) => setAmount(ev.target.value)} error={fe.monthlyAmount} />
              <TextField id="chg-effectiveOn" label={e('el.chg.effective')} type="date" value={on} onChange={(ev) => setOn(ev.target.value)} error={fe.effectiveOn} />
              <TextField id="chg-description" label={e('el.chg.description')} value={description} onChange={(ev) => setDescription(ev.target.value)} error={fe.description} />
              <SelectField id="chg-source" label={e('el.chg.source')} options={PROOF_SOURCES.map((s) => ({ value: s, label: i.ex(`el.src.${s}`, pretty(s)) }))} value={source} onChange={(ev) => setSource(ev.target.value)} />
              <button type="submit" className="usa-button margin-top-2" disabled={m.isPending}>
                {e('el.chg.submit')}
              </button>
            </form>
          );
        }}
      </QueryState>
      <LiveStatus>{m.data && <Notice type="success">{e('el.chg.saved')}</Notice>}</LiveStatus>
      {m.data && <ChangeComparison result={m.data} />}
    </section>
  );
}
