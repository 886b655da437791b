import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, itemsOf } from '../api/client';
import type { ReviewView } from '../api/types';
import { useT } from '../i18n';
import { ReviewItem } from '../features/reviews/ReviewItem';
import { EligibilityReviewItem, eligibilityDecisionOf } from '../features/eligibility/EligibilityReviewItem';
import { LiveStatus, Notice } from '../ui/Notice';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';

export function ReviewsPage() {
  const { t } = useT();
  const [message, setMessage] = useState('');
  const q = useQuery({ queryKey: ['reviews', 'queue'], queryFn: () => api.get<{ items: ReviewView[] } | ReviewView[]>('/api/reviews', { scope: 'queue' }) });
  return (
    <Page title={t('reviews.title')} lead={t('reviews.intro')}>
      <LiveStatus>{message && <Notice type="success">{message}</Notice>}</LiveStatus>
      <QueryState query={q}>
        {(d) => {
          const items = itemsOf(d).filter((r) => !r.status || r.status === 'pending');
          return items.length === 0 ? (
            <p>{t('reviews.empty')}</p>
          ) : (
            <ul className="usa-list usa-list--unstyled">
              {items.map((r) => (
                eligibilityDecisionOf(r) ? <EligibilityReviewItem key={r.id} review={r} /> : <ReviewItem key={r.id} review={r} onDecided={setMessage} />
              ))}
            </ul>
          );
        }}
      </QueryState>
    </Page>
  );
}
