import type { FastifyRequest } from 'fastify';
import { DomainError } from '@hearth/kernel';
import type { HttpApp } from '@hearth/platform';
import type { Principal } from '@hearth/identity';
import type { NoticesDeps } from '../ports.js';
import type { Caller } from '../use-cases/caller.js';
import { getNotice, getNoticePdf, listNotices } from '../use-cases/read-notices.js';
import { previewNotice } from '../use-cases/preview-notice.js';
import * as s from './notices.schema.js';

const tags = ['notices'];

function callerOf(request: FastifyRequest): Caller {
  if (!request.principal) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
  return { principal: request.principal as Principal, ip: request.ip };
}

function sendPdf(reply: import('fastify').FastifyReply, bytes: Buffer, fileName: string) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(bytes);
}

/** Notices on a case, a notice's metadata and its PDF (logged reads), and an unsaved preview. */
export function registerNoticeRoutes(app: HttpApp, deps: NoticesDeps) {
  app.get('/api/cases/:caseId/notices', { config: { permission: 'case.read' }, schema: { tags, summary: 'Notices sent on a case, newest first', params: s.caseIdParams } }, async (req) =>
    listNotices(callerOf(req), req.params.caseId, deps),
  );
  app.get('/api/notices/:id', { config: { permission: 'case.read' }, schema: { tags, summary: 'A notice\'s metadata', params: s.noticeIdParams } }, async (req) =>
    getNotice(callerOf(req), req.params.id, deps),
  );
  app.get('/api/notices/:id/pdf', { config: { permission: 'case.read' }, schema: { tags, summary: 'The notice as mailed (tagged PDF)', params: s.noticeIdParams } }, async (req, reply) => {
    const { notice, bytes } = await getNoticePdf(callerOf(req), req.params.id, deps);
    return sendPdf(reply, bytes, `notice-${notice.noticeDate}-${notice.kind}-${notice.language}.pdf`);
  });
  app.post('/api/notices/preview', { config: { permission: 'case.read' }, schema: { tags, summary: 'Render a notice without storing it', body: s.previewBody } }, async (req, reply) =>
    sendPdf(reply, await previewNotice(req.body, deps), 'notice-preview.pdf'),
  );
}
