import '../test/setup';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '../i18n';
import { createQueryClient } from '../queryClient';
import { setCsrfToken } from '../api/client';
import { SessionProvider } from '../features/session/session';
import { mockApi, session, user } from '../test/mock-api';
import type { ApplicationView, DecisionView, LedgerView } from '../features/eligibility/api';
import { EligibilityApplicationPage } from './EligibilityApplicationPage';
import { EligibilityDecisionPage } from './EligibilityDecisionPage';
import { EligibilityCasePage } from './EligibilityCasePage';

function renderPage(node: ReactNode, url = '/') {
  setCsrfToken(null);
  window.history.replaceState(null, '', url);
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <I18nProvider initial="en">
        <SessionProvider>{node}</SessionProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

const ROSA = 'a5e083f4-6730-41a0-8781-caa52126f4b4';
const TOMAS = '6501e9e4-7ae6-4809-96ac-2f3b91903c05';
const app: ApplicationView = {
  id: 'app1',
  applicationNumber: 'A500001',
  channel: 'online',
  status: 'registered',
  programs: [
    { program: 'snap', caseId: 'case-snap', caseNumber: 'C101001', status: 'pending', decidedOn: null, decisionId: null },
    { program: 'medicaid', caseId: 'case-med', caseNumber: 'C101002', status: 'pending', decidedOn: null, decisionId: null },
  ],
  requestedPrograms: ['snap', 'medicaid'],
  receivedAt: '2026-08-17T16:00:00Z',
  filedOn: '2026-08-17',
  language: 'en',
  unitId: 'unit-1',
  primaryPersonId: 'p1',
  expedited: true,
  members: [
    { memberKey: ROSA, version: 2, personId: 'p1', firstName: 'Rosa', lastName: 'Quelnik', dob: '1988-02-03', relationship: 'self', effectiveFrom: '2026-08-01', effectiveTo: null },
    { memberKey: TOMAS, version: 2, personId: 'p2', firstName: 'Tomas', lastName: 'Quelnik', dob: '2016-05-06', relationship: 'child', effectiveFrom: '2026-08-01', effectiveTo: null },
  ],
};

const income = {
  id: 'ev1', evidenceKey: 'key-income', version: 1, kind: 'earned_income', memberKey: ROSA, payload: { memberKey: ROSA, employer: 'Acme Foods', monthlyAmount: 1200 }, amountCents: 120000,
  effectiveFrom: '2026-08-01', effectiveTo: null, source: 'applicant_statement', verification: 'unverified', documentId: null, retracted: false, changeId: null, reason: null, recordedBy: 'u1', recordedAt: '2026-08-17T16:00:27Z',
};

function decision(overrides: Partial<DecisionView> = {}): DecisionView {
  return {
    id: 'dec1', caseId: 'case-snap', applicationId: 'app1', program: 'snap', kind: 'initial', status: 'pending_review', outcome: 'approve', firstMonth: '2026-08', lastMonth: '2026-09', effectiveMonth: null,
    certification: { start: '2026-08', end: '2027-07' }, reasonCode: null, summary: 'SNAP (food assistance) — approve. 2026-08: $262; 2026-09: $543', changeId: null, reviewId: 'r1',
    submittedBy: 'u1', approvedBy: null, approvedAt: null, createdAt: '2026-08-17T16:00:28Z',
    determinations: [
      {
        id: 'det-aug', month: '2026-08', program: 'snap', rulesProgram: 'snap', asOf: '2026-08-01', kind: 'initial', eligible: true, amountCents: 26200,
        reasons: [{ code: 'SNAP_ELIGIBLE', text: { en: 'Eligible for SNAP.', es: 'Elegible para SNAP.' } }, { code: 'X', text: { en: `${TOMAS}: eligible for Medicaid (children 6-18).` } }],
        values: { householdSize: 2, grossIncomeCents: 120000, grossIncomeLimitCents: 229200, netIncomeCents: 700 },
        explanation: { en: ['Gross monthly income: $1,200.00 (7 CFR 273.9(b))', 'Monthly allotment: $543.00 (7 CFR 273.10(e)(2)(ii)(A))'], es: ['Ingreso bruto mensual: $1,200.00'] },
        rulesVersion: '2026.1.0+abc', createdAt: '2026-08-17T16:00:28Z',
      },
    ],
    ...overrides,
  };
}

const cmc1 = user({ roleCode: 'cm_coordinator_1', roleName: 'Case Management Coordinator I', level: 1, decisionsReviewed: true });
const supervisor = user({ roleCode: 'supervisor', roleName: 'Supervisor', level: null, permissions: ['case.read', 'case.write', 'case.finalize', 'review.decide', 'person.read'] });

describe('eligibility worker pages', () => {
  it("a Case Manager I's determination shows as sent to review, its explanation beside the numbers, members by name", async () => {
    const api = mockApi({
      'GET /api/auth/session': session(cmc1),
      'GET /api/eligibility/applications/app1': { body: app },
      'POST /api/eligibility/cases/case-snap/determinations': { status: 201, body: decision() },
    });
    const u = userEvent.setup();
    renderPage(<EligibilityApplicationPage id="app1" />, '/eligibility/applications/app1?tab=determine');
    const section = await screen.findByRole('region', { name: 'SNAP (food assistance)' });
    await u.type(within(section).getByLabelText(/First benefit month/), '2026-08');
    await u.click(within(section).getByRole('button', { name: 'Determine SNAP' }));

    expect(await within(section).findByText('Sent to review. A lead worker or supervisor approves it before it takes effect.')).toBeInTheDocument();
    expect(api.find('POST', '/api/eligibility/cases/case-snap/determinations')[0]!.body).toEqual({ firstMonth: '2026-08' });
    const month = within(section).getByRole('region', { name: 'Benefit month August 2026' });
    const numbers = within(month).getByRole('table', { name: 'Result for August 2026' });
    expect(within(numbers).getByRole('row', { name: 'Amount $262.00' })).toBeInTheDocument();
    expect(within(numbers).getByRole('row', { name: 'Gross monthly income $1,200.00' })).toBeInTheDocument();
    expect(within(month).getByText('Gross monthly income: $1,200.00 (7 CFR 273.9(b))')).toBeInTheDocument();
    expect(within(month).getByText('Tomas Quelnik: eligible for Medicaid (children 6-18).')).toBeInTheDocument();
    expect(within(section).getByText('Sent to review', { selector: 'strong' })).toBeInTheDocument();
    expect(within(section).getByText('This decision waits for a lead worker or supervisor.')).toBeInTheDocument();
  });

  it('requests proof for an evidence item with a due date at least 10 days out, then records it received', async () => {
    let status = 'open';
    const api = mockApi({
      'GET /api/auth/session': { body: { user: cmc1, csrfToken: 'csrf-123', today: '2026-08-17' } },
      'GET /api/eligibility/applications/app1': { body: app },
      'GET /api/eligibility/applications/app1/evidence': { body: { items: [income] } },
      'GET /api/eligibility/applications/app1/verification-requests': () => ({
        body: { items: status === 'none' ? [] : [{ id: 'vr1', applicationId: 'app1', evidenceKey: 'key-income', item: 'A pay stub from Acme Foods for August', programs: ['snap'], requestedOn: '2026-08-17', dueOn: '2026-08-27', status, resolvedOn: status === 'received' ? '2026-08-18' : null }] },
      }),
      'POST /api/eligibility/applications/app1/verification-requests': () => {
        status = 'open';
        return { status: 201, body: { id: 'vr1', applicationId: 'app1', evidenceKey: 'key-income', item: 'A pay stub from Acme Foods for August', programs: ['snap'], requestedOn: '2026-08-17', dueOn: '2026-08-27', status: 'open', resolvedOn: null } };
      },
      'POST /api/eligibility/verification-requests/vr1/receive': () => {
        status = 'received';
        return { body: { id: 'vr1', status: 'received' } };
      },
    });
    status = 'none';
    const u = userEvent.setup();
    renderPage(<EligibilityApplicationPage id="app1" />, '/eligibility/applications/app1?tab=verification');
    await screen.findByText('No proof requested yet.');
    expect(screen.getByLabelText('Due date')).toHaveValue('2026-08-27');
    expect(screen.getByText(/Today \+ 10 days: Aug 27, 2026/)).toBeInTheDocument();
    await u.type(screen.getByLabelText(/What proof is needed/), 'A pay stub from Acme Foods for August');
    await u.selectOptions(screen.getByLabelText(/For evidence item/), 'key-income');
    await u.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText(/Proof requested: A pay stub from Acme Foods for August\. Due Aug 27, 2026/)).toBeInTheDocument();
    expect(api.find('POST', '/api/eligibility/applications/app1/verification-requests')[0]!.body).toEqual({ item: 'A pay stub from Acme Foods for August', evidenceKey: 'key-income', dueOn: '2026-08-27' });

    const card = (await screen.findByRole('heading', { level: 3, name: 'A pay stub from Acme Foods for August' })).closest('li')!;
    expect(within(card).getByText('Waiting')).toBeInTheDocument();
    await u.click(within(card).getByRole('button', { name: /Record proof received/ }));
    expect(await screen.findByText('Proof recorded: A pay stub from Acme Foods for August. The item is now verified.')).toBeInTheDocument();
    expect(api.find('POST', '/api/eligibility/verification-requests/vr1/receive')[0]!.body).toEqual({ source: 'pay_stub' });
    expect(await within(card).findByText(/Received/)).toBeInTheDocument();
  });

  it('a supervisor approves on the decision page (eligibility approve, not the generic review) and a return needs a comment', async () => {
    let approved = false;
    const api = mockApi({
      'GET /api/auth/session': session(supervisor),
      'GET /api/eligibility/decisions/dec1': () => ({ body: approved ? decision({ status: 'approved', approvedBy: 'sup' }) : decision() }),
      'GET /api/eligibility/applications/app1': { body: app },
      'POST /api/eligibility/decisions/dec1/approve': () => {
        approved = true;
        return { body: decision({ status: 'approved', approvedBy: 'sup' }) };
      },
    });
    const u = userEvent.setup();
    renderPage(<EligibilityDecisionPage id="dec1" />, '/eligibility/decisions/dec1');
    expect(await screen.findByRole('heading', { level: 1, name: 'SNAP decision' })).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Return to worker' }));
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveTextContent('Say what needs to change');
    expect(api.find('POST', '/api/eligibility/decisions/dec1/return')).toHaveLength(0);
    await u.click(screen.getByRole('button', { name: 'Approve decision' }));
    expect(await screen.findByText('Decision approved. It takes effect now: benefits, certification and notice.')).toBeInTheDocument();
    expect(api.find('POST', '/api/eligibility/decisions/dec1/approve')).toHaveLength(1);
    expect(api.find('POST', '/api/reviews/r1/approve')).toHaveLength(0);
    expect(await screen.findByText('Approved', { selector: 'strong' })).toBeInTheDocument();
  });

  it('the case page: ledger as a chart with a table, a change of income compared old against new with advance notice, notices with PDF links', async () => {
    const ledger: LedgerView = {
      caseId: 'case-snap', program: 'snap', certification: { start: '2026-08', end: '2027-07', status: 'active', amountCents: 54300 },
      months: [{ month: '2026-08', issuedCents: 26200, supplementCents: 0, reductionCents: 0, netCents: 26200 }, { month: '2026-09', issuedCents: 54300, supplementCents: 0, reductionCents: 0, netCents: 54300 }],
      totals: { netCents: 80500 }, claims: [],
    };
    const api = mockApi({
      'GET /api/auth/session': session(cmc1),
      'GET /api/eligibility/cases/case-snap/decisions': { body: { items: [decision({ status: 'approved' })] } },
      'GET /api/eligibility/cases/case-snap/ledger': { body: ledger },
      'GET /api/eligibility/applications/app1': { body: app },
      'GET /api/eligibility/applications/app1/evidence': { body: { items: [income] } },
      'GET /api/cases/case-snap/notices': { body: { items: [{ id: 'n1', caseId: 'case-snap', kind: 'approval', program: 'snap', language: 'en', title: 'Your SNAP benefits are approved', noticeDate: '2026-08-17', effectiveDate: null, adverse: false, pdfUrl: '/api/notices/n1/pdf' }] } },
      'POST /api/eligibility/cases/case-snap/changes': {
        status: 201,
        body: {
          change: { id: 'ch1', kind: 'income', description: 'More hours at Acme', effectiveOn: '2026-09-01', reportedOn: '2026-09-03', adverse: true },
          comparison: [{ month: '2026-09', oldCents: 54300, newCents: 54300, paidCents: 54300, action: 'no_change', amountCents: 0 }, { month: '2026-10', oldCents: 54300, newCents: 36300, paidCents: null, action: 'issue_new', amountCents: 36300 }],
          advanceNotice: { noticePeriodEndsOn: '2026-09-13', effectiveMonth: '2026-10', citation: '7 CFR 273.13(a)(1)' },
          supplementCents: 0, overissuedCents: 0, decision: decision({ id: 'dec2', kind: 'change', status: 'pending_review' }),
        },
      },
    });
    const u = userEvent.setup();
    renderPage(<EligibilityCasePage id="case-snap" />, '/eligibility/cases/case-snap?application=app1');
    await screen.findByText('Total net benefits: $805.00');
    expect(await screen.findByRole('img', { name: 'Benefits by month, chart' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Benefits by month \(net/ });
    expect(within(table).getByRole('row', { name: /August 2026 \$262\.00 \$0\.00 \$0\.00 \$262\.00/ })).toBeInTheDocument();
    expect(screen.getByText('Total net benefits: $805.00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'PDF: approval notice of Aug 17, 2026' })).toHaveAttribute('href', '/api/notices/n1/pdf');

    await u.type(await screen.findByLabelText('New monthly amount (dollars)'), '1800');
    await u.type(screen.getByLabelText('Date of the change'), '2026-09-01');
    await u.type(screen.getByLabelText('What changed'), 'More hours at Acme');
    await u.click(screen.getByRole('button', { name: 'Report change' }));
    const cmp = await screen.findByRole('table', { name: 'Each affected month: before the change and after it' });
    expect(within(cmp).getByRole('row', { name: /October 2026 \$543\.00 \$363\.00 — New amount from this month/ })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('the new amount starts in October 2026, after the notice period ends on Sep 13, 2026 (7 CFR 273.13(a)(1))');
    expect(api.find('POST', '/api/eligibility/cases/case-snap/changes')[0]!.body).toEqual({
      kind: 'income', description: 'More hours at Acme', effectiveOn: '2026-09-01',
      revise: [{ evidenceKey: 'key-income', effectiveTo: '2026-08-31', reason: 'More hours at Acme' }],
      add: [{ kind: 'earned_income', payload: { memberKey: ROSA, employer: 'Acme Foods', monthlyAmount: 1800 }, effectiveFrom: '2026-09-01', source: 'pay_stub', verification: 'verified' }],
    });
  });
});
