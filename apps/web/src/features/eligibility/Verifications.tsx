import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { useToday } from '../session/session';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { fieldErrors } from '../../ui/fields';
import { LiveStatus, Notice } from '../../ui/Notice';
import { QueryState } from '../../ui/QueryState';
import { addDaysIso, elApi, PROOF_SOURCES, type ApplicationView, type VerificationRequest } from './api';
import { describeEvidence } from './EvidenceTable';
import { useEl } from './strings';

const pretty = (s: string) => s.replace(/_/g, ' ');
/** 7 CFR 273.2(c)(5): the household gets at least 10 days to provide verification. */
const MIN_DAYS = 10;

function invalidateAll(qc: ReturnType<typeof useQueryClient>, appId: string) {
  void qc.invalidateQueries({ queryKey: ['eligibility', 'verifications', appId] });
  void qc.invalidateQueries({ queryKey: ['eligibility', 'evidence', appId] });
}

/** Ask the household for proof by a due date; the request notice is queued by the server in the same transaction. */
export function RequestProofForm({ app, evidenceKey, onDone }: { app: ApplicationView; evidenceKey?: string; onDone?: (message: string) => void }) {
  const i = useEl();
  const { e } = i;
  const qc = useQueryClient();
  const today = useToday();
  const evidence = useQuery({ queryKey: ['eligibility', 'evidence', app.id], queryFn: () => elApi.evidence(app.id) });
  const [item, setItem] = useState('');
  const [key, setKey] = useState(evidenceKey ?? '');
  const [dueInput, setDue] = useState<string | null>(null);
  // The agency's today may arrive after the first render: the default follows it until the worker picks a date.
  const due = dueInput ?? addDaysIso(today, MIN_DAYS);
  const [local, setLocal] = useState<string | null>(null);
  const m = useMutation({
    mutationFn: () => elApi.requestVerification(app.id, { item: item.trim(), ...(key ? { evidenceKey: key } : {}), dueOn: due }),
    onSuccess: (v) => {
      invalidateAll(qc, app.id);
      setItem('');
      onDone?.(e('el.vr.sent', { item: v.item, date: i.date(v.dueOn) }));
    },
  });
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (item.trim().length < 3) return setLocal(e('el.vr.item'));
    setLocal(null);
    m.mutate();
  };
  const fe = fieldErrors(isApiError(m.error) ? m.error : null);
  const options = (evidence.data?.items ?? []).filter((x) => x.kind !== 'member').map((x) => ({ value: x.evidenceKey, label: describeEvidence(i, x, app) }));
  return (
    <form className="usa-form usa-form--large hearth-card" onSubmit={submit} noValidate aria-labelledby="vr-new-title">
      <h3 id="vr-new-title" className="margin-top-0">
        {e('el.vr.new')}
      </h3>
      <ErrorSummary idPrefix="vr" error={m.error} items={local ? [{ targetId: 'vr-item', message: local }] : []} />
      <TextField id="vr-item" label={e('el.vr.item')} hint={e('el.vr.itemHint')} value={item} onChange={(ev) => setItem(ev.target.value)} error={local ?? fe.item} />
      <SelectField id="vr-evidenceKey" label={e('el.vr.for')} optional placeholder={e('el.vr.forNone')} options={options} value={key} onChange={(ev) => setKey(ev.target.value)} error={fe.evidenceKey} />
      <TextField id="vr-dueOn" label={e('el.vr.due')} hint={e('el.vr.dueHint', { date: i.date(addDaysIso(today, MIN_DAYS)) })} type="date" min={addDaysIso(today, MIN_DAYS)} value={due} onChange={(ev) => setDue(ev.target.value)} error={fe.dueOn} />
      <button type="submit" className="usa-button margin-top-2" disabled={m.isPending}>
        {e('el.vr.send')}
      </button>
      {!onDone && <LiveStatus>{m.data && <Notice type="success">{e('el.vr.sent', { item: m.data.item, date: i.date(m.data.dueOn) })}</Notice>}</LiveStatus>}
    </form>
  );
}

function ReceiveForm({ app, v, onDone }: { app: ApplicationView; v: VerificationRequest; onDone: () => void }) {
  const i = useEl();
  const { e } = i;
  const qc = useQueryClient();
  const [source, setSource] = useState('pay_stub');
  const [note, setNote] = useState('');
  const P = `receive-${v.id}`;
  const m = useMutation({
    mutationFn: () => elApi.receiveVerification(v.id, { source, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: () => {
      invalidateAll(qc, app.id);
      onDone();
    },
  });
  return (
    <form
      className="usa-form hearth-inline-form"
      aria-label={e('el.vr.receive', { item: v.item })}
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        m.mutate();
      }}
    >
      <ErrorSummary idPrefix={P} error={m.error} />
      <SelectField id={`${P}-source`} label={e('el.vr.receiveSource')} options={PROOF_SOURCES.map((s) => ({ value: s, label: i.ex(`el.src.${s}`, pretty(s)) }))} value={source} onChange={(ev) => setSource(ev.target.value)} />
      <TextField id={`${P}-note`} label={e('el.vr.note')} optional value={note} onChange={(ev) => setNote(ev.target.value)} />
      <button type="submit" className="usa-button" disabled={m.isPending}>
        {e('el.vr.receiveSubmit')}
        <span className="usa-sr-only">: {v.item}</span>
      </button>
    </form>
  );
}

/** Requests for proof: what, when asked, when due, status; record proof as it arrives. */
export function Verifications({ app }: { app: ApplicationView }) {
  const i = useEl();
  const { e } = i;
  const q = useQuery({ queryKey: ['eligibility', 'verifications', app.id], queryFn: () => elApi.verifications(app.id) });
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="vr-title">
      <h2 id="vr-title">{e('el.vr.title')}</h2>
      <LiveStatus>{message && <Notice type="success">{message}</Notice>}</LiveStatus>
      <QueryState query={q}>
        {(d) =>
          d.items.length === 0 ? (
            <p className="text-base-dark">{e('el.vr.empty')}</p>
          ) : (
            <ul className="usa-list usa-list--unstyled">
              {d.items.map((v) => (
                <li key={v.id} className="hearth-card">
                  <h3 className="margin-top-0 font-sans-md">{v.item}</h3>
                  <dl className="hearth-dl">
                    <dt>{e('el.vr.col.requested')}</dt>
                    <dd>{i.date(v.requestedOn)}</dd>
                    <dt>{e('el.vr.col.due')}</dt>
                    <dd>{i.date(v.dueOn)}</dd>
                    <dt>{e('el.vr.col.status')}</dt>
                    <dd>
                      {i.ex(`el.vr.status.${v.status}`, pretty(v.status))}
                      {v.resolvedOn ? ` (${i.date(v.resolvedOn)})` : ''}
                    </dd>
                  </dl>
                  {(v.status === 'open' || v.status === 'missed') && <ReceiveForm app={app} v={v} onDone={() => setMessage(e('el.vr.received', { item: v.item }))} />}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <RequestProofForm app={app} />
    </section>
  );
}
