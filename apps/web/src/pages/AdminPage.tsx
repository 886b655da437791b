import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, itemsOf } from '../api/client';
import type { AdminRoles, AdminUnit } from '../api/types';
import { useT } from '../i18n';
import { RolesPanel } from '../features/admin/RolesPanel';
import { UnitsPanel } from '../features/admin/UnitsPanel';
import { UsersPanel } from '../features/admin/UsersPanel';
import { useSession } from '../features/session/session';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';
import { Tabs } from '../ui/Tabs';

export function AdminPage() {
  const { t } = useT();
  const { can } = useSession();
  const tabs = [
    ...(can('admin.users') ? [{ id: 'users', label: t('admin.users') }] : []),
    { id: 'roles', label: t('admin.roles') },
    ...(can('admin.users') ? [{ id: 'units', label: t('admin.units') }] : []),
  ];
  const [tab, setTab] = useState(tabs[0]!.id);
  const roles = useQuery({ queryKey: ['admin', 'roles'], queryFn: () => api.get<AdminRoles>('/api/admin/roles') });
  const units = useQuery({ queryKey: ['admin', 'units'], queryFn: () => api.get<{ items: AdminUnit[] } | AdminUnit[]>('/api/admin/units'), enabled: can('admin.users') });
  return (
    <Page title={t('admin.title')}>
      <Tabs idPrefix="admin" label={t('admin.title')} tabs={tabs} active={tab} onChange={setTab}>
        <QueryState query={roles}>
          {(r) => (
            <>
              {tab === 'roles' && <RolesPanel data={r} canEdit={can('admin.roles')} />}
              {tab === 'users' && <UsersPanel roles={r.roles} units={itemsOf(units.data)} />}
              {tab === 'units' && <UnitsPanel units={itemsOf(units.data)} />}
            </>
          )}
        </QueryState>
      </Tabs>
    </Page>
  );
}
