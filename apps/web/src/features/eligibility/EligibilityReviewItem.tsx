import type { ReviewView } from '../../api/types';
import { Link } from '../../router';
import { elPaths } from './paths';
import { useEl } from './strings';

/** The eligibility decision id a cases review carries (kind "determination", details.eligibilityDecisionId). */
export function eligibilityDecisionOf(r: Pick<ReviewView, 'details'>): string | null {
  const id = r.details?.eligibilityDecisionId;
  return typeof id === 'string' ? id : null;
}

/**
 * A review-queue entry for an eligibility decision. It is decided on the decision page (POST
 * /api/eligibility/decisions/:id/approve applies it); the generic review approval would approve the review without
 * applying the decision, so the queue sends the reviewer there instead.
 */
export function EligibilityReviewItem({ review: r }: { review: ReviewView }) {
  const { e, dateTime, t } = useEl();
  const decisionId = eligibilityDecisionOf(r)!;
  return (
    <li className="hearth-card" aria-labelledby={`review-${r.id}-heading`}>
      <h2 id={`review-${r.id}-heading`} className="margin-top-0 font-sans-lg">
        {r.summary}
      </h2>
      <p className="text-base-dark margin-y-1">{t('reviews.submittedBy', { name: r.submittedByName ?? t('common.unknown'), date: dateTime(r.submittedAt) })}</p>
      <p>{e('el.rev.note')}</p>
      <Link className="usa-button" to={elPaths.decision(decisionId)}>
        {e('el.rev.open')}
        <span className="usa-sr-only">: {r.caseNumber ?? r.caseId}</span>
      </Link>
    </li>
  );
}
