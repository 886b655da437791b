import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { PersonDetail } from '../api/types';
import { MergeForm } from '../features/registry/MergeForm';
import { useRegistryText } from '../features/registry/messages';
import { useRoute } from '../router';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';

/** /registry/merge?a=<id>&b=<id>: the merge screen for two records. */
export function RegistryMergePage() {
  const { r } = useRegistryText();
  const route = useRoute();
  const a = route.search.get('a') ?? '';
  const b = route.search.get('b') ?? '';
  const q = useQuery({
    queryKey: ['registry-merge', a, b],
    enabled: Boolean(a && b),
    queryFn: async () => {
      const [pa, pb] = await Promise.all([api.get<PersonDetail>(`/api/people/${encodeURIComponent(a)}`), api.get<PersonDetail>(`/api/people/${encodeURIComponent(b)}`)]);
      return { pa, pb };
    },
  });
  return (
    <Page title={r('merge.title')} lead={r('merge.lead')}>
      {!a || !b ? <p>{r('merge.missing')}</p> : <QueryState query={q}>{(d) => <MergeForm a={d.pa} b={d.pb} />}</QueryState>}
    </Page>
  );
}
