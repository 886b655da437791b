import { useState, type FormEvent } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { CaseSummary, Paged } from '../api/types';
import { useT } from '../i18n';
import { CaseTable } from '../features/cases/CaseTable';
import { CASE_STATUSES, PROGRAM_CODES, programLabel, statusLabel } from '../features/labels';
import { navigate, useRoute } from '../router';
import { SelectField, TextField } from '../ui/Field';
import { LiveStatus } from '../ui/Notice';
import { Page } from '../ui/Page';
import { errorMessage } from '../ui/errorMessage';

const P = 'caseload';

export function CaseloadPage() {
  const i = useT();
  const { t, tp } = i;
  const route = useRoute();
  const filters = {
    scope: route.search.get('scope') ?? 'mine',
    status: route.search.get('status') ?? 'open',
    program: route.search.get('program') ?? '',
    q: route.search.get('q') ?? '',
  };
  const [draft, setDraft] = useState(filters);

  const q = useInfiniteQuery({
    queryKey: ['cases', filters],
    queryFn: ({ pageParam }) => api.get<Paged<CaseSummary>>('/api/cases', { ...filters, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(draft)) if (v) sp.set(k, v);
    navigate(`/caseload?${sp}`, { replace: true });
  };

  const cases = q.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (k: keyof typeof draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });

  return (
    <Page title={t('caseload.title')}>
      <form onSubmit={apply} className="hearth-inline-form" aria-label={t('caseload.filters')}>
        <SelectField id={`${P}-scope`} label={t('caseload.scope')} value={draft.scope} onChange={set('scope')} options={(['mine', 'unit', 'all'] as const).map((s) => ({ value: s, label: t(`scope.${s}`) }))} />
        <SelectField id={`${P}-status`} label={t('caseload.status')} value={draft.status} onChange={set('status')} placeholder={t('caseload.any')} options={CASE_STATUSES.map((s) => ({ value: s, label: statusLabel(i, s) }))} />
        <SelectField id={`${P}-program`} label={t('caseload.program')} value={draft.program} onChange={set('program')} placeholder={t('caseload.any')} options={PROGRAM_CODES.map((p) => ({ value: p, label: programLabel(i, p) }))} />
        <TextField id={`${P}-q`} label={t('caseload.q')} value={draft.q} onChange={set('q')} enterKeyHint="search" />
        <button type="submit" className="usa-button">
          {t('caseload.apply')}
        </button>
      </form>
      <LiveStatus>{q.isPending ? t('common.loading') : q.isError ? errorMessage(q.error, t) : tp('common.results', cases.length)}</LiveStatus>
      {q.isSuccess && <CaseTable cases={cases} caption={t('caseload.caption')} captionHidden />}
      {q.hasNextPage && (
        <button type="button" className="usa-button usa-button--outline" onClick={() => void q.fetchNextPage()} disabled={q.isFetchingNextPage}>
          {q.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
        </button>
      )}
    </Page>
  );
}
