import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, itemsOf } from '../../api/client';
import type { CaseDetail, DocumentView, NoteTemplate, NoteView, TimelineEntry } from '../../api/types';
import { useT } from '../../i18n';
import { href, Link } from '../../router';
import { DataTable } from '../../ui/DataTable';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextareaField, TextField } from '../../ui/Field';
import { fieldId } from '../../ui/fields';
import { LiveStatus } from '../../ui/Notice';
import { QueryState } from '../../ui/QueryState';
import { useSession } from '../session/session';
import { ClockTable } from '../worklist/ClockTable';
import { TaskTable } from '../worklist/TaskTable';
import { CONTACT_TYPES, DOCUMENT_TYPES, PARTICIPANT_ROLES, contactLabel, docTypeLabel, roleLabel } from '../labels';
import { useFormMutation } from './useFormMutation';
import { StartClockForm } from './StartClockForm';
import { AsOfDateForm } from './AsOfDateForm';
import { PersonPicker, type PickedPerson } from '../people/PersonPicker';

const enc = encodeURIComponent;

export function ParticipantsSection({ c }: { c: CaseDetail }) {
  const i = useT();
  const { t } = i;
  const { can } = useSession();
  const P = 'participant';
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [role, setRole] = useState('household_member');
  const [local, setLocal] = useState<string | null>(null);
  const m = useFormMutation(() => api.post<unknown>(`/api/cases/${enc(c.id)}/participants`, { personId: person!.id, role }), {
    invalidate: [['case', c.id]],
    success: () => t('case.participants.added', { name: person?.name ?? '' }),
    onSuccess: () => {
      setPerson(null);
      setRole('household_member');
    },
  });
  const submit = () => {
    if (!person) {
      setLocal(t('case.participants.choosePerson'));
      return;
    }
    setLocal(null);
    m.mutate(undefined);
  };
  return (
    <>
      <DataTable
        caption={t('case.tab.participants')}
        captionHidden
        rows={(c.participants ?? []).filter((p) => !p.endedOn)}
        rowKey={(p) => p.personId + p.role}
        empty={t('case.participants.empty')}
        columns={[
          { key: 'name', header: t('case.participants.name'), rowHeader: true, render: (p) => <Link to={href('person', { id: p.personId })}>{p.name ?? p.personId}</Link> },
          { key: 'role', header: t('case.participants.role'), render: (p) => roleLabel(i, p.role) },
        ]}
      />
      {can('case.write') && (
        <form className="usa-form usa-form--large" onSubmit={(e) => { e.preventDefault(); submit(); }} noValidate aria-labelledby={`${P}-heading`}>
          <h3 id={`${P}-heading`}>{t('case.participants.add')}</h3>
          <ErrorSummary idPrefix={P} error={local ? null : m.error} items={local ? [{ targetId: fieldId(P, 'personId'), message: local }] : []} />
          <PersonPicker id={fieldId(P, 'personId')} label={t('case.participants.person')} value={person} onChange={(p) => { setPerson(p); setLocal(null); }} error={local ?? m.fieldErrors.personId} />
          <SelectField id={fieldId(P, 'role')} label={t('case.participants.role')} value={role} onChange={(e) => setRole(e.target.value)} options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: roleLabel(i, r) }))} error={m.fieldErrors.role} />
          <button type="submit" className="usa-button margin-top-3" disabled={m.isPending}>{t('case.participants.add')}</button>
          <LiveStatus>{m.message}</LiveStatus>
        </form>
      )}
    </>
  );
}

