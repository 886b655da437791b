import { z } from 'zod';
import { DomainError, isDateOnly } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { CONTACT_TYPES, findTemplate } from '../domain/note-templates.js';
import { parseInput } from '../domain/validation.js';
import { caseRepo } from '../adapters/case.repo.js';
import { noteRepo } from '../adapters/work.repo.js';
import type { CasesDeps } from '../ports.js';
import { openCase } from './support/case-access.js';
import { actorFor, record, type Caller } from './support/caller.js';
import { noteViews } from './support/note-views.js';

export const dateString = z.string().refine(isDateOnly, 'must be a date YYYY-MM-DD');

export const addNoteInput = z.strictObject({
  contactType: z.enum(CONTACT_TYPES),
  contactOn: dateString,
  participantIds: z.array(z.uuid()).max(50).default([]),
  subject: z.string().trim().max(200).optional(),
  narrative: z.string().trim().min(1, 'write the narrative').max(20_000),
  templateCode: z.string().max(60).optional(),
});
export type AddNoteInput = z.input<typeof addNoteInput>;

/** Adds a contact-log entry. Participants must be people on the case; the contact cannot be in the future. */
export async function addNote(caller: Caller, caseId: string, raw: AddNoteInput, deps: Pick<CasesDeps, 'database' | 'clock' | 'staff' | 'people'>) {
  const input = parseInput(addNoteInput, raw);
  const problems: Array<{ path: string; message: string }> = [];
  if (input.contactOn > deps.clock.today()) problems.push({ path: 'contactOn', message: 'cannot be in the future' });
  if (input.templateCode && !findTemplate(input.templateCode)) problems.push({ path: 'templateCode', message: 'no such template' });
  if (problems.length) throw new DomainError('VALIDATION', 'The request is not valid', problems);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { row } = await openCase(uow.tx, caller.principal, caseId, deps.clock.now());
    const onCase = new Set((await caseRepo.participants(uow.tx, caseId)).map((p) => p.personId));
    const bad = input.participantIds.map((id, i) => ({ id, i })).filter(({ id }) => !onCase.has(id));
    if (bad.length) throw new DomainError('VALIDATION', 'The request is not valid', bad.map(({ i }) => ({ path: `participantIds.${i}`, message: 'not a participant of this case' })));
    const note = await noteRepo.insert(uow.tx, {
      caseId,
      contactType: input.contactType,
      contactOn: input.contactOn,
      participantIds: [...new Set(input.participantIds)],
      subject: input.subject ?? null,
      narrative: input.narrative,
      templateCode: input.templateCode ?? null,
      authorId: caller.principal.userId,
    });
    record(uow, { action: 'note.added', entityType: 'case_note', row: note, caseId, personId: row.primaryPersonId });
    const [view] = await noteViews(uow.tx, deps, [note]);
    return view!;
  });
}
