import '../test/setup';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '../i18n';
import type { Lang } from '../api/types';
import { createQueryClient } from '../queryClient';
import { mockApi } from '../test/mock-api';
import { ApplyPage } from './ApplyPage';

function renderApply(lang: Lang = 'en') {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <I18nProvider initial={lang}>
        <ApplyPage />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

async function fillHousehold(u: ReturnType<typeof userEvent.setup>) {
  await u.click(screen.getByLabelText('Food help (SNAP)'));
  await u.click(screen.getByLabelText('Health coverage (Medicaid)'));
  await u.type(screen.getAllByLabelText('First name')[0]!, 'Rosa');
  await u.type(screen.getAllByLabelText('Last name')[0]!, 'Quelnik');
  await u.type(screen.getAllByLabelText('Date of birth')[0]!, '1988-02-03');
  await u.click(screen.getByRole('button', { name: 'Add another person' }));
  await u.type(screen.getAllByLabelText('First name')[1]!, 'Tomas');
  expect(screen.getAllByLabelText('Last name')[1]).toHaveValue('Quelnik');
  await u.type(screen.getAllByLabelText('Date of birth')[1]!, '2016-05-06');
  await u.selectOptions(screen.getByLabelText('How is this person related to you?'), 'child');
  await u.type(screen.getByLabelText(/Money your household gets/), '1,200');
  await u.type(screen.getByLabelText('Cash and money in bank accounts'), '50');
  await u.type(screen.getByLabelText('Rent or mortgage each month'), '900');
  await u.click(within(screen.getByRole('group', { name: 'Do you pay for heating or cooling?' })).getByLabelText('Yes'));
  await u.type(screen.getByLabelText(/Phone number/), '303-555-0100');
  await u.type(screen.getByLabelText('Type your full name'), 'Rosa Quelnik');
  await u.click(screen.getByLabelText(/I promise that my answers are true/));
}

describe('public application', () => {
  it('checks the answers in Spanish before sending, each problem linked to its field', async () => {
    const api = mockApi({});
    const u = userEvent.setup();
    renderApply('es');
    expect(screen.getByRole('heading', { level: 1, name: 'Solicite ayuda para comida, dinero y cobertura de salud' })).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Enviar mi solicitud' }));
    const summary = screen.getByRole('alert', { name: /Hay \d+ problemas/ });
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: 'Elija por lo menos una cosa que quiere solicitar.' });
    await u.click(link);
    expect(screen.getByLabelText('Ayuda para comida (SNAP)')).toHaveFocus();
    expect(within(summary).getByRole('link', { name: /su nombre completo/i })).toHaveAttribute('href', '#apply-signature-name');
    expect(api.calls).toHaveLength(0);
  });

  it('sends one application for several programs (dollars as numbers) and explains what happens next with the dates', async () => {
    const api = mockApi({
      'POST /api/eligibility/public/applications': {
        status: 201,
        body: { applicationNumber: 'A500001', filedOn: '2026-08-17', programs: ['snap', 'medicaid'], message: { en: 'x', es: 'y' } },
      },
    });
    const u = userEvent.setup();
    renderApply();
    await fillHousehold(u);
    await u.click(screen.getByRole('button', { name: 'Send my application' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'We got your application' })).toBeInTheDocument();
    const post = api.find('POST', '/api/eligibility/public/applications')[0]!;
    expect(post.body).toEqual({
      programs: ['snap', 'medicaid'],
      language: 'en',
      phone: '303-555-0100',
      household: [
        { firstName: 'Rosa', lastName: 'Quelnik', dob: '1988-02-03', relationship: 'self' },
        { firstName: 'Tomas', lastName: 'Quelnik', dob: '2016-05-06', relationship: 'child' },
      ],
      screening: { monthlyGrossIncome: 1200, liquidResources: 50, rentOrMortgage: 900, paysHeatingOrCooling: true },
      signature: { name: 'Rosa Quelnik', agreed: true },
    });
    expect(screen.getByText('Your application number is A500001. Keep it for your records.')).toBeInTheDocument();
    expect(screen.getByText(/Your filing date is Aug 17, 2026/)).toBeInTheDocument();
    expect(screen.getByText(/within 30 days of your filing date: by Sep 16, 2026/)).toBeInTheDocument();
    expect(screen.getByText(/within 7 days of your filing date \(by Aug 24, 2026\)/)).toBeInTheDocument();
    expect(screen.getByText(/Medicaid\), we must decide within 45 days: by Oct 1, 2026/)).toBeInTheDocument();
    expect(screen.getByText(/A worker will call you to set up an interview/)).toBeInTheDocument();
  });

  it("shows the server's field problems on the fields they name", async () => {
    mockApi({
      'POST /api/eligibility/public/applications': {
        status: 400,
        body: { code: 'VALIDATION', message: 'The request is not valid', details: [{ path: 'body.address.zip', message: 'Please enter a 5-digit ZIP code.' }] },
      },
    });
    const u = userEvent.setup();
    renderApply();
    await fillHousehold(u);
    await u.type(screen.getByLabelText(/ZIP code/), '802');
    await u.click(screen.getByRole('button', { name: 'Send my application' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await u.click(within(summary).getByRole('link', { name: 'Please enter a 5-digit ZIP code.' }));
    expect(screen.getByLabelText(/ZIP code/)).toHaveFocus();
    expect(screen.getByLabelText(/ZIP code/)).toHaveAttribute('aria-invalid', 'true');
  });
});
