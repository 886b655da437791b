import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, itemsOf } from '../../api/client';
import type { PersonDetail, SearchResult } from '../../api/types';
import { useSession } from '../session/session';
import { duplicateCandidates } from '../people/RegisterPersonForm';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { LiveStatus, Notice } from '../../ui/Notice';
import { elApi, type ApplicationView, type MemberView } from './api';
import { useEl } from './strings';

interface Unit {
  id: string;
  name: string;
}

/** One listed member: register them in the person registry (search-before-create) or pick the existing record. */
function MemberLink({ m, linked, onLinked }: { m: MemberView; linked: string | null; onLinked: (personId: string) => void }) {
  const { e, date } = useEl();
  const name = `${m.firstName} ${m.lastName}`;
  const [candidates, setCandidates] = useState<SearchResult[] | null>(null);
  const [reason, setReason] = useState('');
  const P = `link-${m.memberKey}`;
  const create = useMutation({
    mutationFn: (confirm?: { reason: string; reviewed: string[] }) =>
      api.post<PersonDetail>('/api/people', {
        firstName: m.firstName,
        lastName: m.lastName,
        dob: m.dob,
        ...(confirm ? { confirmedNotDuplicate: true, notDuplicateReason: confirm.reason, reviewedCandidateIds: confirm.reviewed } : {}),
      }),
    onSuccess: (p) => {
      setCandidates(null);
      onLinked(p.id);
    },
    onError: (err) => {
      const found = duplicateCandidates(err);
      if (found) setCandidates(found);
    },
  });
  if (linked) {
    return (
      <li className="margin-bottom-1">
        <strong>{name}</strong> ({date(m.dob)}) — {e('el.register.linked')}
      </li>
    );
  }
  return (
    <li className="margin-bottom-2">
      <strong>{name}</strong> ({date(m.dob)}) — {e('el.register.notLinked')}
      {!candidates && (
        <div>
          <button type="button" className="usa-button usa-button--outline usa-button--small margin-top-1" disabled={create.isPending} onClick={() => create.mutate(undefined)}>
            {e('el.register.find', { name })}
          </button>
        </div>
      )}
      <ErrorSummary idPrefix={P} error={duplicateCandidates(create.error) ? null : create.error} />
      {candidates && (
        <div className="hearth-card margin-top-1">
          <p>{e('el.register.maybe', { name })}</p>
          <ul className="usa-list usa-list--unstyled">
            {candidates.map((c) => (
              <li key={c.person.id} className="margin-bottom-1">
                <button type="button" className="usa-button usa-button--small" onClick={() => onLinked(c.person.id)}>
                  {e('el.register.use', { name: `${c.person.firstName} ${c.person.lastName}`, dob: date(c.person.dob) })}
                </button>
              </li>
            ))}
          </ul>
          <TextField id={`${P}-notDuplicateReason`} label={e('el.register.reason')} value={reason} onChange={(ev) => setReason(ev.target.value)} />
          <button type="button" className="usa-button usa-button--outline usa-button--small margin-top-1" disabled={create.isPending || reason.trim().length < 10} onClick={() => create.mutate({ reason: reason.trim(), reviewed: candidates.map((c) => c.person.id) })}>
            {e('el.register.someoneElse', { name })}
          </button>
        </div>
      )}
    </li>
  );
}

/** Registers an online application: every member linked to the registry, a unit chosen; cases open and clocks start. */
export function RegisterPanel({ app }: { app: ApplicationView }) {
  const { e } = useEl();
  const { user } = useSession();
  const qc = useQueryClient();
  const [links, setLinks] = useState<Record<string, string>>(() => Object.fromEntries(app.members.filter((m) => m.personId).map((m) => [m.memberKey, m.personId!])));
  const units = useQuery({ queryKey: ['admin', 'units'], queryFn: () => api.get<{ items: Unit[] } | Unit[]>('/api/admin/units'), retry: false });
  const mine = (user?.unitIds ?? []).map((id) => ({ id, name: itemsOf(units.data).find((u) => u.id === id)?.name ?? id }));
  const [unitId, setUnitId] = useState('');
  const chosenUnit = unitId || mine[0]?.id || '';
  const [local, setLocal] = useState<string | null>(null);
  const reg = useMutation({
    mutationFn: () => elApi.register(app.id, { unitId: chosenUnit, people: Object.entries(links).map(([memberKey, personId]) => ({ memberKey, personId })) }),
    onSuccess: (a) => {
      qc.setQueryData(['eligibility', 'application', app.id], (old: ApplicationView | undefined) => ({ ...(old ?? a), ...a }));
      void qc.invalidateQueries({ queryKey: ['eligibility'] });
    },
  });
  const allLinked = app.members.every((m) => links[m.memberKey]);
  return (
    <section aria-labelledby="register-title" className="hearth-card">
      <h2 id="register-title" className="margin-top-0">
        {e('el.register.title')}
      </h2>
      <p>{e('el.register.lead')}</p>
      <ul className="usa-list usa-list--unstyled">
        {app.members.map((m) => (
          <MemberLink key={m.memberKey} m={m} linked={links[m.memberKey] ?? null} onLinked={(personId) => setLinks((l) => ({ ...l, [m.memberKey]: personId }))} />
        ))}
      </ul>
      <ErrorSummary idPrefix="register" error={reg.error} items={local ? [{ message: local }] : []} />
      <form
        className="usa-form"
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          if (!allLinked) return setLocal(e('el.register.needAll'));
          setLocal(null);
          reg.mutate();
        }}
      >
        <SelectField id="register-unitId" label={e('el.register.unit')} options={mine.map((u) => ({ value: u.id, label: u.name }))} value={chosenUnit} onChange={(ev) => setUnitId(ev.target.value)} />
        <button type="submit" className="usa-button margin-top-2" disabled={reg.isPending}>
          {e('el.register.submit')}
        </button>
      </form>
      <LiveStatus>{reg.isSuccess && <Notice type="success">{e('el.register.done')}</Notice>}</LiveStatus>
    </section>
  );
}
