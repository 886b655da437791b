import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { Link } from '../../router';
import { elPaths } from './paths';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { fieldErrors } from '../../ui/fields';
import { LiveStatus, Notice } from '../../ui/Notice';
import { elApi, type ApplicationProgram, type ApplicationView, type DecisionView } from './api';
import { DecisionDetail } from './DecisionDetail';
import { useEl } from './strings';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function DetermineProgram({ app, p }: { app: ApplicationView; p: ApplicationProgram }) {
  const i = useEl();
  const { e } = i;
  const qc = useQueryClient();
  const P = `det-${p.program}`;
  const name = i.ex(`el.program.${p.program}`, p.program.toUpperCase());
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const m = useMutation({
    mutationFn: () => elApi.determine(p.caseId!, { ...(first ? { firstMonth: first } : {}), ...(last ? { lastMonth: last } : {}) }),
    onSuccess: (d: DecisionView) => {
      qc.setQueryData(['eligibility', 'decision', d.id], d);
      void qc.invalidateQueries({ queryKey: ['eligibility', 'application', app.id] });
      void qc.invalidateQueries({ queryKey: ['eligibility', 'decisions', p.caseId] });
    },
  });
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const problems: Record<string, string> = {};
    if (first && !MONTH.test(first)) problems.firstMonth = `${e('el.det.first')}: ${e('el.det.monthHint')}`;
    if (last && !MONTH.test(last)) problems.lastMonth = `${e('el.det.last')}: ${e('el.det.monthHint')}`;
    setLocal(problems);
    if (Object.keys(problems).length) return;
    m.mutate();
  };
  const fe = { ...fieldErrors(isApiError(m.error) ? m.error : null), ...local };
  const d = m.data;
  return (
    <section className="hearth-card" aria-labelledby={`${P}-title`}>
      <h3 id={`${P}-title`} className="margin-top-0">
        {i.tx(`program.${p.program}`, name)}
      </h3>
      {p.caseId && (
        <p>
          <Link to={elPaths.case(p.caseId, app.id)}>{e('el.app.openCase', { program: name })}</Link>
        </p>
      )}
      {p.status !== 'pending' && !d && <p>{e('el.det.alreadyDecided', { program: name, status: i.ex(`el.pstatus.${p.status}`, p.status) })}</p>}
      {p.status === 'pending' && !d && (
        <form className="usa-form hearth-inline-form" onSubmit={submit} noValidate aria-label={e('el.det.submit', { program: name })}>
          <ErrorSummary idPrefix={P} error={m.error} items={Object.entries(local).map(([k, msg]) => ({ targetId: `${P}-${k}`, message: msg }))} />
          <TextField id={`${P}-firstMonth`} label={e('el.det.first')} hint={e('el.det.monthHint')} optional placeholder="YYYY-MM" value={first} onChange={(ev) => setFirst(ev.target.value)} error={fe.firstMonth} />
          <TextField id={`${P}-lastMonth`} label={e('el.det.last')} optional placeholder="YYYY-MM" value={last} onChange={(ev) => setLast(ev.target.value)} error={fe.lastMonth} />
          <button type="submit" className="usa-button" disabled={m.isPending}>
            {m.isPending ? e('el.det.running') : e('el.det.submit', { program: name })}
          </button>
        </form>
      )}
      <LiveStatus>{d && <Notice type={d.status === 'pending_review' ? 'info' : 'success'}>{d.status === 'pending_review' ? e('el.det.sentToReview') : d.status === 'approved' ? e('el.det.applied') : d.summary}</Notice>}</LiveStatus>
      {d && (
        <>
          <p>
            <Link to={elPaths.decision(d.id)}>{e('el.det.openDecision')}</Link>
          </p>
          <DecisionDetail decision={d} members={app.members} headingLevel={3} />
        </>
      )}
    </section>
  );
}

/** Determine each program of the application (one case each); the result shows beside its explanation. */
export function Determine({ app }: { app: ApplicationView }) {
  const { e } = useEl();
  return (
    <section aria-labelledby="determine-title">
      <h2 id="determine-title">{e('el.det.title')}</h2>
      <p>{e('el.det.lead')}</p>
      {app.programs
        .filter((p) => p.caseId)
        .map((p) => (
          <DetermineProgram key={p.program} app={app} p={p} />
        ))}
    </section>
  );
}
