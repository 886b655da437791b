import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import { href, Link } from '../../router';
import { LiveStatus, Notice } from '../../ui/Notice';
import { useSession } from '../session/session';
import { MIN_REASON, useRegistryText } from './messages';
import type { MergeSummary } from './types';

/** On the person page: "merged into" pointer, and the merges this person took part in, with unmerge. */
export function PersonMerges({ personId, mergedInto }: { personId: string; mergedInto?: string | null }) {
  const { r, dateTime } = useRegistryText();
  const { can } = useSession();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['person-merges', personId], queryFn: () => api.get<{ items: MergeSummary[] }>(`/api/people/${encodeURIComponent(personId)}/merges`) });
  const [open, setOpen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const undo = useMutation({
    mutationFn: (id: string) => api.post(`/api/people/merges/${id}/undo`, { reason: reason.trim() }),
    onSuccess: () => {
      setDone(r('person.unmerged'));
      setOpen(null);
      setReason('');
      void qc.invalidateQueries();
    },
  });
  const items = q.data?.items ?? [];
  const error = local ?? (isApiError(undo.error) ? (undo.error.details[0]?.message ?? undo.error.message) : null);
  const who = (id: string) => (id === personId ? r('person.thisRecord') : r('person.otherRecord'));
  return (
    <>
      {mergedInto && (
        <Notice type="warning" heading={r('person.mergedInto')}>
          <Link to={href('person', { id: mergedInto })}>{r('person.openSurvivor')}</Link>
        </Notice>
      )}
      <LiveStatus>{done}</LiveStatus>
      {items.length > 0 && (
        <section aria-labelledby="person-merges-title">
          <h2 id="person-merges-title">{r('person.merges')}</h2>
          <ul className="usa-list">
            {items.map((m) => (
              <li key={m.id}>
                {r('person.mergeLine', { date: dateTime(m.mergedAt), merged: who(m.mergedId), survivor: who(m.survivorId), reason: m.reason })}{' '}
                {m.status === 'undone' && r('person.mergeUndone', { date: dateTime(m.unmergedAt) })}
                {m.status === 'active' && m.survivorId === personId && can('person.write') && (
                  <>
                    {' '}
                    <button type="button" className="usa-button usa-button--unstyled" aria-expanded={open === m.id} aria-controls={`unmerge-${m.id}`} onClick={() => setOpen(open === m.id ? null : m.id)}>
                      {r('person.unmerge')}
                    </button>
                    <div id={`unmerge-${m.id}`} hidden={open !== m.id}>
                      {open === m.id && (
                        <form
                          className="usa-form usa-form--large"
                          onSubmit={(e) => {
                            e.preventDefault();
                            if (reason.trim().length < MIN_REASON) {
                              setLocal(r('queue.reasonShort'));
                              return;
                            }
                            setLocal(null);
                            undo.mutate(m.id);
                          }}
                        >
                          <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
                            <label className="usa-label" htmlFor={`unmerge-reason-${m.id}`}>
                              {r('person.unmergeReason')}
                            </label>
                            <div className="usa-hint" id={`unmerge-reason-${m.id}-hint`}>
                              {r('person.unmergeHint')}
                            </div>
                            {error && (
                              <span className="usa-error-message" id={`unmerge-reason-${m.id}-error`} role="alert">
                                {error}
                              </span>
                            )}
                            <textarea
                              className="usa-textarea"
                              id={`unmerge-reason-${m.id}`}
                              value={reason}
                              onChange={(e) => setReason(e.target.value)}
                              aria-describedby={`unmerge-reason-${m.id}-hint${error ? ` unmerge-reason-${m.id}-error` : ''}`}
                              aria-invalid={error ? true : undefined}
                            />
                          </div>
                          <button type="submit" className="usa-button usa-button--secondary" disabled={undo.isPending}>
                            {r('person.confirmUnmerge')}
                          </button>
                        </form>
                      )}
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
