import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, itemsOf } from '../../api/client';
import type { AdminRole, AdminUnit, AdminUser } from '../../api/types';
import { useT } from '../../i18n';
import { DataTable } from '../../ui/DataTable';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { fieldId } from '../../ui/fields';
import { LiveStatus } from '../../ui/Notice';
import { QueryState } from '../../ui/QueryState';
import { useFormMutation } from '../cases/useFormMutation';

const P = 'user';
const blank = { username: '', displayName: '', roleCode: '', password: '', unitIds: [] as string[], membership: 'member' as 'member' | 'lead' | 'supervisor' };

export function UsersPanel({ roles, units }: { roles: AdminRole[]; units: AdminUnit[] }) {
  const { t } = useT();
  const users = useQuery({ queryKey: ['admin', 'users'], queryFn: () => api.get<{ items: AdminUser[] } | AdminUser[]>('/api/admin/users') });
  const [v, setV] = useState(blank);
  const create = useFormMutation(
    () =>
      api.post<AdminUser>('/api/admin/users', {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        roleCode: v.roleCode,
        units: v.unitIds.map((unitId) => ({ unitId, membership: v.membership })),
        ...(v.password ? { password: v.password } : {}),
      }), { invalidate: [['admin', 'users']], success: () => t('admin.userAdded'), onSuccess: () => setV(blank) });
  const unlock = useFormMutation((id: string) => api.post<unknown>(`/api/admin/users/${encodeURIComponent(id)}/unlock`), { invalidate: [['admin', 'users']], success: () => t('admin.unlocked') });
  const roleName = (code: string) => roles.find((r) => r.code === code)?.name ?? code;
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(undefined);
  };
  return (
    <>
      <LiveStatus>{unlock.message || (unlock.error ? String((unlock.error as Error).message) : '')}</LiveStatus>
      <QueryState query={users}>
        {(d) => (
          <DataTable
            caption={t('admin.users')}
            captionHidden
            rows={itemsOf(d)}
            rowKey={(u) => u.id}
            empty={t('common.none')}
            columns={[
              { key: 'name', header: t('admin.displayName'), rowHeader: true, render: (u) => u.displayName },
              { key: 'username', header: t('admin.username'), render: (u) => u.username },
              { key: 'role', header: t('admin.role'), render: (u) => u.roleName ?? roleName(u.roleCode) },
              { key: 'units', header: t('admin.unitList'), render: (u) => u.units.map((x) => `${unitName(x.unitId)}${x.membership !== 'member' ? ` (${t(`admin.membership.${x.membership}`)})` : ''}`).join(', ') || '—' },
              { key: 'state', header: t('admin.state'), render: (u) => (u.locked ? t('admin.locked') : u.active === false ? t('admin.inactive') : t('admin.active')) },
              {
                key: 'act',
                header: t('common.actions'),
                render: (u) =>
                  u.locked ? (
                    <button type="button" className="usa-button usa-button--outline usa-button--small" onClick={() => unlock.mutate(u.id)} aria-label={`${t('admin.unlock')}: ${u.displayName}`}>
                      {t('admin.unlock')}
                    </button>
                  ) : null,
              },
            ]}
          />
        )}
      </QueryState>
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate aria-labelledby={`${P}-heading`}>
        <h3 id={`${P}-heading`}>{t('admin.addUser')}</h3>
        <ErrorSummary idPrefix={P} error={create.error} />
        <TextField id={fieldId(P, 'username')} label={t('admin.username')} value={v.username} onChange={(e) => setV({ ...v, username: e.target.value })} error={create.fieldErrors.username} autoComplete="off" />
        <TextField id={fieldId(P, 'displayName')} label={t('admin.displayName')} value={v.displayName} onChange={(e) => setV({ ...v, displayName: e.target.value })} error={create.fieldErrors.displayName} autoComplete="off" />
        <SelectField id={fieldId(P, 'roleCode')} label={t('admin.role')} value={v.roleCode} onChange={(e) => setV({ ...v, roleCode: e.target.value })} placeholder={t('workload.choose')} options={roles.map((r) => ({ value: r.code, label: r.name }))} error={create.fieldErrors.roleCode} />
        <fieldset className="usa-fieldset margin-top-2" id={fieldId(P, 'units')} tabIndex={-1}>
          <legend className="usa-legend">{t('admin.unitList')}</legend>
          {create.fieldErrors.units && <span className="usa-error-message">{create.fieldErrors.units}</span>}
          {units.map((u) => (
            <div className="usa-checkbox" key={u.id}>
              <input
                className="usa-checkbox__input"
                type="checkbox"
                id={`${P}-unit-${u.id}`}
                checked={v.unitIds.includes(u.id)}
                onChange={(e) => setV({ ...v, unitIds: e.target.checked ? [...v.unitIds, u.id] : v.unitIds.filter((x) => x !== u.id) })}
              />
              <label className="usa-checkbox__label" htmlFor={`${P}-unit-${u.id}`}>
                {u.name}
              </label>
            </div>
          ))}
        </fieldset>
        <SelectField id={fieldId(P, 'membership')} label={t('admin.membership')} value={v.membership} onChange={(e) => setV({ ...v, membership: e.target.value as typeof v.membership })} options={(['member', 'lead', 'supervisor'] as const).map((m) => ({ value: m, label: t(`admin.membership.${m}`) }))} />
        <TextField id={fieldId(P, 'password')} hint={t('admin.passwordHint')} optional label={t('admin.password')} type="password" autoComplete="new-password" value={v.password} onChange={(e) => setV({ ...v, password: e.target.value })} error={create.fieldErrors.password} />
        <button type="submit" className="usa-button margin-top-3" disabled={create.isPending}>
          {t('admin.addUser')}
        </button>
        <LiveStatus>{create.message}</LiveStatus>
      </form>
    </>
  );
}
