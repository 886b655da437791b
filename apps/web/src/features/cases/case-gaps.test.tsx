import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderApp, session, user } from '../../test/mock-api';
import type { CaseDetail, ClockTypeView } from '../../api/types';

const theCase: CaseDetail = {
  id: 'c1',
  caseNumber: 'C1042',
  programCode: 'snap',
  status: 'open',
  unitId: 'unit-1',
  unitName: 'Eligibility North',
  assignedWorkerId: 'u1',
  assignedWorkerName: 'Maria Rivera',
  primaryPerson: { id: 'p1', name: 'Ana López' },
  restricted: false,
  openedOn: '2026-01-02',
  participants: [{ personId: 'p1', name: 'Ana López', role: 'primary' }],
  openTasks: [],
  clocks: [],
};

const snap30: ClockTypeView = {
  code: 'snap_processing_30',
  name: 'SNAP application processing (30 days)',
  programCode: 'snap',
  citation: '7 CFR 273.2(g)(1)',
  startEvent: 'The application is filed',
  length: 30,
  unit: 'calendar',
  countingRule: 'calendar days from the filing date',
  warnDaysBefore: 5,
  escalateDaysBefore: 1,
};
const snap7: ClockTypeView = { ...snap30, code: 'snap_expedited_7', name: 'SNAP expedited service (7 days)', citation: '7 CFR 273.2(i)(3)', length: 7 };

/** The session as the server sends it, with the agency's day. */
const sessionOn = (today: string, u = user()) => ({ body: { user: u, csrfToken: 'csrf-123', today } });

