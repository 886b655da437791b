import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, itemsOf } from '../../api/client';
import type { CaseDetail, ClockTypeView, ClockView } from '../../api/types';
import { useT } from '../../i18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { fieldId } from '../../ui/fields';
import { LiveStatus } from '../../ui/Notice';
import { useSession } from '../session/session';
import { useFormMutation } from './useFormMutation';

const P = 'clock';

/**
 * Starts a regulatory clock (POST /api/cases/:id/clocks) from the date of its start event. Only the clock types
 * of the case's program are offered; the rule, its citation and how days are counted are shown before starting.
 */
export function StartClockForm({ c }: { c: CaseDetail }) {
  const i = useT();
  const { t, date } = i;
  const { today } = useSession();
  const types = useQuery({
    queryKey: ['clock-types', c.programCode],
    queryFn: () => api.get<{ items: ClockTypeView[] } | ClockTypeView[]>('/api/clock-types', { program: c.programCode }),
    staleTime: 10 * 60_000,
  });
  const running = new Set((c.clocks ?? []).filter((k) => k.status === 'running' || k.status === 'paused').map((k) => k.typeCode));
  const available = itemsOf(types.data).filter((d) => !running.has(d.code));
  const [v, setV] = useState({ typeCode: '', startedOn: today });
  const typeCode = v.typeCode || available[0]?.code || '';
  const def = available.find((d) => d.code === typeCode);
  const m = useFormMutation(() => api.post<ClockView>(`/api/cases/${encodeURIComponent(c.id)}/clocks`, { typeCode, startedOn: v.startedOn }), {
    invalidate: [['case', c.id], ['worklist'], ['timeline', c.id]],
    success: (k) => t('clock.started', { name: k.name, date: date(k.dueOn) }),
    onSuccess: () => setV({ typeCode: '', startedOn: today }),
  });

  if (types.isPending) return <p role="status">{t('common.loading')}</p>;
  if (itemsOf(types.data).length === 0) return <p>{t('clock.noneForProgram')}</p>;
  return (
    <form className="usa-form usa-form--large" onSubmit={(e) => { e.preventDefault(); m.mutate(undefined); }} noValidate aria-labelledby={`${P}-heading`}>
      <h3 id={`${P}-heading`}>{t('clock.start')}</h3>
      <ErrorSummary idPrefix={P} error={m.error} />
      {available.length === 0 ? (
        <p>{t('clock.allRunning')}</p>
      ) : (
        <>
          <SelectField
            id={fieldId(P, 'typeCode')}
            label={t('clock.type')}
            value={typeCode}
            onChange={(e) => setV({ ...v, typeCode: e.target.value })}
            options={available.map((d) => ({ value: d.code, label: d.name }))}
            error={m.fieldErrors.typeCode}
          />
          {def && (
            <dl className="hearth-dl margin-top-1 font-sans-2xs" aria-label={t('clock.about')}>
              <dt>{t('clock.startEvent')}</dt>
              <dd>{def.startEvent}</dd>
              <dt>{t('clock.length')}</dt>
              <dd>{t(def.unit === 'working' ? 'clock.workingDays' : 'clock.calendarDays', { count: def.length })} — {def.countingRule}</dd>
              <dt>{t('clock.citation')}</dt>
              <dd>{def.citation}</dd>
            </dl>
          )}
          <TextField
            id={fieldId(P, 'startedOn')}
            label={t('clock.startedOn')}
            hint={t('clock.startedOnHint')}
            type="date"
            max={today}
            value={v.startedOn}
            onChange={(e) => setV({ ...v, startedOn: e.target.value })}
            error={m.fieldErrors.startedOn}
          />
          <button type="submit" className="usa-button margin-top-3" disabled={m.isPending || !typeCode}>
            {m.isPending ? t('common.saving') : t('clock.start')}
          </button>
        </>
      )}
      <LiveStatus>{m.message}</LiveStatus>
    </form>
  );
}
