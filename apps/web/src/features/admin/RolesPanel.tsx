import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { AdminRoles } from '../../api/types';
import { useT } from '../../i18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField } from '../../ui/Field';
import { LiveStatus } from '../../ui/Notice';
import { useFormMutation } from '../cases/useFormMutation';

export function RolesPanel({ data, canEdit }: { data: AdminRoles; canEdit: boolean }) {
  const roles = data.roles;
  const { t } = useT();
  const [code, setCode] = useState(roles[0]?.code ?? '');
  const role = roles.find((r) => r.code === code);
  const [perms, setPerms] = useState<string[]>(role?.permissions ?? []);
  useEffect(() => setPerms(role?.permissions ?? []), [role]);
  const described = new Map(data.permissions.map((p) => [p.code, p.description]));
  const all = [...new Set([...data.permissions.map((p) => p.code), ...roles.flatMap((r) => r.permissions)])];
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
              {described.get(p) && <span className="display-block usa-checkbox__label-description">{described.get(p)}</span>}
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
