import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { AdminRole } from '../../api/types';
import { useT } from '../../i18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField } from '../../ui/Field';
import { LiveStatus } from '../../ui/Notice';
import { useFormMutation } from '../cases/useFormMutation';

/** Known permission codes (modules/identity/domain/roles.ts); any others a role holds are listed too. */
export const KNOWN_PERMISSIONS = [
  'person.read', 'person.write', 'case.read', 'case.write', 'case.finalize', 'case.assign', 'workload.balance', 'review.decide',
  'override.approve', 'breakglass.review', 'task.write', 'audit.read', 'jobs.read', 'jobs.run', 'admin.users', 'admin.roles',
];

export function RolesPanel({ roles, canEdit }: { roles: AdminRole[]; canEdit: boolean }) {
  const { t } = useT();
  const [code, setCode] = useState(roles[0]?.code ?? '');
  const role = roles.find((r) => r.code === code);
  const [perms, setPerms] = useState<string[]>(role?.permissions ?? []);
  useEffect(() => setPerms(role?.permissions ?? []), [role]);
  const all = [...new Set([...KNOWN_PERMISSIONS, ...roles.flatMap((r) => r.permissions)])];
  const save = useFormMutation(() => api.put<unknown>(`/api/admin/roles/${encodeURIComponent(code)}/permissions`, { permissions: perms }), {
    invalidate: [['admin', 'roles']],
    success: () => t('admin.permissionsSaved', { role: role?.name ?? code }),
  });
  if (!role) return <p>{t('common.none')}</p>;
  return (
    <form className="usa-form usa-form--large" onSubmit={(e) => { e.preventDefault(); save.mutate(undefined); }} noValidate>
      <SelectField id="role-code" label={t('admin.role')} value={code} onChange={(e) => setCode(e.target.value)} options={roles.map((r) => ({ value: r.code, label: r.name }))} />
      <ErrorSummary idPrefix="role" error={save.error} />
      <fieldset className="usa-fieldset margin-top-2" id="role-permissions" tabIndex={-1}>
        <legend className="usa-legend">{t('admin.permissions', { role: role.name })}</legend>
        {all.map((p) => (
          <div className="usa-checkbox" key={p}>
            <input className="usa-checkbox__input" type="checkbox" id={`perm-${p}`} disabled={!canEdit} checked={perms.includes(p)} onChange={(e) => setPerms(e.target.checked ? [...perms, p] : perms.filter((x) => x !== p))} />
            <label className="usa-checkbox__label" htmlFor={`perm-${p}`}>
              <code>{p}</code>
            </label>
          </div>
        ))}
      </fieldset>
      {canEdit && (
        <button type="submit" className="usa-button margin-top-3" disabled={save.isPending}>
          {t('admin.savePermissions')}
        </button>
      )}
      <LiveStatus>{save.message}</LiveStatus>
    </form>
  );
}
