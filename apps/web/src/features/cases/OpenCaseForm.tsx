import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, isApiError, itemsOf } from '../../api/client';
import type { AdminUnit, CaseDetail, StaffView } from '../../api/types';
import { useT } from '../../i18n';
import { href, navigate } from '../../router';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField } from '../../ui/Field';
import { fieldErrors, fieldId } from '../../ui/fields';
import { useSession } from '../session/session';
import { PROGRAM_CODES, programLabel } from '../labels';

const P = 'opencase';

/**
 * POST /api/cases: opens a case (status intake) for this person in one of the worker's own units.
 * The unit's program is proposed first; the worker is optional (the server assigns the opener when they
 * belong to the unit). On success the new case opens.
 */
export function OpenCaseForm({ personId }: { personId: string }) {
  const i = useT();
  const { t } = i;
  const { user } = useSession();
  const mine = new Set([...(user?.unitIds ?? []), ...(user?.leadUnitIds ?? []), ...(user?.supervisorUnitIds ?? [])]);
  const units = useQuery({ queryKey: ['units'], queryFn: () => api.get<{ items: AdminUnit[] } | AdminUnit[]>('/api/admin/units'), staleTime: 10 * 60_000 });
  const myUnits = itemsOf(units.data).filter((u) => mine.has(u.id));
  const [v, setV] = useState({ unitId: '', programCode: '', assignedWorkerId: '', complexity: '2' });
  const unitId = v.unitId || myUnits[0]?.id || '';
  const unit = myUnits.find((u) => u.id === unitId);
  const programCode = v.programCode || (unit?.programCode && (PROGRAM_CODES as readonly string[]).includes(unit.programCode) ? unit.programCode : 'general_services');
  const staff = useQuery({
    queryKey: ['staff', unitId],
    queryFn: () => api.get<{ items: StaffView[] } | StaffView[]>('/api/staff', { unitId }),
    enabled: Boolean(unitId),
    staleTime: 5 * 60_000,
  });
  const m = useMutation({
    mutationFn: () =>
      api.post<CaseDetail>('/api/cases', {
        programCode,
        unitId,
        primaryPersonId: personId,
        complexity: Number(v.complexity),
        ...(v.assignedWorkerId ? { assignedWorkerId: v.assignedWorkerId } : {}),
      }),
    onSuccess: (c) => navigate(href('case', { id: c.id })),
  });
  const fe = fieldErrors(isApiError(m.error) ? m.error : null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    m.mutate();
  };

  if (units.isPending) return <p role="status">{t('common.loading')}</p>;
  if (myUnits.length === 0) return <p>{t('openCase.noUnits')}</p>;
  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate aria-labelledby={`${P}-heading`}>
      <h3 id={`${P}-heading`}>{t('openCase.title')}</h3>
      <p className="usa-hint">{t('openCase.intro')}</p>
      <ErrorSummary idPrefix={P} error={m.error} />
      <SelectField
        id={fieldId(P, 'unitId')}
        label={t('case.unit')}
        value={unitId}
        onChange={(e) => setV({ ...v, unitId: e.target.value, programCode: '', assignedWorkerId: '' })}
        options={myUnits.map((u) => ({ value: u.id, label: u.name }))}
        error={fe.unitId}
      />
      <SelectField
        id={fieldId(P, 'programCode')}
        label={t('case.program')}
        value={programCode}
        onChange={(e) => setV({ ...v, programCode: e.target.value })}
        options={PROGRAM_CODES.map((p) => ({ value: p, label: programLabel(i, p) }))}
        error={fe.programCode}
      />
      <SelectField
        id={fieldId(P, 'assignedWorkerId')}
        label={t('case.worker')}
        hint={t('openCase.workerHint')}
        optional
        value={v.assignedWorkerId}
        onChange={(e) => setV({ ...v, assignedWorkerId: e.target.value })}
        placeholder={staff.isPending && unitId ? t('common.loading') : t('openCase.workerDefault')}
        options={itemsOf(staff.data).map((s) => ({ value: s.id, label: `${s.displayName} (${s.roleName})` }))}
        error={fe.assignedWorkerId}
      />
      <SelectField
        id={fieldId(P, 'complexity')}
        label={t('case.complexity')}
        hint={t('openCase.complexityHint')}
        value={v.complexity}
        onChange={(e) => setV({ ...v, complexity: e.target.value })}
        options={['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }))}
        error={fe.complexity}
      />
      {fe.primaryPersonId && <p className="usa-error-message">{fe.primaryPersonId}</p>}
      <button type="submit" className="usa-button margin-top-3" disabled={m.isPending}>
        {m.isPending ? t('common.saving') : t('openCase.submit')}
      </button>
    </form>
  );
}
