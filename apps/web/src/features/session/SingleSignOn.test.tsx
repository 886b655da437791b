import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { mockApi, renderApp } from '../../test/mock-api';

const signedOut = { status: 401, body: { code: 'UNAUTHENTICATED', message: 'Sign in', details: [] } };

describe('single sign-on on the sign-in page', () => {
  it('offers the agency sign-on as a full-page link that returns to the page asked for', async () => {
    mockApi({
      'GET /api/auth/session': signedOut,
      'GET /api/auth/methods': { body: { password: true, oidc: { label: 'Denver County sign-on', loginUrl: '/api/auth/oidc/login' } } },
    });
    renderApp('/caseload');
    const link = await screen.findByRole('link', { name: 'Denver County sign-on' });
    expect(link).toHaveAttribute('href', '/api/auth/oidc/login?returnTo=%2Fcaseload');
  });

  it('shows no sign-on link when the agency has none configured', async () => {
    mockApi({ 'GET /api/auth/session': signedOut, 'GET /api/auth/methods': { body: { password: true, oidc: null } } });
    renderApp('/signin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('link', { name: /sign-on/i })).not.toBeInTheDocument();
  });
});
