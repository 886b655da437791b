import '../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderApp, session, user } from '../test/mock-api';

describe('sign-in', () => {
  it('sends an unsigned visitor to sign-in, signs in, returns to the page asked for and shows only permitted nav', async () => {
    let signedIn = false;
    const api = mockApi({
      'GET /api/auth/session': () => (signedIn ? session() : { status: 401, body: { code: 'UNAUTHENTICATED', message: 'Sign in', details: [] } }),
      'POST /api/auth/login': () => {
        signedIn = true;
        return session();
      },
      'GET /api/cases': { body: { items: [], nextCursor: null } },
    });
    renderApp('/caseload');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/signin');
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/caseload');

    await userEvent.type(screen.getByLabelText('Username'), 'mrivera');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/caseload');
    const login = api.find('POST', '/api/auth/login')[0]!;
    expect(login.body).toEqual({ username: 'mrivera', password: 'correct horse' });

    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Caseload' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Person search' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Review queue' })).not.toBeInTheDocument();
    expect(screen.getByText('Signed in as Maria Rivera (Case Manager II)')).toBeInTheDocument();
  });

  it('shows an error summary linking to each empty field, then the server refusal', async () => {
    mockApi({
      'GET /api/auth/session': { status: 401, body: { code: 'UNAUTHENTICATED', message: 'Sign in', details: [] } },
      'POST /api/auth/login': { status: 401, body: { code: 'INVALID_CREDENTIALS', message: 'That username and password do not match.', details: [] } },
    });
    renderApp('/signin');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));

    const summary = screen.getByRole('alert', { name: 'There are 2 problems' });
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: 'Enter password.' });
    await userEvent.click(link);
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(screen.getByLabelText('Username'), 'mrivera');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveTextContent('That username and password do not match.'));
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it('lands an administrator on the first page their role allows', async () => {
    mockApi({
      'GET /api/auth/session': session(user({ roleCode: 'sysadmin', roleName: 'System administrator', permissions: ['admin.users', 'admin.roles', 'jobs.read', 'jobs.run'] })),
      'GET /api/admin/roles': { body: { items: [{ code: 'supervisor', name: 'Supervisor', level: null, permissions: ['case.read'] }] } },
      'GET /api/admin/users': { body: { items: [] } },
      'GET /api/admin/units': { body: { items: [] } },
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Administration' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/admin');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Administration', 'Background jobs']);
  });

  it('refuses a page the role does not include', async () => {
    mockApi({ 'GET /api/auth/session': session() });
    renderApp('/audit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not available' })).toBeInTheDocument();
  });
});

describe('navigation focus', () => {
  it('moves focus to the new page heading after an in-app link, and the skip link targets main', async () => {
    mockApi({ 'GET /api/auth/session': session(), 'GET /api/worklist': { body: { tasks: [], clocks: [] } }, 'GET /api/cases': { body: { items: [], nextCursor: null } } });
    renderApp('/worklist');
    await screen.findByRole('heading', { level: 1, name: 'My worklist' });
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Caseload' }));
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Caseload' });
    await waitFor(() => expect(h1).toHaveFocus());
    expect(document.title).toBe('Caseload | Hearth');
    expect(await screen.findByText('0 results')).toBeInTheDocument();
  });
});
