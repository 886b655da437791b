import './../test/setup';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../api/client';
import { I18nProvider } from '../i18n';
import { ErrorSummary } from './ErrorSummary';
import { TextField } from './Field';

describe('ErrorSummary', () => {
  it('lists each API detail as a link that moves focus to its field', async () => {
    const err = new ApiError(400, 'VALIDATION', 'The request is not valid', [
      { path: 'body.lastName', message: 'Last name is required' },
      { path: 'body.dob', message: 'Date of birth cannot be in the future' },
      { path: '', message: 'Something about the whole form' },
    ]);
    render(
      <I18nProvider initial="en">
        <ErrorSummary idPrefix="p" error={err} />
        <TextField id="p-lastName" label="Last name" />
        <TextField id="p-dob" label="Date of birth" />
      </I18nProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'There are 3 problems' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Date of birth cannot be in the future' });
    expect(link).toHaveAttribute('href', '#p-dob');
    await userEvent.click(link);
    expect(screen.getByLabelText('Date of birth')).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Last name is required' })).toHaveAttribute('href', '#p-lastName');
    expect(screen.getByText('Something about the whole form').tagName).toBe('LI');
  });

  it('renders nothing without problems', () => {
    const { container } = render(
      <I18nProvider initial="en">
        <ErrorSummary idPrefix="p" />
      </I18nProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
