import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { fieldErrors, fieldId, type SummaryItem } from '../../ui/fields';
import { LiveStatus, Notice } from '../../ui/Notice';
import { dollars, elApi, EVIDENCE_SOURCES, EXPENSE_TYPES, INCOME_TYPES, RELATIONSHIPS, RESOURCE_TYPES, VERIFICATION_STATUSES, type ApplicationView } from './api';
import { useEl } from './strings';

export type FormKind = 'member' | 'earned_income' | 'unearned_income' | 'expense' | 'resource';
const pretty = (s: string) => s.replace(/_/g, ' ');

/**
 * Records one evidence item: its facts (money in dollars as the API takes them), the date it holds from, where it
 * came from and whether it is verified. Field ids follow the API's detail paths (payload.monthlyAmount → ev-…-payload-monthlyAmount).
 */
export function EvidenceForm({ app, kind, title }: { app: ApplicationView; kind: FormKind; title: string }) {
  const { e, ex } = useEl();
  const qc = useQueryClient();
  const P = `ev-${kind}`;
  const id = (name: string) => fieldId(P, name);
  const self = app.members.find((m) => m.relationship === 'self');
  const [f, setF] = useState<Record<string, string>>({
    memberKey: self?.memberKey ?? '',
    effectiveFrom: `${app.filedOn.slice(0, 7)}-01`,
    source: 'applicant_statement',
    verification: 'unverified',
    relationship: '',
    incomeType: 'child_support',
    expenseType: 'rent',
    resourceType: 'bank_account',
  });
  const [flags, setFlags] = useState({ liquid: true, countable: true });
  const [local, setLocal] = useState<Record<string, string>>({});
  const set = (k: string) => (ev: { target: { value: string } }) => setF((x) => ({ ...x, [k]: ev.target.value }));

  const m = useMutation({
    mutationFn: (body: Record<string, unknown>) => elApi.recordEvidence(app.id, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['eligibility', 'evidence', app.id] });
      void qc.invalidateQueries({ queryKey: ['eligibility', 'application', app.id] });
      setF((x) => ({ ...x, monthlyAmount: '', value: '', employer: '', firstName: '', lastName: '', dob: '', description: '' }));
    },
  });

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const problems: Record<string, string> = {};
    let payload: Record<string, unknown> = {};
    if (kind === 'member') {
      payload = { firstName: f.firstName?.trim(), lastName: f.lastName?.trim(), dob: f.dob, relationship: f.relationship };
      for (const [k, label] of [['firstName', 'apply.firstName'], ['lastName', 'apply.lastName'], ['dob', 'apply.dob'], ['relationship', 'el.ev.relationship']] as const) {
        if (!f[k]?.trim()) problems[`payload.${k}`] = label.startsWith('apply') ? e(label as 'apply.firstName') : e(label as 'el.ev.relationship');
      }
    } else {
      const moneyKey = kind === 'resource' ? 'value' : 'monthlyAmount';
      const amount = dollars(f[moneyKey] ?? '');
      if (amount === null) problems[`payload.${moneyKey}`] = e(kind === 'resource' ? 'el.ev.value' : 'el.ev.monthly');
      if (kind === 'earned_income') payload = { memberKey: f.memberKey, ...(f.employer?.trim() ? { employer: f.employer.trim() } : {}), monthlyAmount: amount };
      if (kind === 'unearned_income') payload = { memberKey: f.memberKey, incomeType: f.incomeType, monthlyAmount: amount };
      if (kind === 'expense') payload = { expenseType: f.expenseType, monthlyAmount: amount };
      if (kind === 'resource') payload = { resourceType: f.resourceType, value: amount, liquid: flags.liquid, countable: flags.countable, ...(f.description?.trim() ? { description: f.description.trim() } : {}) };
    }
    if (!f.effectiveFrom) problems.effectiveFrom = e('el.ev.from');
    setLocal(problems);
    if (Object.keys(problems).length) return;
    m.mutate({ kind, payload, effectiveFrom: f.effectiveFrom, ...(f.effectiveTo ? { effectiveTo: f.effectiveTo } : {}), source: f.source, verification: f.verification });
  };

  const fe = { ...fieldErrors(isApiError(m.error) ? m.error : null), ...local };
  const items: SummaryItem[] = Object.entries(local).map(([k, msg]) => ({ targetId: id(k), message: msg }));
  const memberOptions = app.members.map((x) => ({ value: x.memberKey, label: `${x.firstName} ${x.lastName}` }));

  return (
    <form className="usa-form usa-form--large hearth-card" onSubmit={submit} noValidate aria-labelledby={`${P}-title`}>
      <h3 id={`${P}-title`} className="margin-top-0">
        {title}
      </h3>
      <ErrorSummary idPrefix={P} items={items} error={m.error} />
      {kind === 'member' && (
        <>
          <TextField id={id('payload.firstName')} label={e('apply.firstName')} value={f.firstName ?? ''} onChange={set('firstName')} error={fe['payload.firstName']} />
          <TextField id={id('payload.lastName')} label={e('apply.lastName')} value={f.lastName ?? ''} onChange={set('lastName')} error={fe['payload.lastName']} />
          <TextField id={id('payload.dob')} label={e('apply.dob')} type="date" value={f.dob ?? ''} onChange={set('dob')} error={fe['payload.dob']} />
          <SelectField id={id('payload.relationship')} label={e('el.ev.relationship')} placeholder={e('rel.choose')} options={RELATIONSHIPS.filter((r) => r !== 'self').map((r) => ({ value: r, label: ex(`rel.${r}`, pretty(r)) }))} value={f.relationship} onChange={set('relationship')} error={fe['payload.relationship']} />
        </>
      )}
      {(kind === 'earned_income' || kind === 'unearned_income') && (
        <SelectField id={id('payload.memberKey')} label={e('el.ev.member')} options={memberOptions} value={f.memberKey} onChange={set('memberKey')} error={fe['payload.memberKey']} />
      )}
      {kind === 'earned_income' && <TextField id={id('payload.employer')} label={e('el.ev.employer')} optional value={f.employer ?? ''} onChange={set('employer')} error={fe['payload.employer']} />}
      {kind === 'unearned_income' && <SelectField id={id('payload.incomeType')} label={e('el.ev.incomeType')} options={INCOME_TYPES.map((x) => ({ value: x, label: pretty(x) }))} value={f.incomeType} onChange={set('incomeType')} />}
      {kind === 'expense' && <SelectField id={id('payload.expenseType')} label={e('el.ev.expenseType')} options={EXPENSE_TYPES.map((x) => ({ value: x, label: pretty(x) }))} value={f.expenseType} onChange={set('expenseType')} />}
      {kind === 'resource' && <SelectField id={id('payload.resourceType')} label={e('el.ev.resourceType')} options={RESOURCE_TYPES.map((x) => ({ value: x, label: pretty(x) }))} value={f.resourceType} onChange={set('resourceType')} />}
      {kind !== 'member' && kind !== 'resource' && (
        <TextField id={id('payload.monthlyAmount')} label={e('el.ev.monthly')} inputMode="decimal" value={f.monthlyAmount ?? ''} onChange={set('monthlyAmount')} error={fe['payload.monthlyAmount']} />
      )}
      {kind === 'resource' && (
        <>
          <TextField id={id('payload.value')} label={e('el.ev.value')} inputMode="decimal" value={f.value ?? ''} onChange={set('value')} error={fe['payload.value']} />
          {(['liquid', 'countable'] as const).map((k) => (
            <div className="usa-checkbox margin-top-2" key={k}>
              <input className="usa-checkbox__input" id={id(`payload.${k}`)} type="checkbox" checked={flags[k]} onChange={(ev) => setFlags((x) => ({ ...x, [k]: ev.target.checked }))} />
              <label className="usa-checkbox__label" htmlFor={id(`payload.${k}`)}>
                {e(k === 'liquid' ? 'el.ev.liquid' : 'el.ev.countable')}
              </label>
            </div>
          ))}
          <TextField id={id('payload.description')} label={e('el.ev.description')} optional value={f.description ?? ''} onChange={set('description')} />
        </>
      )}
      <TextField id={id('effectiveFrom')} label={e('el.ev.from')} type="date" value={f.effectiveFrom ?? ''} onChange={set('effectiveFrom')} error={fe.effectiveFrom} />
      <TextField id={id('effectiveTo')} label={e('el.ev.to')} type="date" optional value={f.effectiveTo ?? ''} onChange={set('effectiveTo')} error={fe.effectiveTo} />
      <SelectField id={id('source')} label={e('el.ev.source')} options={EVIDENCE_SOURCES.map((s) => ({ value: s, label: ex(`el.src.${s}`, pretty(s)) }))} value={f.source} onChange={set('source')} />
      <SelectField id={id('verification')} label={e('el.ev.verification')} options={VERIFICATION_STATUSES.filter((s) => s !== 'requested').map((s) => ({ value: s, label: ex(`el.ver.${s}`, pretty(s)) }))} value={f.verification} onChange={set('verification')} />
      <button type="submit" className="usa-button margin-top-2" disabled={m.isPending}>
        {m.isPending ? e('el.ev.adding') : `${e('el.ev.add')}: ${title}`}
      </button>
      <LiveStatus>{m.isSuccess && <Notice type="success">{e('el.ev.saved', { item: title })}</Notice>}</LiveStatus>
    </form>
  );
}
