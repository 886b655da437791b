import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import type { PersonDetail } from '../../api/types';
import { useT } from '../../i18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { fieldErrors, fieldId } from '../../ui/fields';
import { useSession } from '../session/session';

const P = 'editperson';
type Core = { firstName: string; middleName: string; lastName: string; suffix: string; dob: string; sex: string; preferredLanguage: string };
const NAME_KEYS = ['firstName', 'middleName', 'lastName', 'suffix'] as const;

function coreOf(p: PersonDetail): Core {
  return {
    firstName: p.firstName,
    middleName: p.middleName ?? '',
    lastName: p.lastName,
    suffix: p.suffix ?? '',
    dob: p.dob ?? '',
    sex: p.sex ?? 'unknown',
    preferredLanguage: p.preferredLanguage ?? 'en',
  };
}

/**
 * PATCH /api/people/:id with only the fields that changed and the version the worker saw (expectedVersion), so a
 * change made by someone else in between is refused (409 CONFLICT) instead of overwritten. A changed name is
 * kept as a former name unless the worker says they are fixing a typo.
 */
export function EditPersonForm({ person, onDone }: { person: PersonDetail; onDone: (message: string | null) => void }) {
  const i = useT();
  const { t } = i;
  const { today } = useSession();
  const qc = useQueryClient();
  const start = coreOf(person);
  const [v, setV] = useState<Core>(start);
  const [ssn, setSsn] = useState('');
  const [keepFormer, setKeepFormer] = useState(true);
  const [local, setLocal] = useState<string | null>(null);
  const changed = (Object.keys(start) as Array<keyof Core>).filter((k) => v[k].trim() !== start[k]);
  const nameChanged = changed.some((k) => (NAME_KEYS as readonly string[]).includes(k));
  const m = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = {};
      for (const k of changed) body[k] = v[k].trim() === '' ? null : v[k].trim();
      if (ssn.trim()) body.ssn = ssn.replace(/\D/g, '');
      if (nameChanged) body.recordFormerName = keepFormer;
      if (person.version !== undefined) body.expectedVersion = person.version;
      return api.patch<PersonDetail>(`/api/people/${encodeURIComponent(person.id)}`, body);
    },
    onSuccess: (p) => {
      qc.setQueryData(['person', person.id], p);
      void qc.invalidateQueries({ queryKey: ['people-search'] });
      onDone(t('editPerson.saved'));
    },
  });
  const conflict = isApiError(m.error) && m.error.code === 'CONFLICT';
  const fe = fieldErrors(isApiError(m.error) ? m.error : null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (changed.length === 0 && !ssn.trim()) {
      setLocal(t('editPerson.nothingChanged'));
      return;
    }
    setLocal(null);
    m.mutate();
  };
  const set = (k: keyof Core) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const f = (k: keyof Core) => ({ id: fieldId(P, k), name: k, value: v[k], onChange: set(k), error: fe[k] });
  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate aria-labelledby={`${P}-heading`}>
      <h2 id={`${P}-heading`}>{t('editPerson.title')}</h2>
      <ErrorSummary idPrefix={P} error={local ? null : m.error} items={local ? [{ message: local }] : []} />
      {conflict && (
        <button
          type="button"
          className="usa-button usa-button--outline margin-bottom-2"
          onClick={() => {
            void qc.invalidateQueries({ queryKey: ['person', person.id] });
            onDone(null);
          }}
        >
          {t('editPerson.reload')}
        </button>
      )}
      <TextField {...f('firstName')} label={t('people.firstName')} autoComplete="off" />
      <TextField {...f('middleName')} label={t('people.middleName')} optional autoComplete="off" />
      <TextField {...f('lastName')} label={t('people.lastName')} autoComplete="off" />
      <TextField {...f('suffix')} label={t('people.suffix')} optional className="width-card" />
      {nameChanged && (
        <div className="usa-checkbox margin-top-2">
          <input className="usa-checkbox__input" id={fieldId(P, 'recordFormerName')} type="checkbox" checked={keepFormer} onChange={(e) => setKeepFormer(e.target.checked)} />
          <label className="usa-checkbox__label" htmlFor={fieldId(P, 'recordFormerName')}>
            {t('editPerson.keepFormer', { name: [start.firstName, start.middleName, start.lastName, start.suffix].filter(Boolean).join(' ') })}
          </label>
        </div>
      )}
      <TextField {...f('dob')} label={t('people.dob')} type="date" max={today} optional />
      <TextField id={fieldId(P, 'ssn')} name="ssn" label={t('editPerson.ssn')} hint={t('editPerson.ssnHint')} optional inputMode="numeric" autoComplete="off" value={ssn} onChange={(e) => setSsn(e.target.value)} error={fe.ssn} />
      <SelectField {...f('sex')} label={t('people.sex')} options={[...new Set(['female', 'male', 'unknown', start.sex])].map((s) => ({ value: s, label: i.tx(`sex.${s}`, s) }))} />
      <SelectField {...f('preferredLanguage')} label={t('people.preferredLanguage')} options={[...new Set(['en', 'es', start.preferredLanguage])].map((l) => ({ value: l, label: i.tx(`language.${l}`, l) }))} />
      <div className="usa-button-group margin-top-3">
        <button type="submit" className="usa-button" disabled={m.isPending}>
          {m.isPending ? t('common.saving') : t('editPerson.save')}
        </button>
        <button type="button" className="usa-button usa-button--unstyled" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
