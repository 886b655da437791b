import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '@hearth/server/testing';

let t: TestApp;
let cm1: Agent;
let cm2: Agent;

const maria = {
  firstName: 'María',
  lastName: 'Valdez',
  dob: '1986-05-14',
  ssn: '933-21-4455',
  sex: 'female',
  preferredLanguage: 'es',
  contacts: [{ kind: 'employer', value: 'Safeway', detail: '2660 N Federal Blvd' }],
  addresses: [{ line1: '4120 Tejon St', city: 'Denver', state: 'CO', postalCode: '80211', fromDate: '2022-02-01' }],
};

beforeAll(async () => {
  t = await createTestApp();
  cm1 = await t.login('cm1');
  cm2 = await t.login('cm2');
});
afterAll(async () => t?.close());

describe('people routes', () => {
  let id: string;

  it('registers, finds and opens a person', async () => {
    const created = await cm1.post('/api/people', maria);
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    expect(created.json()).toMatchObject({ firstName: 'María', ssnLast4: '4455', addresses: [{ line1: '4120 Tejon St' }] });
    expect(created.body).not.toMatch(/933-?21/);

    const found = await cm2.get('/api/people/search?q=maria%20valdes&dob=1986-05-14');
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().results[0]).toMatchObject({ person: { id, lastName: 'Valdez', restricted: false }, reasons: [{ field: 'name' }, { field: 'dob', agreement: 'exact' }] });

    const opened = await cm2.get(`/api/people/${id}`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ id, addressSuppressed: false, aliases: [], relationships: [], households: [] });
  });

  it('answers bad input with 400 and field paths, and unknown fields are refused', async () => {
    const r = await cm1.post('/api/people', { firstName: '', lastName: 'X', dob: 'yesterday', favouriteColour: 'blue' });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('VALIDATION');
    const paths: string[] = r.json().details.map((d: { path: string }) => d.path);
    expect(paths.some((p) => p.endsWith('firstName'))).toBe(true);
    const search = await cm1.get("/api/people/search?dob=1986-02-30");
    expect(search.statusCode).toBe(400);
    expect(search.json().details[0].path).toBe("querystring.dob");
    expect((await cm1.get("/api/people/search")).json().details[0].path).toBe("querystring.q");
    expect((await cm1.get('/api/people/not-a-uuid')).statusCode).toBe(400);
    expect((await cm1.get('/api/people/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('stops a suspected duplicate with 409 and the candidates', async () => {
    const r = await cm2.post('/api/people', { firstName: 'Maria', lastName: 'Valdez', dob: '1986-05-14' });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('DUPLICATE_SUSPECTED');
  });

  it('keeps people from roles without person permissions', async () => {
    const admin = await t.login('sysadmin');
    expect((await admin.get('/api/people/search?q=valdez')).statusCode).toBe(403);
    const auditor = await t.login('auditor');
    expect((await auditor.get('/api/people/search?q=valdez')).statusCode).toBe(200);
    expect((await auditor.post('/api/people', { firstName: 'A', lastName: 'B' })).statusCode).toBe(403);
  });

  it('hides a family-violence address: break the glass first, then no address or employer', async () => {
    const flagged = await cm1.post(`/api/people/${id}/flags`, { flags: ['family_violence'], reason: 'Protective order' });
    expect(flagged.statusCode, flagged.body).toBe(200);
    expect(flagged.json()).toMatchObject({ restricted: true, flags: ['family_violence'] });

    const denied = await cm2.get(`/api/people/${id}`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ code: 'BREAK_GLASS_REQUIRED', data: { reason: 'restricted' } });

    const glass = await cm2.post(`/api/people/${id}/break-glass`, { reason: 'Emergency placement call tonight' });
    expect(glass.statusCode, glass.body).toBe(201);
    const opened = await cm2.get(`/api/people/${id}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ addresses: [], addressSuppressed: true, employerSuppressed: true, contacts: [] });
    expect(opened.body).not.toMatch(/Tejon|Safeway|Federal/);

    const auditor = await t.login('auditor');
    const seen = await auditor.get(`/api/people/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.body).not.toMatch(/Tejon|Safeway/);
  });

  it('manages relationships and households', async () => {
    const kid = (await cm1.post('/api/people', { firstName: 'Iker', lastName: 'Valdez', dob: '2016-08-01' })).json();
    const dad = (await cm1.post('/api/people', { firstName: 'Ramón', lastName: 'Valdez', dob: '1980-03-03' })).json();
    const rel = await cm1.post(`/api/people/${kid.id}/relationships`, { relatedPersonId: dad.id, type: 'alleged_father' });
    expect(rel.statusCode, rel.body).toBe(201);
    expect(rel.json().relationships).toMatchObject([{ type: 'alleged_father', person: { id: dad.id, name: 'Ramón Valdez' } }]);
    expect((await cm1.get(`/api/people/${dad.id}`)).json().relationships).toMatchObject([{ type: 'alleged_child', person: { id: kid.id } }]);

    const h = await cm1.post('/api/households', { name: 'Valdez household', members: [{ personId: dad.id, role: 'head', fromDate: '2020-01-01' }] });
    expect(h.statusCode, h.body).toBe(201);
    const hid = h.json().id;
    expect((await cm1.post(`/api/households/${hid}/members`, { personId: kid.id, fromDate: '2020-01-01' })).statusCode).toBe(201);
    const ended = await cm1.post(`/api/households/${hid}/members/${kid.id}/end`, { toDate: '2025-06-30', reason: 'Moved in with grandmother' });
    expect(ended.statusCode, ended.body).toBe(200);
    const got = await cm2.get(`/api/households/${hid}`);
    expect(got.json().members.map((m: { person: { firstName: string }; toDate: string | null }) => [m.person.firstName, m.toDate])).toEqual([
      ['Ramón', null],
      ['Iker', '2025-06-30'],
    ]);

    const patched = await cm1.patch(`/api/people/${dad.id}`, { middleName: 'Andrés', recordFormerName: false });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ middleName: 'Andrés', version: 2, aliases: [] });
    for (const [path, body] of [
      ['aliases', { firstName: 'Ray', lastName: 'Valdez', kind: 'nickname' }],
      ['contacts', { kind: 'phone', value: '720-555-0123', isPrimary: true }],
      ['addresses', { line1: '900 Zuni St', city: 'Denver', state: 'CO', postalCode: '80204', fromDate: '2024-01-01' }],
    ] as const) {
      const r = await cm1.post(`/api/people/${dad.id}/${path}`, body);
      expect(r.statusCode, `${path}: ${r.body}`).toBe(201);
    }
  });

  it('publishes the routes in the OpenAPI document', async () => {
    const doc = (await cm1.get('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/people/search', '/api/people', '/api/people/{id}', '/api/households/{id}/members/{personId}/end']));
  });
});
