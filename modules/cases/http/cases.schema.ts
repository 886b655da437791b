import { z } from 'zod';

/** Route parameter and query schemas; bodies reuse the use cases' own input schemas (one definition each). */
export const idParams = z.strictObject({ id: z.uuid() });
export const asOfQuery = z.strictObject({ date: z.string() });
export const reviewsQuery = z.strictObject({ scope: z.enum(['queue', 'mine']).optional() });
export const workloadQuery = z.strictObject({ unitId: z.uuid() });
export const suggestQuery = z.strictObject({ caseId: z.uuid() });
export const clockTypesQuery = z.strictObject({ program: z.string().max(40).optional() });

export { createCaseInput } from '../use-cases/create-case.js';
export { listCasesInput } from '../use-cases/list-cases.js';
export { changeStatusInput } from '../use-cases/change-case-status.js';
export { addParticipantInput } from '../use-cases/add-participant.js';
export { breakGlassInput } from '../use-cases/break-glass.js';
export { finalizingActionInput } from '../use-cases/submit-finalizing-action.js';
export { overrideInput } from '../use-cases/record-override.js';
export { setConfidentialityInput } from '../use-cases/set-confidentiality.js';
export { assignCaseInput } from '../use-cases/assign-case.js';
export { addNoteInput } from '../use-cases/add-note.js';
export { createTaskInput, completeTaskInput } from '../use-cases/create-task.js';
export { startClockInput, pauseClockInput, resumeClockInput, completeClockInput } from '../use-cases/manage-clock.js';
export { approveReviewInput, returnReviewInput } from '../use-cases/decide-review.js';
export { reassignCasesInput } from '../use-cases/reassign-cases.js';