describe('opening a case from a person', () => {
  it('offers only my units, proposes the unit program, posts the case and opens it', async () => {
    const api = mockApi({
      'GET /api/auth/session': session(user({ unitIds: ['unit-1'] })),
      'GET /api/people/p1': { body: { id: 'p1', firstName: 'Ana', lastName: 'López', dob: '1990-02-03', ssnLast4: null, restricted: false, flags: [], aliases: [], contacts: [], addresses: [], relationships: [], households: [], version: 1 } },
      'GET /api/cases': { body: { items: [], nextCursor: null } },
      'GET /api/admin/units': { body: [
        { id: 'unit-1', name: 'Eligibility North', programCode: 'snap' },
        { id: 'unit-2', name: 'Child Support Enforcement', programCode: 'child_support' },
      ] },
      'GET /api/staff': { body: { items: [{ id: 'u7', displayName: 'Dana Park', roleCode: 'case_manager_3', roleName: 'Case Manager III', level: 3, unitIds: ['unit-1'] }] } },
      'POST /api/cases': { status: 201, body: { ...theCase, id: 'c9', caseNumber: 'C2001', status: 'intake' } },
      'GET /api/cases/c9': { body: { ...theCase, id: 'c9', caseNumber: 'C2001', status: 'intake' } },
    });
    renderApp('/people/p1');
    const toggle = await screen.findByRole('button', { name: 'Open a case' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const unit = await screen.findByLabelText('Unit');
    expect(within(unit).getAllByRole('option').map((o) => o.textContent)).toEqual(['Eligibility North']);
    expect(screen.getByLabelText('Program')).toHaveValue('snap');
    await screen.findByRole('option', { name: 'Dana Park (Case Manager III)' });
    expect(api.find('GET', '/api/staff')[0]!.query.get('unitId')).toBe('unit-1');
    await userEvent.selectOptions(screen.getByLabelText(/Assigned worker/), 'u7');
    await userEvent.selectOptions(screen.getByLabelText(/Complexity/), '4');
    await userEvent.click(screen.getByRole('button', { name: 'Open the case' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Case C2001' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/cases/c9');
    const post = api.find('POST', '/api/cases')[0]!;
    expect(post.body).toEqual({ programCode: 'snap', unitId: 'unit-1', primaryPersonId: 'p1', complexity: 4, assignedWorkerId: 'u7' });
    expect(post.headers['x-csrf-token']).toBe('csrf-123');
  });
});

describe('starting a clock', () => {
  it("defaults the start date to the agency's today, explains the rule, skips running clocks and announces the due date", async () => {
    const api = mockApi({
      'GET /api/auth/session': sessionOn('2026-03-10'),
      'GET /api/cases/c1': { body: { ...theCase, clocks: [{ id: 'k0', caseId: 'c1', typeCode: 'snap_expedited_7', name: snap7.name, dueOn: '2026-03-12', status: 'running' }] } },
      'GET /api/clock-types': { body: { items: [snap30, snap7] } },
      'POST /api/cases/c1/clocks': { status: 201, body: { id: 'k1', caseId: 'c1', typeCode: snap30.code, name: snap30.name, dueOn: '2026-04-08', status: 'running' } },
    });
    renderApp('/cases/c1?tab=tasks');
    const type = await screen.findByLabelText('Clock');
    expect(api.find('GET', '/api/clock-types')[0]!.query.get('program')).toBe('snap');
    expect(within(type).getAllByRole('option').map((o) => o.textContent)).toEqual([snap30.name]);
    expect(screen.getByText('7 CFR 273.2(g)(1)')).toBeInTheDocument();
    expect(screen.getByText(/30 calendar days/)).toBeInTheDocument();
    const started = screen.getByLabelText('Date of the start event');
    expect(started).toHaveValue('2026-03-10');
    expect(started).toHaveAttribute('max', '2026-03-10');

    await userEvent.clear(started);
    await userEvent.type(started, '2026-03-09');
    await userEvent.click(screen.getByRole('button', { name: 'Start a clock' }));
    expect(await screen.findByText('Clock started: SNAP application processing (30 days), due Apr 8, 2026.')).toBeInTheDocument();
    expect(api.find('POST', '/api/cases/c1/clocks')[0]!.body).toEqual({ typeCode: 'snap_processing_30', startedOn: '2026-03-09' });
  });

  it('shows the server refusal of a start date against its field', async () => {
    mockApi({
      'GET /api/auth/session': sessionOn('2026-03-10'),
      'GET /api/cases/c1': { body: theCase },
      'GET /api/clock-types': { body: { items: [snap30] } },
      'POST /api/cases/c1/clocks': { status: 400, body: { code: 'VALIDATION', message: 'The request is not valid', details: [{ path: 'startedOn', message: 'the start event cannot be in the future' }] } },
    });
    renderApp('/cases/c1?tab=tasks');
    await userEvent.click(await screen.findByRole('button', { name: 'Start a clock' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'the start event cannot be in the future' })).toHaveAttribute('href', '#clock-startedOn');
    expect(screen.getByLabelText('Date of the start event')).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('overrides', () => {
  const supervisor = user({ roleCode: 'supervisor', roleName: 'Supervisor', level: null, permissions: ['case.read', 'case.write', 'override.approve', 'review.decide'], supervisorUnitIds: ['unit-1'] });

  it('are offered to supervisors only', async () => {
    mockApi({ 'GET /api/auth/session': session(), 'GET /api/cases/c1': { body: theCase } });
    renderApp('/cases/c1');
    await screen.findByRole('heading', { level: 1, name: 'Case C1042' });
    expect(screen.queryByRole('form', { name: 'Override' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the override' })).not.toBeInTheDocument();
  });

  it('need a reason before anything is sent, then are recorded and announced', async () => {
    const api = mockApi({
      'GET /api/auth/session': session(supervisor),
      'GET /api/cases/c1': { body: theCase },
      'POST /api/cases/c1/overrides': { status: 201, body: { id: 'o1', caseId: 'c1', what: 'x', reason: 'y', approvedBy: 'u1', approvedAt: '2026-03-10T15:00:00Z' } },
    });
    renderApp('/cases/c1');
    const form = await screen.findByRole('form', { name: 'Override' });
    await userEvent.type(within(form).getByLabelText('What is overridden'), 'The 30-day processing deadline');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the override' }));
    expect(within(form).getByRole('link', { name: 'Give the reason for the override.' })).toHaveAttribute('href', '#override-reason');
    expect(api.find('POST', '/api/cases/c1/overrides')).toHaveLength(0);

    await userEvent.type(within(form).getByLabelText('Reason'), 'Verification delayed by the employer, not the household');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the override' }));
    expect(await within(form).findByText('Override recorded.')).toBeInTheDocument();
    expect(api.find('POST', '/api/cases/c1/overrides')[0]!.body).toEqual({ what: 'The 30-day processing deadline', reason: 'Verification delayed by the employer, not the household' });
  });
});

describe('the case as of a past date', () => {
  const asOf = {
    asOf: '2026-02-01',
    readOnly: true,
    lastChangeSeq: 41,
    case: { id: 'c1', caseNumber: 'C1042', programCode: 'snap', status: 'intake', unitId: 'unit-1', assignedWorkerId: 'u1', primaryPersonId: 'p1', complexity: 2, confidentiality: [], openedOn: '2026-01-02', closedOn: null, closeReason: null },
    participants: [{ id: 'pp1', personId: 'p1', role: 'primary', startedOn: '2026-01-02', endedOn: null }],
    assignments: [],
    notes: [{ id: 'n1', contactType: 'phone', contactOn: '2026-01-20', subject: 'Interview', narrative: 'Called about the interview.', authorId: 'u1', createdAt: '2026-01-20T16:00:00Z' }],
    documents: [],
    tasks: [{ id: 't1', title: 'Request pay stubs', dueOn: '2026-02-05', status: 'open', priority: 'normal', completedAt: null }],
    clocks: [{ id: 'k1', typeCode: 'snap_processing_30', startedOn: '2026-01-02', dueOn: '2026-02-01', status: 'running', state: 'escalated', pauseReason: null }],
    reviews: [],
    actions: [],
    overrides: [{ id: 'o1', what: 'Deadline', reason: 'Employer delay', approvedAt: '2026-01-25T10:00:00Z' }],
  };

  it('is reached from the timeline tab and shows the rebuilt case read-only, with names from the current record', async () => {
    const api = mockApi({
      'GET /api/auth/session': sessionOn('2026-03-10'),
      'GET /api/cases/c1': { body: theCase },
      'GET /api/cases/c1/timeline': { body: { items: [] } },
      'GET /api/cases/c1/as-of': { body: asOf },
      'GET /api/admin/units': { body: [{ id: 'unit-1', name: 'Eligibility North' }] },
      'GET /api/clock-types': { body: { items: [snap30] } },
    });
    renderApp('/cases/c1?tab=timeline');
    const date = await screen.findByLabelText('Date');
    expect(date).toHaveAttribute('max', '2026-03-10');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-02-01');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Case C1042 on Feb 1, 2026' })).toBeInTheDocument();
    expect(window.location.pathname + window.location.search).toBe('/cases/c1/as-of?date=2026-02-01');
    expect(api.find('GET', '/api/cases/c1/as-of')[0]!.query.get('date')).toBe('2026-02-01');
    expect(screen.getByText(/Read-only: the case as it stood at the end of Feb 1, 2026/)).toBeInTheDocument();
    expect(screen.getByText('Intake')).toBeInTheDocument();
    expect(await screen.findByText('Eligibility North')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Ana López' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /Phone · Jan 20, 2026 · Interview/ })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Request pay stubs' })).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'SNAP application processing (30 days)' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Override: Deadline' })).toBeInTheDocument();
    // Read-only: no form that changes the case is on the page.
    expect(screen.queryByRole('button', { name: /Save|Submit action|Change status|Add/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the case as it is now' })).toHaveAttribute('href', '/cases/c1');
  });

  it('explains a date before the case existed and lets the worker pick another', async () => {
    mockApi({
      'GET /api/auth/session': sessionOn('2026-03-10'),
      'GET /api/cases/c1/as-of': { status: 404, body: { code: 'NOT_FOUND', message: 'The case did not exist yet on 2025-12-01', details: [{ path: 'date', message: 'before the case was created' }] } },
    });
    renderApp('/cases/c1/as-of?date=2025-12-01');
    expect(await screen.findByText(/The case did not exist yet on 2025-12-01/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Case history' })).toBeInTheDocument();
    expect(screen.getByLabelText('Date')).toHaveValue('2025-12-01');
  });

  it('refuses a future date without asking the server', async () => {
    const api = mockApi({ 'GET /api/auth/session': sessionOn('2026-03-10') });
    renderApp('/cases/c1/as-of');
    const date = await screen.findByLabelText('Date');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-03-11');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByRole('link', { name: 'Choose today or a past date.' })).toBeInTheDocument();
    expect(api.find('GET', '/api/cases/c1/as-of')).toHaveLength(0);
  });
});

describe("the agency's today from the session", () => {
  it('sets urgency and the default contact date, not the browser clock', async () => {
    mockApi({
      'GET /api/auth/session': sessionOn('2031-05-20'),
      'GET /api/cases/c1': { body: { ...theCase, openTasks: [{ id: 't1', caseId: 'c1', title: 'Call the landlord', dueOn: '2031-05-18', status: 'open' }] } },
      'GET /api/cases/c1/notes': { body: { items: [] } },
      'GET /api/note-templates': { body: { items: [] } },
    });
    renderApp('/cases/c1?tab=tasks');
    expect(await screen.findByText('Overdue by 2 days')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Notes' }));
    const contactOn = await screen.findByLabelText('Date of contact');
    expect(contactOn).toHaveValue('2031-05-20');
    expect(contactOn).toHaveAttribute('max', '2031-05-20');
  });
});

describe('adding a participant', () => {
  it('finds the person by name instead of an ID, and posts the chosen person with the role', async () => {
    const api = mockApi({
      'GET /api/auth/session': session(),
      'GET /api/cases/c1': { body: theCase },
      'GET /api/people/search': {
        body: {
          results: [
            { person: { id: 'p2', firstName: 'Mateo', lastName: 'López', dob: '2015-09-01', ssnLast4: null, restricted: false, flags: [] }, score: 0.97, reasons: [{ field: 'name', agreement: 'exact' }] },
            { person: { id: 'p3', firstName: 'Mateo', lastName: 'Lopes', dob: null, ssnLast4: null, restricted: true, flags: ['sealed'] }, score: 0.8, reasons: [{ field: 'name', agreement: 'close' }] },
          ],
        },
      },
      'POST /api/cases/c1/participants': { status: 201, body: { id: 'pp2' } },
    });
    renderApp('/cases/c1?tab=participants');
    const form = await screen.findByRole('form', { name: 'Add a participant' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add a participant' }));
    expect(within(form).getByRole('link', { name: 'Find and choose the person to add.' })).toHaveAttribute('href', '#participant-personId');
    expect(api.find('POST', '/api/cases/c1/participants')).toHaveLength(0);

    await userEvent.type(within(form).getByLabelText('Person'), 'mateo lopez{Enter}');
    expect(api.find('POST', '/api/cases/c1/participants')).toHaveLength(0);
    expect(await within(form).findByText('2 people found')).toBeInTheDocument();
    expect(api.find('GET', '/api/people/search')[0]!.query.get('q')).toBe('mateo lopez');
    await userEvent.click(within(form).getByRole('button', { name: 'Choose Mateo López, born Sep 1, 2015' }));
    expect(within(form).getByText('Mateo López')).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Choose someone else' })).toHaveFocus();
    await userEvent.selectOptions(within(form).getByLabelText('Role'), 'child');
    await userEvent.click(within(form).getByRole('button', { name: 'Add a participant' }));

    expect(await within(form).findByText('Mateo López added to the case.')).toBeInTheDocument();
    expect(api.find('POST', '/api/cases/c1/participants')[0]!.body).toEqual({ personId: 'p2', role: 'child' });
  });
});
