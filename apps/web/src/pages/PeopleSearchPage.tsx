import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { SearchResult } from '../api/types';
import { useT } from '../i18n';
import { useSession } from '../features/session/session';
import { RegisterPersonForm } from '../features/people/RegisterPersonForm';
import { SearchResults } from '../features/people/SearchResults';
import { navigate, useRoute } from '../router';
import { ErrorSummary } from '../ui/ErrorSummary';
import { TextField } from '../ui/Field';
import { fieldId } from '../ui/fields';
import { LiveStatus } from '../ui/Notice';
import { Page } from '../ui/Page';
import { errorMessage } from '../ui/errorMessage';

const P = 'search';

export function PeopleSearchPage() {
  const { t, tp } = useT();
  const { can } = useSession();
  const route = useRoute();
  const params = { q: route.search.get('q') ?? '', dob: route.search.get('dob') ?? '', ssnLast4: route.search.get('ssnLast4') ?? '' };
  const [draft, setDraft] = useState(params);
  const [problem, setProblem] = useState<string | null>(null);
  const [showRegister, setShowRegister] = useState(false);
  const hasQuery = Boolean(params.q || params.dob || params.ssnLast4);

  const q = useQuery({
    queryKey: ['people-search', params],
    queryFn: () => api.get<{ results: SearchResult[] }>('/api/people/search', { ...params, limit: 25 }),
    enabled: hasQuery,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.q.trim() && !draft.dob && !draft.ssnLast4.trim()) {
      setProblem(t('people.needOne'));
      return;
    }
    setProblem(null);
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(draft)) if (v.trim()) sp.set(k, v.trim());
    navigate(`/people?${sp}`, { replace: true });
  };
  const set = (k: keyof typeof draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });
  const results = q.data?.results ?? [];

  return (
    <Page title={t('people.title')}>
      <ErrorSummary idPrefix={P} error={q.isError ? q.error : null} items={problem ? [{ targetId: fieldId(P, 'q'), message: problem }] : []} />
      <form role="search" onSubmit={submit} aria-label={t('people.title')}>
        <TextField id={fieldId(P, 'q')} name="q" label={t('people.q')} hint={t('people.qHint')} value={draft.q} onChange={set('q')} enterKeyHint="search" autoComplete="off" className="maxw-tablet" aria-keyshortcuts="/" />
        <div className="hearth-inline-form">
          <TextField id={fieldId(P, 'dob')} name="dob" label={t('people.dob')} type="date" value={draft.dob} onChange={set('dob')} optional />
          <TextField id={fieldId(P, 'ssnLast4')} name="ssnLast4" label={t('people.ssn')} value={draft.ssnLast4} onChange={set('ssnLast4')} inputMode="numeric" maxLength={4} pattern="\d{4}" optional />
          <button type="submit" className="usa-button">
            {t('common.search')}
          </button>
        </div>
      </form>
      <LiveStatus>
        {!hasQuery ? '' : q.isFetching ? t('common.loading') : q.isError ? errorMessage(q.error, t) : q.isSuccess ? (results.length ? tp('people.found', results.length) : t('people.noResults')) : ''}
      </LiveStatus>
      {q.isSuccess && results.length > 0 && <SearchResults results={results} />}
      {can('person.write') && (
        <div className="margin-top-4">
          <button type="button" className="usa-button usa-button--outline" aria-expanded={showRegister} aria-controls="register-panel" onClick={() => setShowRegister((s) => !s)}>
            {t('people.register')}
          </button>
          <div id="register-panel" hidden={!showRegister}>
            {showRegister && <RegisterPersonForm />}
          </div>
        </div>
      )}
    </Page>
  );
}
