import { z } from 'zod';

export const caseIdParams = z.strictObject({ caseId: z.uuid() });
export const noticeIdParams = z.strictObject({ id: z.uuid() });
export { noticeInputSchema as previewBody } from '../domain/notice-input.js';
