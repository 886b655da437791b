import type { HttpApp } from '@hearth/platform';
import type { CasesDeps } from '../ports.js';
import * as s from './cases.schema.js';
import { callerOf } from './caller.js';
import { createCase } from '../use-cases/create-case.js';
import { listCases } from '../use-cases/list-cases.js';
import { getCase } from '../use-cases/get-case.js';
import { getCaseAsOf } from '../use-cases/get-case-as-of.js';
import { breakGlass } from '../use-cases/break-glass.js';
import { changeCaseStatus } from '../use-cases/change-case-status.js';
import { addParticipant } from '../use-cases/add-participant.js';
import { setConfidentiality } from '../use-cases/set-confidentiality.js';
import { assignCase } from '../use-cases/assign-case.js';
import { takeAction } from '../use-cases/take-action.js';
import { recordOverride } from '../use-cases/record-override.js';
import { getTimeline } from '../use-cases/get-timeline.js';
import { addNote } from '../use-cases/add-note.js';
import { listNotes } from '../use-cases/list-notes.js';
import { NOTE_TEMPLATES } from '../domain/note-templates.js';

const tags = ['cases'];

/** Case files: list, open, read (logged), as-of, status, participants, confidentiality, assignment, actions, notes, timeline. */
export function registerCaseRoutes(app: HttpApp, deps: CasesDeps) {
  app.get('/api/cases', { config: { permission: 'case.read' }, schema: { tags, querystring: s.listCasesInput } }, async (req) => listCases(callerOf(req), req.query, deps));

  app.post('/api/cases', { config: { permission: 'case.write' }, schema: { tags, body: s.createCaseInput } }, async (req, reply) => {
    const detail = await createCase(callerOf(req), req.body, deps);
    return reply.status(201).send(detail);
  });

  app.get('/api/cases/:id', { config: { permission: 'case.read' }, schema: { tags, params: s.idParams } }, async (req) => getCase(callerOf(req), req.params.id, deps));

  app.get('/api/cases/:id/as-of', { config: { permission: 'case.read' }, schema: { tags, params: s.idParams, querystring: s.asOfQuery } }, async (req) =>
    getCaseAsOf(callerOf(req), req.params.id, req.query, deps),
  );

  app.post('/api/cases/:id/break-glass', { config: { permission: 'case.read' }, schema: { tags, params: s.idParams, body: s.breakGlassInput } }, async (req, reply) =>
    reply.status(201).send(await breakGlass(callerOf(req), req.params.id, req.body, deps)),
  );

  app.post('/api/cases/:id/status', { config: { permission: 'case.write' }, schema: { tags, params: s.idParams, body: s.changeStatusInput } }, async (req) =>
    changeCaseStatus(callerOf(req), req.params.id, req.body, deps),
  );

  app.post('/api/cases/:id/participants', { config: { permission: 'case.write' }, schema: { tags, params: s.idParams, body: s.addParticipantInput } }, async (req, reply) =>
    reply.status(201).send(await addParticipant(callerOf(req), req.params.id, req.body, deps)),
  );

  app.put('/api/cases/:id/confidentiality', { config: { permission: 'case.write' }, schema: { tags, params: s.idParams, body: s.setConfidentialityInput } }, async (req) =>
    setConfidentiality(callerOf(req), req.params.id, req.body, deps),
  );

  app.post('/api/cases/:id/assign', { config: { permission: 'case.assign' }, schema: { tags, params: s.idParams, body: s.assignCaseInput } }, async (req) =>
    assignCase(callerOf(req), req.params.id, req.body, deps),
  );

  app.post('/api/cases/:id/actions', { config: { permission: 'case.finalize' }, schema: { tags, params: s.idParams, body: s.finalizingActionInput } }, async (req) =>
    takeAction(callerOf(req), req.params.id, req.body, deps),
  );

  app.post('/api/cases/:id/overrides', { config: { permission: 'override.approve' }, schema: { tags, params: s.idParams, body: s.overrideInput } }, async (req, reply) =>
    reply.status(201).send(await recordOverride(callerOf(req), req.params.id, req.body, deps)),
  );

  app.get('/api/cases/:id/timeline', { config: { permission: 'case.read' }, schema: { tags, params: s.idParams } }, async (req) => getTimeline(callerOf(req), req.params.id, deps));

  app.get('/api/cases/:id/notes', { config: { permission: 'case.read' }, schema: { tags, params: s.idParams } }, async (req) => listNotes(callerOf(req), req.params.id, deps));

  app.post('/api/cases/:id/notes', { config: { permission: 'case.write' }, schema: { tags, params: s.idParams, body: s.addNoteInput } }, async (req, reply) =>
    reply.status(201).send(await addNote(callerOf(req), req.params.id, req.body, deps)),
  );

  app.get('/api/note-templates', { config: { permission: 'case.read' }, schema: { tags } }, async () => ({ items: NOTE_TEMPLATES }));
}