export function NotesSection({ c }: { c: CaseDetail }) {
  const i = useT();
  const { t, date, dateTime } = i;
  const { can, today } = useSession();
  const P = 'note';
  const notes = useQuery({ queryKey: ['notes', c.id], queryFn: () => api.get<{ items: NoteView[] } | NoteView[]>(`/api/cases/${enc(c.id)}/notes`) });
  const templates = useQuery({ queryKey: ['note-templates'], queryFn: () => api.get<{ items: NoteTemplate[] } | NoteTemplate[]>('/api/note-templates'), enabled: can('case.write'), staleTime: 10 * 60_000 });
  const blank = { templateCode: '', contactType: 'phone', contactOn: today, subject: '', narrative: '' };
  const [v, setV] = useState(blank);
  const m = useFormMutation(
    () =>
      api.post<unknown>(`/api/cases/${enc(c.id)}/notes`, {
        contactType: v.contactType,
        contactOn: v.contactOn,
        narrative: v.narrative,
        ...(v.subject.trim() ? { subject: v.subject.trim() } : {}),
        ...(v.templateCode ? { templateCode: v.templateCode } : {}),
      }),
    { invalidate: [['notes', c.id], ['timeline', c.id]], success: () => t('case.notes.saved'), onSuccess: () => setV({ ...blank, contactOn: today }) },
  );
  const tpl = itemsOf(templates.data).filter((x) => x.programCodes === 'all' || x.programCodes.includes(c.programCode));
  const pickTemplate = (code: string) => {
    const found = tpl.find((x) => x.code === code);
    setV({ ...v, templateCode: code, contactType: found?.contactType ?? v.contactType, narrative: v.narrative.trim() ? v.narrative : (found?.narrative ?? '') });
  };
  return (
    <>
      <QueryState query={notes}>
        {(d) =>
          itemsOf(d).length === 0 ? (
            <p>{t('case.notes.empty')}</p>
          ) : (
            <ol className="usa-list usa-list--unstyled">
              {itemsOf(d).map((n) => (
                <li key={n.id} className="hearth-card">
                  <h3 className="margin-y-0 font-sans-sm">
                    {contactLabel(i, n.contactType)} · {date(n.contactOn)}
                    {n.subject ? ` · ${n.subject}` : ''}
                  </h3>
                  <p className="margin-top-05 text-base-dark font-sans-2xs">{t('case.notes.by', { name: n.authorName ?? t('common.unknown'), date: dateTime(n.createdAt) })}</p>
                  <p className="margin-bottom-0" style={{ whiteSpace: 'pre-wrap' }}>{n.narrative}</p>
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
      {can('case.write') && (
        <form className="usa-form usa-form--large" onSubmit={(e) => { e.preventDefault(); m.mutate(undefined); }} noValidate aria-labelledby={`${P}-heading`}>
          <h3 id={`${P}-heading`}>{t('case.notes.add')}</h3>
          <ErrorSummary idPrefix={P} error={m.error} />
          {tpl.length > 0 && (
            <SelectField id={fieldId(P, 'templateCode')} label={t('case.notes.template')} hint={t('case.notes.templateHint')} optional value={v.templateCode} onChange={(e) => pickTemplate(e.target.value)} placeholder={t('case.notes.noTemplate')} options={tpl.map((x) => ({ value: x.code, label: x.name }))} error={m.fieldErrors.templateCode} />
          )}
          <SelectField id={fieldId(P, 'contactType')} label={t('case.notes.contactType')} value={v.contactType} onChange={(e) => setV({ ...v, contactType: e.target.value })} options={CONTACT_TYPES.map((x) => ({ value: x, label: contactLabel(i, x) }))} error={m.fieldErrors.contactType} />
          <TextField id={fieldId(P, 'contactOn')} label={t('case.notes.contactOn')} type="date" max={today} value={v.contactOn} onChange={(e) => setV({ ...v, contactOn: e.target.value })} error={m.fieldErrors.contactOn} />
          <TextField id={fieldId(P, 'subject')} label={t('case.notes.subject')} optional value={v.subject} onChange={(e) => setV({ ...v, subject: e.target.value })} error={m.fieldErrors.subject} maxLength={200} />
          <TextareaField id={fieldId(P, 'narrative')} label={t('case.notes.body')} value={v.narrative} onChange={(e) => setV({ ...v, narrative: e.target.value })} rows={8} error={m.fieldErrors.narrative} />
          <button type="submit" className="usa-button margin-top-3" disabled={m.isPending}>{t('common.save')}</button>
          <LiveStatus>{m.message}</LiveStatus>
        </form>
      )}
    </>
  );
}

export function DocumentsSection({ c }: { c: CaseDetail }) {
  const i = useT();
  const { t, dateTime, num } = i;
  const { can } = useSession();
  const P = 'document';
  const fileRef = useRef<HTMLInputElement>(null);
  const [type, setType] = useState<string>('pay_stub');
  const [description, setDescription] = useState('');
  const docs = useQuery({ queryKey: ['documents', c.id], queryFn: () => api.get<{ items: DocumentView[] } | DocumentView[]>(`/api/cases/${enc(c.id)}/documents`) });
  const m = useFormMutation(
    () => {
      const form = new FormData();
      form.set('type', type);
      if (description.trim()) form.set('description', description.trim());
      const f = fileRef.current?.files?.[0];
      if (f) form.set('file', f);
      return api.upload<unknown>(`/api/cases/${enc(c.id)}/documents`, form);
    },
    { invalidate: [['documents', c.id], ['timeline', c.id]], success: () => t('case.docs.uploaded'), onSuccess: () => { if (fileRef.current) fileRef.current.value = ''; setDescription(''); } },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    m.mutate(undefined);
  };
  return (
    <>
      <QueryState query={docs}>
        {(d) => (
          <DataTable
            caption={t('case.tab.documents')}
            captionHidden
            rows={itemsOf(d)}
            rowKey={(x) => x.id}
            empty={t('case.docs.empty')}
            columns={[
              { key: 'name', header: t('case.docs.name'), rowHeader: true, render: (x) => <><a href={`/api/documents/${enc(x.id)}/content`} download={x.fileName}>{x.fileName}</a>{x.description && <div className="font-sans-2xs text-normal text-base-darkest">{x.description}</div>}</> },
              { key: 'type', header: t('case.docs.type'), render: (x) => docTypeLabel(i, x.type) },
              { key: 'at', header: t('case.docs.uploadedAt'), render: (x) => dateTime(x.uploadedAt) },
              { key: 'size', header: t('case.docs.size'), align: 'right', render: (x) => (x.sizeBytes ? `${num(Math.max(1, x.sizeBytes / 1024), 0)} KB` : '—') },
            ]}
          />
        )}
      </QueryState>
      {can('case.write') && (
        <form className="usa-form usa-form--large" onSubmit={submit} noValidate aria-labelledby={`${P}-heading`} encType="multipart/form-data">
          <h3 id={`${P}-heading`}>{t('case.docs.upload')}</h3>
          <ErrorSummary idPrefix={P} error={m.error} />
          <SelectField id={fieldId(P, 'type')} label={t('case.docs.type')} value={type} onChange={(e) => setType(e.target.value)} options={DOCUMENT_TYPES.map((d) => ({ value: d, label: docTypeLabel(i, d) }))} error={m.fieldErrors.type} />
          <div className={`usa-form-group${m.fieldErrors.file ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor={fieldId(P, 'file')}>{t('case.docs.file')}</label>
            {m.fieldErrors.file && <span className="usa-error-message" id={`${fieldId(P, 'file')}-error`}>{m.fieldErrors.file}</span>}
            <input ref={fileRef} className="usa-file-input" type="file" id={fieldId(P, 'file')} name="file" aria-describedby={m.fieldErrors.file ? `${fieldId(P, 'file')}-error` : undefined} />
          </div>
          <TextField id={fieldId(P, 'description')} label={t('case.docs.description')} optional value={description} onChange={(e) => setDescription(e.target.value)} error={m.fieldErrors.description} />
          <button type="submit" className="usa-button margin-top-3" disabled={m.isPending}>{t('case.docs.upload')}</button>
          <LiveStatus>{m.message}</LiveStatus>
        </form>
      )}
    </>
  );
}

export function TasksSection({ c }: { c: CaseDetail }) {
  const { t } = useT();
  const { can } = useSession();
  const P = 'task';
  const [v, setV] = useState({ title: '', dueOn: '' });
  const m = useFormMutation(() => api.post<unknown>(`/api/cases/${enc(c.id)}/tasks`, { title: v.title, ...(v.dueOn ? { dueOn: v.dueOn } : {}) }), {
    invalidate: [['case', c.id], ['worklist'], ['timeline', c.id]],
    success: () => t('case.tasks.added'),
    onSuccess: () => setV({ title: '', dueOn: '' }),
  });
  return (
    <>
      <h3>{t('case.tab.tasks')}</h3>
      <TaskTable tasks={c.openTasks ?? []} showCase={false} canComplete={can('task.write')} />
      <h3>{t('case.clocks')}</h3>
      <ClockTable clocks={c.clocks ?? []} showCase={false} canChange={can('task.write')} />
      {can('task.write') && c.status !== 'closed' && <StartClockForm c={c} />}
      {can('task.write') && (
        <form className="usa-form usa-form--large" onSubmit={(e) => { e.preventDefault(); m.mutate(undefined); }} noValidate aria-labelledby={`${P}-heading`}>
          <h3 id={`${P}-heading`}>{t('case.tasks.add')}</h3>
          <ErrorSummary idPrefix={P} error={m.error} />
          <TextField id={fieldId(P, 'title')} label={t('case.tasks.title')} value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} error={m.fieldErrors.title} />
          <TextField id={fieldId(P, 'dueOn')} label={t('case.tasks.dueOn')} type="date" optional value={v.dueOn} onChange={(e) => setV({ ...v, dueOn: e.target.value })} error={m.fieldErrors.dueOn} />
          <button type="submit" className="usa-button margin-top-3" disabled={m.isPending}>{t('case.tasks.add')}</button>
          <LiveStatus>{m.message}</LiveStatus>
        </form>
      )}
    </>
  );
}

export function TimelineSection({ c }: { c: CaseDetail }) {
  const { t, date, dateTime } = useT();
  const { today } = useSession();
  const q = useQuery({ queryKey: ['timeline', c.id], queryFn: () => api.get<{ items: TimelineEntry[] } | TimelineEntry[]>(`/api/cases/${enc(c.id)}/timeline`) });
  return (
    <>
      <AsOfDateForm caseId={c.id} initial={today} headingLevel={3} />
      <QueryState query={q}>
        {(d) => (
          <DataTable
            caption={t('case.timeline.caption')}
            rows={itemsOf(d)}
            rowKey={(e) => e.at + e.kind + e.summary + (e.actorName ?? '')}
            empty={t('case.timeline.empty')}
            columns={[
              { key: 'at', header: t('case.timeline.when'), render: (e) => (e.at.length === 10 ? date(e.at) : dateTime(e.at)) },
              { key: 'what', header: t('case.timeline.what'), rowHeader: true, render: (e) => <>{e.summary}{e.reason && <div className="font-sans-2xs text-normal text-base-darkest">{t('audit.reason')}: {e.reason}</div>}</> },
              { key: 'who', header: t('case.timeline.who'), render: (e) => e.actorName ?? '—' },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
