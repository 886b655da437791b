import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderApp, session } from '../../test/mock-api';
import type { PersonDetail } from '../../api/types';

const ana: PersonDetail = {
  id: 'p1',
  firstName: 'Ana',
  middleName: null,
  lastName: 'Lopez',
  suffix: null,
  dob: '1990-02-03',
  ssnLast4: '4321',
  sex: 'female',
  preferredLanguage: 'es',
  restricted: false,
  flags: [],
  aliases: [],
  contacts: [],
  addresses: [],
  relationships: [],
  households: [],
  version: 3,
};

describe('editing a person', () => {
  it('sends only what changed with the version seen, keeps the old name as a former name, and returns focus', async () => {
    const api = mockApi({
      'GET /api/auth/session': session(),
      'GET /api/people/p1': { body: ana },
      'GET /api/cases': { body: { items: [], nextCursor: null } },
      'PATCH /api/people/p1': { body: { ...ana, lastName: 'López Ruiz', version: 4, aliases: [{ id: 'a1', kind: 'former', firstName: 'Ana', lastName: 'Lopez' }] } },
    });
    renderApp('/people/p1');
    const toggle = await screen.findByRole('button', { name: 'Edit details' });
    await userEvent.click(toggle);
    const form = screen.getByRole('form', { name: "Edit this person's details" });
    expect(within(form).getByLabelText('First name')).toHaveValue('Ana');
    expect(within(form).getByLabelText('Preferred language')).toHaveValue('es');
    expect(within(form).queryByRole('checkbox')).not.toBeInTheDocument();

    const last = within(form).getByLabelText('Last name');
    await userEvent.clear(last);
    await userEvent.type(last, 'López Ruiz');
    expect(within(form).getByRole('checkbox', { name: /Keep “Ana Lopez” as a former name/ })).toBeChecked();
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Ana López Ruiz' })).toBeInTheDocument();
    expect(api.find('PATCH', '/api/people/p1')[0]!.body).toEqual({ lastName: 'López Ruiz', recordFormerName: true, expectedVersion: 3 });
    expect(screen.getByText('Changes saved.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: "Edit this person's details" })).not.toBeInTheDocument();
    await new Promise((r) => requestAnimationFrame(r));
    expect(screen.getByRole('button', { name: 'Edit details' })).toHaveFocus();
    expect(screen.getByText(/Ana Lopez \(former name\)/)).toBeInTheDocument();
  });

  it('does not send an unchanged form, and offers a reload when someone else changed the record', async () => {
    let version = 3;
    const api = mockApi({
      'GET /api/auth/session': session(),
      'GET /api/people/p1': () => ({ body: { ...ana, version } }),
      'GET /api/cases': { body: { items: [], nextCursor: null } },
      'PATCH /api/people/p1': { status: 409, body: { code: 'CONFLICT', message: 'Someone else changed this person since you opened the record. Reload and try again.', details: [], data: { version: 4 } } },
    });
    renderApp('/people/p1');
    await userEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveTextContent('Nothing has changed');
    expect(api.find('PATCH', '/api/people/p1')).toHaveLength(0);

    await userEvent.type(screen.getByLabelText(/New Social Security number/), '123-45-6789');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/Someone else changed this person/)).toBeInTheDocument();
    expect(api.find('PATCH', '/api/people/p1')[0]!.body).toEqual({ ssn: '123456789', expectedVersion: 3 });

    version = 4;
    await userEvent.click(screen.getByRole('button', { name: 'Reload the record' }));
    expect(screen.queryByRole('form', { name: "Edit this person's details" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Edit details' }));
    await userEvent.type(screen.getByLabelText(/New Social Security number/), '123456789');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findAllByText(/Someone else changed this person/);
    expect(api.find('PATCH', '/api/people/p1')[1]!.body).toMatchObject({ expectedVersion: 4 });
  });
});

describe('registering someone who may already be registered', () => {
  const candidate = {
    person: { id: 'p7', firstName: 'Katherine', middleName: null, lastName: 'Johnson', suffix: null, dob: '1984-04-28', ssnLast4: '1234', sex: 'female', preferredLanguage: 'en', restricted: false, flags: [] },
    score: 0.93,
    reasons: [
      { field: 'name', agreement: 'close' },
      { field: 'dob', agreement: 'exact' },
    ],
  };

  async function fillAndSubmit() {
    await userEvent.click(await screen.findByRole('button', { name: 'Register a new person' }));
    const form = screen.getByRole('form', { name: 'Register a new person' });
    await userEvent.type(within(form).getByLabelText('First name'), 'Catherine');
    await userEvent.type(within(form).getByLabelText('Last name'), 'Johnson');
    await userEvent.type(within(form).getByLabelText('Date of birth'), '1984-04-28');
    await userEvent.click(within(form).getByRole('button', { name: 'Register a new person' }));
  }

  it('shows the candidates with why they matched, each openable, and moves focus to them', async () => {
    mockApi({
      'GET /api/auth/session': session(),
      'POST /api/people': { status: 409, body: { code: 'DUPLICATE_SUSPECTED', message: 'This person may already be registered.', details: [], data: { candidates: [candidate] } } },
    });
    renderApp('/people');
    await fillAndSubmit();
    const heading = await screen.findByRole('heading', { name: 'This person may already be registered' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('1 possible match')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Possible matches' });
    expect(within(table).getByRole('link', { name: 'Katherine Johnson' })).toHaveAttribute('href', '/people/p7');
    expect(within(table).getByText('Date of birth: exact')).toBeInTheDocument();
  });

  it('needs a reason to register anyway, then sends confirmedNotDuplicate with the reason and the candidates reviewed', async () => {
    let call = 0;
    const api = mockApi({
      'GET /api/auth/session': session(),
      'POST /api/people': () =>
        ++call === 1
          ? { status: 409, body: { code: 'DUPLICATE_SUSPECTED', message: 'This person may already be registered.', details: [], data: { candidates: [candidate] } } }
          : { status: 201, body: { ...candidate.person, id: 'p8', firstName: 'Catherine', aliases: [], contacts: [], addresses: [], relationships: [], households: [], version: 1 } },
      'GET /api/people/p8': { body: { ...ana, id: 'p8', firstName: 'Catherine', lastName: 'Johnson' } },
      'GET /api/cases': { body: { items: [], nextCursor: null } },
    });
    renderApp('/people');
    await fillAndSubmit();
    await screen.findByRole('heading', { name: 'This person may already be registered' });

    await userEvent.type(screen.getByLabelText('Why is this someone else?'), 'twin');
    await userEvent.click(screen.getByRole('button', { name: 'This is someone else: register anyway' }));
    expect(screen.getByRole('link', { name: 'Give a reason of at least 10 characters.' })).toHaveAttribute('href', '#notdup-notDuplicateReason');
    expect(api.find('POST', '/api/people')).toHaveLength(1);

    await userEvent.type(screen.getByLabelText('Why is this someone else?'), ' sister; different SSN on her ID card');
    await userEvent.click(screen.getByRole('button', { name: 'This is someone else: register anyway' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Catherine Johnson' })).toBeInTheDocument();
    const second = api.find('POST', '/api/people')[1]!;
    expect(second.body).toEqual({
      firstName: 'Catherine',
      lastName: 'Johnson',
      dob: '1984-04-28',
      preferredLanguage: 'en',
      confirmedNotDuplicate: true,
      notDuplicateReason: 'twin sister; different SSN on her ID card',
      reviewedCandidateIds: ['p7'],
    });
  });

  it('goes back to the filled-in form', async () => {
    mockApi({
      'GET /api/auth/session': session(),
      'POST /api/people': { status: 409, body: { code: 'DUPLICATE_SUSPECTED', message: 'x', details: [], data: { candidates: [candidate] } } },
    });
    renderApp('/people');
    await fillAndSubmit();
    await userEvent.click(await screen.findByRole('button', { name: 'Back to the form' }));
    expect(screen.getByLabelText('First name')).toHaveValue('Catherine');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('keyboard shortcut', () => {
  it('"/" jumps to person search from any page, but not while typing in a field', async () => {
    mockApi({
      'GET /api/auth/session': session(),
      'GET /api/worklist': { body: { tasks: [], clocks: [] } },
      'GET /api/cases': { body: { items: [], nextCursor: null } },
    });
    renderApp('/caseload');
    const q = await screen.findByLabelText('Case number or name');
    await userEvent.type(q, 'C1/2');
    expect(q).toHaveValue('C1/2');
    expect(window.location.pathname).toBe('/caseload');

    q.blur();
    await userEvent.keyboard('/');
    const name = await screen.findByLabelText('Name');
    expect(window.location.pathname).toBe('/people');
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-keyshortcuts', '/');
  });
});
