import '../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderApp, session, user } from '../test/mock-api';
import type { CaseDetail } from '../api/types';

const theCase: CaseDetail = {
  id: 'c1',
  caseNumber: 'SNAP-2025-0042',
  programCode: 'snap',
  status: 'open',
  unitId: 'unit-9',
  unitName: 'North County',
  assignedWorkerId: 'u9',
  assignedWorkerName: 'Dana Park',
  primaryPerson: { id: 'p1', name: 'Ana López' },
  restricted: true,
  openedOn: '2025-03-04',
  participants: [{ personId: 'p1', name: 'Ana López', role: 'primary' }],
  openTasks: [],
  clocks: [],
};

describe('case page', () => {
  it('breaks the glass: warns, requires a reason, posts it with the CSRF token, then opens the case', async () => {
    let granted = false;
    const api = mockApi({
      'GET /api/auth/session': session(),
      'GET /api/cases/c1': () =>
        granted
          ? { body: theCase }
          : { status: 403, body: { code: 'BREAK_GLASS_REQUIRED', message: 'Restricted', details: [], data: { reason: 'restricted' } } },
      'POST /api/cases/c1/break-glass': () => {
        granted = true;
        return { status: 204 };
      },
    });
    renderApp('/cases/c1');

    const warning = await screen.findByRole('alert', { name: 'Stop: this record needs a reason to open' });
    expect(warning).toHaveTextContent('carries a confidentiality flag');
    expect(warning).toHaveTextContent('Your name, the time and your reason are recorded');

    await userEvent.type(screen.getByLabelText('Reason for access'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Break the glass and open' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Give a reason of at least 10 characters.' })).toHaveAttribute('href', '#breakglass-reason');
    expect(api.find('POST', '/api/cases/c1/break-glass')).toHaveLength(0);

    await userEvent.clear(screen.getByLabelText('Reason for access'));
    await userEvent.type(screen.getByLabelText('Reason for access'), 'Covering for Dana: client called about a hearing today');
    await userEvent.click(screen.getByRole('button', { name: 'Break the glass and open' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Case SNAP-2025-0042' })).toBeInTheDocument();
    const post = api.find('POST', '/api/cases/c1/break-glass')[0]!;
    expect(post.body).toEqual({ reason: 'Covering for Dana: client called about a hearing today' });
    expect(post.headers['x-csrf-token']).toBe('csrf-123');
    expect(screen.getByText('North County')).toBeInTheDocument();
  });

  it("shows a Case Manager I's finalizing action as sent to review", async () => {
    const api = mockApi({
      'GET /api/auth/session': session(user({ roleCode: 'case_manager_1', roleName: 'Case Manager I', level: 1, decisionsReviewed: true })),
      'GET /api/cases/c1': { body: { ...theCase, restricted: false } },
      'POST /api/cases/c1/actions': { status: 201, body: { status: 'pending_review', reviewId: 'r1' } },
    });
    renderApp('/cases/c1');
    await screen.findByRole('heading', { level: 1, name: 'Case SNAP-2025-0042' });
    expect(screen.getByText(/go to a lead worker or supervisor for review/)).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Kind of action'), 'closure');
    await userEvent.type(screen.getByLabelText('Summary'), 'Household moved out of state');
    await userEvent.click(screen.getByRole('button', { name: 'Submit action' }));

    expect(await screen.findByText(/Sent to review\./)).toBeInTheDocument();
    expect(api.find('POST', '/api/cases/c1/actions')[0]!.body).toEqual({ kind: 'closure', summary: 'Household moved out of state' });
  });

  it('links the API field errors of a form to its fields', async () => {
    mockApi({
      'GET /api/auth/session': session(),
      'GET /api/cases/c1': { body: { ...theCase, restricted: false } },
      'POST /api/cases/c1/actions': {
        status: 400,
        body: { code: 'VALIDATION', message: 'The request is not valid', details: [{ path: 'body.summary', message: 'Summary must not be empty' }] },
      },
    });
    renderApp('/cases/c1');
    await userEvent.click(await screen.findByRole('button', { name: 'Submit action' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    const link = within(summary).getByRole('link', { name: 'Summary must not be empty' });
    await userEvent.click(link);
    expect(screen.getByLabelText('Summary')).toHaveFocus();
    expect(screen.getByLabelText('Summary')).toHaveAttribute('aria-invalid', 'true');
  });

  it('moves between tabs with the arrow keys and loads the timeline', async () => {
    mockApi({
      'GET /api/auth/session': session(),
      'GET /api/cases/c1': { body: { ...theCase, restricted: false } },
      'GET /api/cases/c1/timeline': { body: { items: [{ at: '2025-03-04T15:00:00Z', kind: 'opened', summary: 'Case opened', actorName: 'Dana Park' }] } },
    });
    renderApp('/cases/c1');
    const overview = await screen.findByRole('tab', { name: 'Overview' });
    overview.focus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Timeline' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('rowheader', { name: 'Case opened' })).toBeInTheDocument();
    expect(window.location.search).toBe('?tab=timeline');
  });
});
