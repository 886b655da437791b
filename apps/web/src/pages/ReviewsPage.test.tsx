import '../test/setup';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderApp, session, user } from '../test/mock-api';

const lead = user({ roleCode: 'lead_worker', roleName: 'Lead worker', level: null, permissions: ['case.read', 'review.decide', 'workload.balance', 'task.write'], leadUnitIds: ['unit-1'] });
const review = {
  id: 'r1',
  caseId: 'c1',
  caseNumber: 'TANF-7',
  kind: 'closure',
  summary: 'Household moved out of state',
  submittedByName: 'Sam Ortiz',
  submittedAt: '2025-05-01T14:00:00Z',
  status: 'pending',
};

describe('review queue', () => {
  it('approves an action and announces it', async () => {
    let decided = false;
    const api = mockApi({
      'GET /api/auth/session': session(lead),
      'GET /api/reviews': () => ({ body: { items: decided ? [] : [review] } }),
      'POST /api/reviews/r1/approve': () => {
        decided = true;
        return { body: { status: 'approved' } };
      },
    });
    renderApp('/reviews');
    expect(await screen.findByRole('heading', { name: /Closure — TANF-7/ })).toBeInTheDocument();
    expect(screen.getByText(/Submitted by Sam Ortiz/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Comment/), 'Verified the new address');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));

    expect(await screen.findByText('Approved the closure on case TANF-7.')).toBeInTheDocument();
    expect(api.find('POST', '/api/reviews/r1/approve')[0]!.body).toEqual({ comment: 'Verified the new address' });
    expect(await screen.findByText('Nothing is waiting for review.')).toBeInTheDocument();
  });

  it('requires a comment to return an action', async () => {
    const api = mockApi({ 'GET /api/auth/session': session(lead), 'GET /api/reviews': { body: { items: [review] } }, 'POST /api/reviews/r1/return': { body: {} } });
    renderApp('/reviews');
    await userEvent.click(await screen.findByRole('button', { name: 'Return to worker' }));
    expect(screen.getByRole('link', { name: 'Enter a comment explaining why you are returning it.' })).toHaveAttribute('href', '#review-r1-comment');
    expect(api.find('POST', '/api/reviews/r1/return')).toHaveLength(0);
    await userEvent.type(screen.getByLabelText(/Comment/), 'Attach the lease');
    await userEvent.click(screen.getByRole('button', { name: 'Return to worker' }));
    expect(await screen.findByText('Returned the closure on case TANF-7 to the worker.')).toBeInTheDocument();
    expect(api.find('POST', '/api/reviews/r1/return')[0]!.body).toEqual({ comment: 'Attach the lease' });
  });
});
