import { useState } from 'react';
import { api } from '../../api/client';
import type { AdminUnit } from '../../api/types';
import { useT } from '../../i18n';
import { DataTable } from '../../ui/DataTable';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { fieldId } from '../../ui/fields';
import { LiveStatus } from '../../ui/Notice';
import { useFormMutation } from '../cases/useFormMutation';

const P = 'unit';

export function UnitsPanel({ units }: { units: AdminUnit[] }) {
  const { t } = useT();
  const [v, setV] = useState({ name: '', code: '' });
  const m = useFormMutation(() => api.post<AdminUnit>('/api/admin/units', { name: v.name.trim(), code: v.code.trim() }), {
    invalidate: [['admin', 'units']],
    success: () => t('admin.unitAdded'),
    onSuccess: () => setV({ name: '', code: '' }),
  });
  return (
    <>
      <DataTable
        caption={t('admin.units')}
        captionHidden
        rows={units}
        rowKey={(u) => u.id}
        empty={t('common.none')}
        columns={[
          { key: 'name', header: t('admin.unitName'), rowHeader: true, render: (u) => u.name },
          { key: 'code', header: t('admin.unitCode'), render: (u) => u.code ?? '—' },
          { key: 'members', header: t('admin.members'), align: 'right', render: (u) => (u.memberCount ?? '—') },
        ]}
      />
      <form className="usa-form usa-form--large" onSubmit={(e) => { e.preventDefault(); m.mutate(undefined); }} noValidate aria-labelledby={`${P}-heading`}>
        <h3 id={`${P}-heading`}>{t('admin.addUnit')}</h3>
        <ErrorSummary idPrefix={P} error={m.error} />
        <TextField id={fieldId(P, 'name')} label={t('admin.unitName')} value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} error={m.fieldErrors.name} />
        <TextField id={fieldId(P, 'code')} label={t('admin.unitCode')} hint={t('admin.unitCodeHint')} value={v.code} onChange={(e) => setV({ ...v, code: e.target.value })} error={m.fieldErrors.code} />
        <button type="submit" className="usa-button margin-top-3" disabled={m.isPending}>
          {t('admin.addUnit')}
        </button>
        <LiveStatus>{m.message}</LiveStatus>
      </form>
    </>
  );
}
