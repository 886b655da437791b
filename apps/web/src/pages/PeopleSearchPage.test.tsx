import '../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, renderApp, session } from '../test/mock-api';

describe('person search', () => {
  it('sends the typed name as is, announces the count and shows why each result matched', async () => {
    const api = mockApi({
      'GET /api/auth/session': session(),
      'GET /api/people/search': {
        body: {
          results: [
            {
              person: { id: 'p1', firstName: 'Katherine', lastName: 'Johnson', dob: '1984-04-28', ssnLast4: '1234', restricted: false, flags: [] },
              score: 0.91,
              reasons: [
                { field: 'name', agreement: 'close' },
                { field: 'dob', agreement: 'swapped' },
              ],
            },
          ],
        },
      },
    });
    renderApp('/people');
    await userEvent.type(await screen.findByLabelText('Name'), 'Catherine Jonson');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('1 person found')).toBeInTheDocument();
    expect(api.find('GET', '/api/people/search')[0]!.query.get('q')).toBe('Catherine Jonson');
    const link = screen.getByRole('link', { name: 'Katherine Johnson' });
    expect(link).toHaveAttribute('href', '/people/p1');
    const item = link.closest('tr')!;
    expect(within(item).getByText('Name: close')).toBeInTheDocument();
    expect(within(item).getByText('Date of birth: day and month swapped')).toBeInTheDocument();
    expect(within(item).getByText('91%')).toBeInTheDocument();
    expect(within(item).getByText('Apr 28, 1984')).toBeInTheDocument();
    expect(window.location.search).toBe('?q=Catherine+Jonson');
  });

  it('asks for at least one search term, linking to the name field', async () => {
    const api = mockApi({ 'GET /api/auth/session': session() });
    renderApp('/people');
    await userEvent.click(await screen.findByRole('button', { name: 'Search' }));
    const link = screen.getByRole('link', { name: /Enter a name, a date of birth/ });
    await userEvent.click(link);
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(api.find('GET', '/api/people/search')).toHaveLength(0);
  });
});
