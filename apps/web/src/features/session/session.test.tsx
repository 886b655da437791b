import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderApp, session } from '../../test/mock-api';

describe('signing out', () => {
  it('ends the session on the server, shows the sign-in page and forgets what was read', async () => {
    let signedIn = true;
    const api = mockApi({
      'GET /api/auth/session': () => (signedIn ? session() : { status: 401, body: { code: 'UNAUTHENTICATED', message: 'Sign in', details: [] } }),
      'GET /api/worklist': { body: { tasks: [{ id: 't1', caseId: 'c1', title: 'Call the landlord', dueOn: null, status: 'open' }], clocks: [] } },
      'POST /api/auth/logout': () => {
        signedIn = false;
        return { status: 204 };
      },
    });
    renderApp('/worklist');
    expect(await screen.findByText('Call the landlord')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/signin');
    expect(screen.queryByText(/Signed in as/)).not.toBeInTheDocument();
    expect(screen.queryByText('Call the landlord')).not.toBeInTheDocument();
    expect(api.find('POST', '/api/auth/logout')[0]!.headers['x-csrf-token']).toBe('csrf-123');
  });
});
