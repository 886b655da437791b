import type { FastifyRequest } from 'fastify';
import type { HttpApp } from '@hearth/platform';
import type { Principal } from '@hearth/identity';
import { addAddress } from '../use-cases/add-address.js';
import { addAlias } from '../use-cases/add-alias.js';
import { addContact } from '../use-cases/add-contact.js';
import { addHouseholdMember } from '../use-cases/add-household-member.js';
import { addRelationship } from '../use-cases/add-relationship.js';
import { breakGlass } from '../use-cases/break-glass.js';
import { createHousehold } from '../use-cases/create-household.js';
import { endHouseholdMembership } from '../use-cases/end-household-membership.js';
import { getHousehold } from '../use-cases/get-household.js';
import { getPerson } from '../use-cases/get-person.js';
import type { PeopleDeps } from '../use-cases/ports.js';
import { registerPerson } from '../use-cases/register-person.js';
import { searchPeople } from '../use-cases/search-people.js';
import { setPersonFlags } from '../use-cases/set-person-flags.js';
import type { Viewer } from '../use-cases/shared.js';
import { updatePerson } from '../use-cases/update-person.js';
import {
  bodies,
  breakGlassResponseSchema,
  householdDetailSchema,
  householdMemberParams,
  idParams,
  personDetailSchema,
  personSummarySchema,
  searchResponseSchema,
  searchQuerystring,
} from './people.schema.js';

const READ = { permission: 'person.read' };
const WRITE = { permission: 'person.write' };
const tags = ['people'];

function viewerOf(request: FastifyRequest): Viewer {
  return { principal: request.principal as Principal, ip: request.ip };
}

/** Thin routes: the schema parses, one use case acts, the result goes back as is. */
export function registerPeopleRoutes(app: HttpApp, deps: PeopleDeps) {
  app.get('/api/people/search', {
    config: READ,
    schema: { tags, summary: 'Search people by name, date of birth and SSN last four (search before create)', querystring: searchQuerystring, response: { 200: searchResponseSchema } },
  }, async (request) => searchPeople(request.query, viewerOf(request), deps));

  app.post('/api/people', {
    config: WRITE,
    schema: { tags, summary: 'Register a person (409 DUPLICATE_SUSPECTED unless confirmedNotDuplicate)', body: bodies.register, response: { 201: personDetailSchema } },
  }, async (request, reply) => reply.status(201).send(await registerPerson(request.body, viewerOf(request), deps)));

  app.get('/api/people/:id', {
    config: READ,
    schema: { tags, summary: 'A person record (403 BREAK_GLASS_REQUIRED when restricted or outside the caseload)', params: idParams, response: { 200: personDetailSchema } },
  }, async (request) => getPerson(request.params.id, viewerOf(request), deps));

  app.patch('/api/people/:id', {
    config: WRITE,
    schema: { tags, summary: 'Change a person\'s name, date of birth, SSN, sex or language', params: idParams, body: bodies.update, response: { 200: personDetailSchema } },
  }, async (request) => updatePerson(request.params.id, request.body, viewerOf(request), deps));

  app.post('/api/people/:id/aliases', {
    config: WRITE,
    schema: { tags, summary: 'Add an alias, former, maiden name or nickname', params: idParams, body: bodies.alias, response: { 201: personDetailSchema } },
  }, async (request, reply) => reply.status(201).send(await addAlias(request.params.id, request.body, viewerOf(request), deps)));

  app.post('/api/people/:id/contacts', {
    config: WRITE,
    schema: { tags, summary: 'Add a phone, e-mail address or employer', params: idParams, body: bodies.contact, response: { 201: personDetailSchema } },
  }, async (request, reply) => reply.status(201).send(await addContact(request.params.id, request.body, viewerOf(request), deps)));

  app.post('/api/people/:id/addresses', {
    config: WRITE,
    schema: { tags, summary: 'Add an address (ends the current one of the same kind)', params: idParams, body: bodies.address, response: { 201: personDetailSchema } },
  }, async (request, reply) => reply.status(201).send(await addAddress(request.params.id, request.body, viewerOf(request), deps)));

  app.post('/api/people/:id/relationships', {
    config: WRITE,
    schema: { tags, summary: 'Record a relationship: relatedPerson is this person\'s <type>', params: idParams, body: bodies.relationship, response: { 201: personDetailSchema } },
  }, async (request, reply) => reply.status(201).send(await addRelationship(request.params.id, request.body, viewerOf(request), deps)));

  app.post('/api/people/:id/flags', {
    config: WRITE,
    schema: { tags, summary: 'Set confidentiality flags (replaces them), with a reason', params: idParams, body: bodies.flags, response: { 200: personSummarySchema } },
  }, async (request) => setPersonFlags(request.params.id, request.body, viewerOf(request), deps));

  app.post('/api/people/:id/break-glass', {
    config: READ,
    schema: { tags, summary: 'Open a restricted person for 8 hours with a stated reason (logged)', params: idParams, body: bodies.breakGlass, response: { 201: breakGlassResponseSchema } },
  }, async (request, reply) => reply.status(201).send(await breakGlass(request.params.id, request.body, viewerOf(request), deps)));

  app.post('/api/households', {
    config: WRITE,
    schema: { tags, summary: 'Create a household', body: bodies.createHousehold, response: { 201: householdDetailSchema } },
  }, async (request, reply) => reply.status(201).send(await createHousehold(request.body, viewerOf(request), deps)));

  app.get('/api/households/:id', {
    config: READ,
    schema: { tags, summary: 'A household and its members over time', params: idParams, response: { 200: householdDetailSchema } },
  }, async (request) => getHousehold(request.params.id, viewerOf(request), deps));

  app.post('/api/households/:id/members', {
    config: WRITE,
    schema: { tags, summary: 'Add a member from a date', params: idParams, body: bodies.householdMember, response: { 201: householdDetailSchema } },
  }, async (request, reply) => reply.status(201).send(await addHouseholdMember(request.params.id, request.body, viewerOf(request), deps)));

  app.post('/api/households/:id/members/:personId/end', {
    config: WRITE,
    schema: { tags, summary: 'End a membership on a date', params: householdMemberParams, body: bodies.endMembership, response: { 200: householdDetailSchema } },
  }, async (request) => endHouseholdMembership(request.params.id, request.params.personId, request.body, viewerOf(request), deps));
}
