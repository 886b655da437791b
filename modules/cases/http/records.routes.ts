import multipart from '@fastify/multipart';
import { DomainError } from '@hearth/kernel';
import type { HttpApp } from '@hearth/platform';
import type { CasesDeps } from '../ports.js';
import * as s from './cases.schema.js';
import { callerOf } from './caller.js';
import { uploadDocument, listDocuments, getDocumentContent } from '../use-cases/upload-document.js';
import { createTask, completeTask } from '../use-cases/create-task.js';
import { startClock, pauseClock, resumeClock, completeClock } from '../use-cases/manage-clock.js';
import { getWorklist } from '../use-cases/get-worklist.js';

const tags = ['case records'];

/** Documents (multipart upload, content by id), tasks, clocks and the worklist. */
export async function registerRecordRoutes(app: HttpApp, deps: CasesDeps) {
  await app.register(async (scope: HttpApp) => {
    if (!scope.hasRequestDecorator('parts')) {
      await scope.register(multipart, { limits: { fileSize: deps.maxUploadBytes, files: 1, fields: 10, fieldSize: 10_000 } });
    }

    scope.post('/api/cases/:id/documents', { config: { permission: 'case.write' }, schema: { tags, params: s.idParams, consumes: ['multipart/form-data'] } }, async (req, reply) => {
      if (!req.isMultipart()) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the document as multipart/form-data with a file and its type');
      const fields: Record<string, string> = {};
      let file: { fileName: string; mediaType: string; bytes: Buffer } | null = null;
      try {
        for await (const part of req.parts()) {
          if (part.type === 'file') file = { fileName: part.filename, mediaType: part.mimetype, bytes: await part.toBuffer() };
          else fields[part.fieldname] = String(part.value);
        }
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new DomainError('PAYLOAD_TOO_LARGE', `The file is larger than ${Math.floor(deps.maxUploadBytes / 1024 / 1024)} MB`, [{ path: 'file', message: 'too large' }]);
        }
        throw err;
      }
      if (!file) throw new DomainError('VALIDATION', 'The request is not valid', [{ path: 'file', message: 'attach a file' }]);
      const doc = await uploadDocument(
        callerOf(req),
        req.params.id,
        { type: fields.type ?? '', fileName: file.fileName, mediaType: file.mediaType, ...(fields.description ? { description: fields.description } : {}) },
        file.bytes,
        deps,
      );
      return reply.status(201).send(doc);
    });
  });

  app.get('/api/cases/:id/documents', { config: { permission: 'case.read' }, schema: { tags, params: s.idParams } }, async (req) => listDocuments(callerOf(req), req.params.id, deps));

  app.get('/api/documents/:id/content', { config: { permission: 'case.read' }, schema: { tags, params: s.idParams } }, async (req, reply) => {
    const { document, bytes } = await getDocumentContent(callerOf(req), req.params.id, deps);
    return reply
      .header('content-type', document.mediaType)
      .header('content-disposition', `attachment; filename="${document.fileName.replace(/"/g, '')}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(bytes);
  });

  app.post('/api/cases/:id/tasks', { config: { permission: 'task.write' }, schema: { tags, params: s.idParams, body: s.createTaskInput } }, async (req, reply) =>
    reply.status(201).send(await createTask(callerOf(req), req.params.id, req.body, deps)),
  );
  app.post('/api/tasks/:id/complete', { config: { permission: 'task.write' }, schema: { tags, params: s.idParams, body: s.completeTaskInput.optional() } }, async (req) =>
    completeTask(callerOf(req), req.params.id, req.body ?? {}, deps),
  );

  app.get('/api/clock-types', { config: { permission: 'case.read' }, schema: { tags, querystring: s.clockTypesQuery } }, async (req) => ({ items: deps.clockTypes.list(req.query.program) }));
  app.post('/api/cases/:id/clocks', { config: { permission: 'task.write' }, schema: { tags, params: s.idParams, body: s.startClockInput } }, async (req, reply) =>
    reply.status(201).send(await startClock(callerOf(req), req.params.id, req.body, deps)),
  );
  app.post('/api/clocks/:id/pause', { config: { permission: 'task.write' }, schema: { tags, params: s.idParams, body: s.pauseClockInput } }, async (req) =>
    pauseClock(callerOf(req), req.params.id, req.body, deps),
  );
  app.post('/api/clocks/:id/resume', { config: { permission: 'task.write' }, schema: { tags, params: s.idParams, body: s.resumeClockInput.optional() } }, async (req) =>
    resumeClock(callerOf(req), req.params.id, req.body ?? {}, deps),
  );
  app.post('/api/clocks/:id/complete', { config: { permission: 'task.write' }, schema: { tags, params: s.idParams, body: s.completeClockInput } }, async (req) =>
    completeClock(callerOf(req), req.params.id, req.body, deps),
  );

  app.get('/api/worklist', { config: { permission: 'case.read' }, schema: { tags } }, async (req) => getWorklist(callerOf(req), deps));
}
