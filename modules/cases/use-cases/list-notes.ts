import { inTransaction } from '@hearth/platform';
import { noteRepo } from '../adapters/work.repo.js';
import type { CasesDeps } from '../ports.js';
import { readCase } from './support/case-access.js';
import { actorFor, type Caller } from './support/caller.js';
import { noteViews } from './support/note-views.js';

/** The case's contact log, newest contact first (a logged read). */
export async function listNotes(caller: Caller, caseId: string, deps: Pick<CasesDeps, 'database' | 'clock' | 'staff' | 'people'>) {
  const actor = actorFor(caller);
  return inTransaction(deps.database, actor, async (uow) => {
    await readCase(uow.tx, actor, caller.principal, caseId, deps.clock.now(), 'case_notes');
    return { items: await noteViews(uow.tx, deps, await noteRepo.forCase(uow.tx, caseId)) };
  });
}
