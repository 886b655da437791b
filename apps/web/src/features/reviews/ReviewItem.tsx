import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import type { ReviewView } from '../../api/types';
import { useT } from '../../i18n';
import { href, Link } from '../../router';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextareaField } from '../../ui/Field';
import { fieldErrors, fieldId } from '../../ui/fields';
import { kindLabel } from '../labels';

/** One waiting action: approve (comment optional) or return (comment required). */
export function ReviewItem({ review: r, onDecided }: { review: ReviewView; onDecided: (message: string) => void }) {
  const i = useT();
  const { t, dateTime } = i;
  const qc = useQueryClient();
  const P = `review-${r.id}`;
  const [comment, setComment] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const m = useMutation({
    mutationFn: (decision: 'approve' | 'return') =>
      api.post<unknown>(`/api/reviews/${encodeURIComponent(r.id)}/${decision}`, decision === 'approve' && !comment.trim() ? {} : { comment: comment.trim() }).then(() => decision),
    onSuccess: (decision) => {
      const vars = { kind: kindLabel(i, r.kind).toLowerCase(), case: r.caseNumber ?? r.caseId };
      onDecided(decision === 'approve' ? t('reviews.approved', vars) : t('reviews.returned', vars));
      void qc.invalidateQueries({ queryKey: ['reviews'] });
      void qc.invalidateQueries({ queryKey: ['case', r.caseId] });
    },
  });
  const decide = (d: 'approve' | 'return') => {
    if (d === 'return' && !comment.trim()) {
      setLocal(t('reviews.commentRequired'));
      return;
    }
    setLocal(null);
    m.mutate(d);
  };
  const fe = fieldErrors(isApiError(m.error) ? m.error : null);
  return (
    <li className="hearth-card" aria-labelledby={`${P}-heading`}>
      <h2 id={`${P}-heading`} className="margin-top-0 font-sans-lg">
        {kindLabel(i, r.kind)} — <Link to={href('case', { id: r.caseId })}>{r.caseNumber ?? r.caseId}</Link>
      </h2>
      <p className="text-base-dark margin-y-1">{t('reviews.submittedBy', { name: r.submittedByName ?? t('common.unknown'), date: dateTime(r.submittedAt) })}</p>
      <p className="margin-y-1 text-bold">{r.summary}</p>
      {r.details && Object.keys(r.details).length > 0 && (
        <dl className="hearth-dl margin-y-1">
          {Object.entries(r.details).map(([k, v]) => (
            <div key={k} className="display-contents">
              <dt>{k}</dt>
              <dd style={{ whiteSpace: 'pre-wrap' }}>{typeof v === 'string' ? v : JSON.stringify(v)}</dd>
            </div>
          ))}
        </dl>
      )}
      <ErrorSummary idPrefix={P} error={m.error} items={local ? [{ targetId: fieldId(P, 'comment'), message: local }] : []} />
      <form onSubmit={(e) => e.preventDefault()} noValidate className="usa-form usa-form--large">
        <TextareaField id={fieldId(P, 'comment')} name="comment" label={t('reviews.comment')} hint={t('reviews.commentHint')} optional value={comment} onChange={(e) => setComment(e.target.value)} error={local ?? fe.comment} rows={2} />
        <div className="usa-button-group margin-top-2">
          <button type="button" className="usa-button" disabled={m.isPending} onClick={() => decide('approve')}>
            {t('reviews.approve')}
          </button>
          <button type="button" className="usa-button usa-button--outline" disabled={m.isPending} onClick={() => decide('return')}>
            {t('reviews.return')}
          </button>
        </div>
      </form>
    </li>
  );
}
