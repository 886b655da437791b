import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api, isApiError, type ApiError } from '../../api/client';
import type { PersonDetail, SearchResult } from '../../api/types';
import { useT } from '../../i18n';
import { href, navigate } from '../../router';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextareaField, TextField } from '../../ui/Field';
import { fieldErrors, fieldId } from '../../ui/fields';
import { useSession } from '../session/session';
import { SearchResults } from './SearchResults';

const P = 'register';
const D = 'notdup';
export const MIN_NOT_DUPLICATE_REASON = 10;
const empty = { firstName: '', middleName: '', lastName: '', suffix: '', dob: '', ssn: '', sex: '', preferredLanguage: 'en' };

/** The suspected duplicates of a 409 DUPLICATE_SUSPECTED answer (`data.candidates`, shaped like search results). */
export function duplicateCandidates(e: unknown): SearchResult[] | null {
  if (!isApiError(e) || e.status !== 409 || e.code !== 'DUPLICATE_SUSPECTED') return null;
  const c = e.data?.candidates;
  return Array.isArray(c) ? (c as SearchResult[]).filter((x) => x && typeof x === 'object' && x.person?.id) : [];
}

/**
 * The likely matches the server found: open one (the usual outcome), or state why this is someone else and
 * register anyway: confirmedNotDuplicate, the reason (notDuplicateReason, logged) and the candidates shown
 * (reviewedCandidateIds: the server refuses a confirmation that skips a likely match).
 */
function DuplicateChoice({ candidates, pending, error, onConfirm, onBack }: { candidates: SearchResult[]; pending: boolean; error: unknown; onConfirm: (reason: string) => void; onBack: () => void }) {
  const { t, tp } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  useEffect(() => heading.current?.focus(), []);
  const fe = fieldErrors(isApiError(error) ? (error as ApiError) : null);
  const reasonError = local ?? fe.notDuplicateReason ?? null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < MIN_NOT_DUPLICATE_REASON) {
      setLocal(t('people.notDuplicateReasonShort', { count: MIN_NOT_DUPLICATE_REASON }));
      return;
    }
    setLocal(null);
    onConfirm(reason.trim());
  };
  return (
    <section aria-labelledby={`${D}-heading`} className="margin-top-3">
      <div className="usa-alert usa-alert--warning">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading" id={`${D}-heading`} tabIndex={-1} ref={heading}>
            {t('people.duplicateTitle')}
          </h2>
          <p className="usa-alert__text">{t('people.duplicateIntro')}</p>
          <p className="usa-alert__text">{tp('people.duplicateCount', candidates.length)}</p>
        </div>
      </div>
      <SearchResults results={candidates} caption={t('people.duplicateCaption')} />
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate aria-labelledby={`${D}-form-heading`}>
        <h3 id={`${D}-form-heading`}>{t('people.notDuplicateTitle')}</h3>
        <ErrorSummary idPrefix={D} error={local ? null : error} items={local ? [{ targetId: fieldId(D, 'notDuplicateReason'), message: local }] : []} />
        <TextareaField
          id={fieldId(D, 'notDuplicateReason')}
          name="notDuplicateReason"
          label={t('people.notDuplicateReason')}
          hint={t('people.notDuplicateHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={reasonError}
          rows={3}
        />
        <div className="usa-button-group margin-top-3">
          <button type="submit" className="usa-button usa-button--secondary" disabled={pending}>
            {pending ? t('common.saving') : t('people.confirmNotDuplicate')}
          </button>
          <button type="button" className="usa-button usa-button--unstyled" onClick={onBack}>
            {t('people.backToForm')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** POST /api/people. Server field problems come back as details[].path and link to these fields. */
export function RegisterPersonForm() {
  const { t } = useT();
  const { today } = useSession();
  const [v, setV] = useState(empty);
  const [candidates, setCandidates] = useState<SearchResult[] | null>(null);
  const m = useMutation({
    mutationFn: (confirm: { reason: string; reviewed: string[] } | null) => {
      const body: Record<string, unknown> = {};
      for (const [k, val] of Object.entries(v)) if (val.trim()) body[k] = k === 'ssn' ? val.replace(/\D/g, '') : val.trim();
      if (confirm) {
        body.confirmedNotDuplicate = true;
        body.notDuplicateReason = confirm.reason;
        body.reviewedCandidateIds = confirm.reviewed;
      }
      return api.post<PersonDetail>('/api/people', body);
    },
    onSuccess: (p) => navigate(href('person', { id: p.id })),
    onError: (e) => {
      const found = duplicateCandidates(e);
      if (found) setCandidates(found);
    },
  });
  const fe = fieldErrors(isApiError(m.error) ? m.error : null);
  const set = (k: keyof typeof empty) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCandidates(null);
    m.mutate(null);
  };
  const f = (k: keyof typeof empty) => ({ id: fieldId(P, k), name: k, value: v[k], onChange: set(k), error: fe[k] });

  if (candidates) {
    return (
      <DuplicateChoice
        candidates={candidates}
        pending={m.isPending}
        error={duplicateCandidates(m.error) ? null : m.error}
        onConfirm={(reason) => m.mutate({ reason, reviewed: candidates.map((c) => c.person.id) })}
        onBack={() => {
          m.reset();
          setCandidates(null);
        }}
      />
    );
  }
  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate aria-labelledby="register-heading">
      <h2 id="register-heading">{t('people.register')}</h2>
      <ErrorSummary idPrefix={P} error={m.error} />
      <TextField {...f('firstName')} label={t('people.firstName')} autoComplete="off" />
      <TextField {...f('middleName')} label={t('people.middleName')} optional autoComplete="off" />
      <TextField {...f('lastName')} label={t('people.lastName')} autoComplete="off" />
      <TextField {...f('suffix')} label={t('people.suffix')} optional className="width-card" />
      <TextField {...f('dob')} label={t('people.dob')} type="date" max={today} />
      <TextField {...f('ssn')} label={t('people.ssnFull')} hint={t('people.ssnFullHint')} optional inputMode="numeric" autoComplete="off" />
      <SelectField {...f('sex')} label={t('people.sex')} optional placeholder="" options={['female', 'male', 'unknown'].map((s) => ({ value: s, label: t(`sex.${s}` as 'sex.female') }))} />
      <SelectField {...f('preferredLanguage')} label={t('people.preferredLanguage')} options={['en', 'es'].map((l) => ({ value: l, label: t(`language.${l}` as 'language.en') }))} />
      <button type="submit" className="usa-button margin-top-3" disabled={m.isPending}>
        {m.isPending ? t('common.saving') : t('people.register')}
      </button>
    </form>
  );
}
