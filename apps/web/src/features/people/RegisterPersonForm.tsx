import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import type { PersonDetail } from '../../api/types';
import { useT } from '../../i18n';
import { href, navigate } from '../../router';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { fieldErrors, fieldId } from '../../ui/fields';

const P = 'register';
const empty = { firstName: '', middleName: '', lastName: '', suffix: '', dob: '', ssn: '', sex: '', preferredLanguage: 'en' };

/** POST /api/people. Server field problems come back as details[].path and link to these fields. */
export function RegisterPersonForm() {
  const { t } = useT();
  const [v, setV] = useState(empty);
  const m = useMutation({
    mutationFn: () => {
      const body: Record<string, string> = {};
      for (const [k, val] of Object.entries(v)) if (val.trim()) body[k] = k === 'ssn' ? val.replace(/\D/g, '') : val.trim();
      return api.post<PersonDetail>('/api/people', body);
    },
    onSuccess: (p) => navigate(href('person', { id: p.id })),
  });
  const fe = fieldErrors(isApiError(m.error) ? m.error : null);
  const set = (k: keyof typeof empty) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    m.mutate();
  };
  const f = (k: keyof typeof empty) => ({ id: fieldId(P, k), name: k, value: v[k], onChange: set(k), error: fe[k] });
  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate aria-labelledby="register-heading">
      <h2 id="register-heading">{t('people.register')}</h2>
      <ErrorSummary idPrefix={P} error={m.error} />
      <TextField {...f('firstName')} label={t('people.firstName')} autoComplete="off" />
      <TextField {...f('middleName')} label={t('people.middleName')} optional autoComplete="off" />
      <TextField {...f('lastName')} label={t('people.lastName')} autoComplete="off" />
      <TextField {...f('suffix')} label={t('people.suffix')} optional className="width-card" />
      <TextField {...f('dob')} label={t('people.dob')} type="date" />
      <TextField {...f('ssn')} label={t('people.ssnFull')} hint={t('people.ssnFullHint')} optional inputMode="numeric" autoComplete="off" />
      <SelectField {...f('sex')} label={t('people.sex')} optional placeholder="" options={['female', 'male', 'unknown'].map((s) => ({ value: s, label: t(`sex.${s}` as 'sex.female') }))} />
      <SelectField {...f('preferredLanguage')} label={t('people.preferredLanguage')} options={['en', 'es'].map((l) => ({ value: l, label: t(`language.${l}` as 'language.en') }))} />
      <button type="submit" className="usa-button margin-top-3" disabled={m.isPending}>
        {t('people.register')}
      </button>
    </form>
  );
}
