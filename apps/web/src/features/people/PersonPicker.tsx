import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { PersonSummary, SearchResult } from '../../api/types';
import { useT } from '../../i18n';
import { LiveStatus } from '../../ui/Notice';
import { errorMessage } from '../../ui/errorMessage';
import { personName } from '../labels';

export interface PickedPerson {
  id: string;
  name: string;
}

/**
 * Finds a person by name (the same search as person search) and picks one, instead of pasting an ID. The text
 * field carries `id`, so an error summary link for the person lands on it. Enter searches; it never submits the
 * surrounding form.
 */
export function PersonPicker({ id, label, value, onChange, error }: { id: string; label: string; value: PickedPerson | null; onChange: (p: PickedPerson | null) => void; error?: string | null }) {
  const i = useT();
  const { t, tp, date } = i;
  const [text, setText] = useState('');
  // Choosing replaces the list with the choice (and "choose someone else" brings the field back): keep focus there.
  const moved = useRef(false);
  const focusTarget = useRef<HTMLButtonElement & HTMLInputElement>(null);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    focusTarget.current?.focus();
  }, [value]);
  const pick = (p: PickedPerson | null) => {
    moved.current = true;
    onChange(p);
  };
  const [q, setQ] = useState('');
  const search = useQuery({
    queryKey: ['people-search', { q, limit: 8 }],
    queryFn: () => api.get<{ results: SearchResult[] }>('/api/people/search', { q, limit: 8 }),
    enabled: q.length > 0,
  });
  const find = () => setQ(text.trim());
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      find();
    }
  };
  const describe = (p: PersonSummary) => (p.dob ? t('picker.born', { name: personName(p), date: date(p.dob) }) : personName(p));

  if (value) {
    return (
      <div className="usa-form-group">
        <p className="usa-label margin-bottom-0">{label}</p>
        <p className="margin-y-1">
          <strong>{value.name}</strong>{' '}
          <button ref={focusTarget} type="button" id={id} className="usa-button usa-button--unstyled margin-left-1" onClick={() => pick(null)}>
            {t('picker.change')}
          </button>
        </p>
      </div>
    );
  }
  const results = search.data?.results ?? [];
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
      </label>
      <div className="usa-hint" id={`${id}-hint`}>
        {t('picker.hint')}
      </div>
      {error && (
        <span className="usa-error-message" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      <div className="hearth-inline-form">
        <input
          ref={focusTarget}
          className={`usa-input${error ? ' usa-input--error' : ''}`}
          id={id}
          type="text"
          autoComplete="off"
          enterKeyHint="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKey}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
        />
        <button type="button" className="usa-button usa-button--outline" onClick={find} disabled={!text.trim()}>
          {t('picker.find')}
        </button>
      </div>
      <LiveStatus>
        {!q ? '' : search.isFetching ? t('common.loading') : search.isError ? errorMessage(search.error, t) : results.length ? tp('people.found', results.length) : t('picker.none')}
      </LiveStatus>
      {q && search.isSuccess && results.length > 0 && (
        <ul className="usa-list usa-list--unstyled" aria-label={t('picker.results')}>
          {results.map(({ person: p }) => (
            <li key={p.id} className="margin-y-05">
              <button type="button" className="usa-button usa-button--unstyled" onClick={() => pick({ id: p.id, name: personName(p) })}>
                {t('picker.choose', { person: describe(p) })}
              </button>
              {p.restricted && <span className="usa-tag bg-secondary-dark margin-left-1">{t('common.restricted')}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
