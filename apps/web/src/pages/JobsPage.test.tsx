import '../test/setup';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { mockApi, renderApp, session } from '../test/mock-api';

describe('background jobs', () => {
  it('shows progress as an accessible progress bar', async () => {
    mockApi({
      'GET /api/auth/session': session(),
      'GET /api/jobs': {
        body: {
          items: [
            { id: 'j1', jobName: 'recompute-clocks', status: 'active', total: 200, done: 50, message: 'Unit North', createdAt: '2025-05-01T10:00:00Z', updatedAt: '2025-05-01T10:01:00Z' },
            { id: 'j2', jobName: 'nightly-notices', status: 'active', total: null, done: 7, message: null, createdAt: '2025-05-01T10:00:00Z', updatedAt: '2025-05-01T10:01:00Z' },
          ],
        },
      },
    });
    renderApp('/jobs');
    const bar = await screen.findByRole('progressbar', { name: 'Progress of recompute-clocks' });
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(bar).toHaveAttribute('aria-valuemax', '200');
    expect(bar).toHaveAttribute('aria-valuetext', '50 of 200');
    expect(screen.getByText('50 of 200 (25%)')).toBeInTheDocument();
    const unknown = screen.getByRole('progressbar', { name: 'Progress of nightly-notices' });
    expect(unknown).not.toHaveAttribute('aria-valuenow');
    expect(unknown).toHaveAttribute('aria-valuetext', '7 done');
  });
});
