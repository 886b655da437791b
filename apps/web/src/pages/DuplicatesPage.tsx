import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useRoute } from '../router';
import { useSession } from '../features/session/session';
import { PairCard } from '../features/registry/PairCard';
import { useRegistryText } from '../features/registry/messages';
import type { PairView } from '../features/registry/types';
import { LiveStatus } from '../ui/Notice';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';

/** The duplicate review queue: likely pairs, most probable first (GET /api/registry/pairs). */
export function DuplicatesPage() {
  const { r } = useRegistryText();
  const { can } = useSession();
  const [status, setStatus] = useState('');
  // ?person=<id> narrows the queue to one person's pairs (linked from a person's record).
  const personId = useRoute().search.get('person') ?? undefined;
  const q = useQuery({ queryKey: ['registry-pairs', personId ?? null], queryFn: () => api.get<{ items: PairView[]; total: number }>('/api/registry/pairs', { limit: 25, personId }) });
  const run = useMutation({
    mutationFn: () => api.post<{ runId: string }>('/api/registry/duplicate-runs', {}),
    onSuccess: () => setStatus(r('queue.runStarted')),
  });
  return (
    <Page title={r('queue.title')} lead={r('queue.lead')}>
      {can('jobs.run') && (
        <p>
          <button type="button" className="usa-button usa-button--outline" onClick={() => run.mutate()} disabled={run.isPending}>
            {r('queue.run')}
          </button>
        </p>
      )}
      <LiveStatus>{status}</LiveStatus>
      <QueryState query={q}>
        {(d) =>
          d.items.length === 0 ? (
            <p>{r('queue.empty')}</p>
          ) : (
            <>
              <p>{r('queue.total', { count: d.total })}</p>
              {d.items.map((p, k) => (
                <PairCard key={p.id} pair={p} n={k + 1} />
              ))}
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
