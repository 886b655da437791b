import { useEffect, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { Lang } from './api/types';
import { I18nProvider, useT } from './i18n';
import { SessionProvider, useSession } from './features/session/session';
import { allowed, homeFor } from './nav';
import { href, navigate, useRoute, type Route } from './router';
import { Layout } from './ui/Layout';
import { Page } from './ui/Page';
import { Link } from './router';
import { SignInPage } from './pages/SignInPage';
import { WorklistPage } from './pages/WorklistPage';
import { CaseloadPage } from './pages/CaseloadPage';
import { PeopleSearchPage } from './pages/PeopleSearchPage';
import { PersonPage } from './pages/PersonPage';
import { HouseholdPage } from './pages/HouseholdPage';
import { CasePage } from './pages/CasePage';
import { CaseAsOfPage } from './pages/CaseAsOfPage';
import { ReviewsPage } from './pages/ReviewsPage';
import { WorkloadPage } from './pages/WorkloadPage';
import { AdminPage } from './pages/AdminPage';
import { AuditPage } from './pages/AuditPage';
import { JobsPage } from './pages/JobsPage';
import { ApplyPage } from './pages/ApplyPage';
import { EligibilityQueuePage } from './pages/EligibilityQueuePage';
import { EligibilityApplicationPage } from './pages/EligibilityApplicationPage';
import { EligibilityDecisionPage } from './pages/EligibilityDecisionPage';
import { EligibilityCasePage } from './pages/EligibilityCasePage';
import { DuplicatesPage } from './pages/DuplicatesPage';
import { RegistryMergePage } from './pages/RegistryMergePage';

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function NotAllowed() {
  const { t } = useT();
  return (
    <Page title={t('common.notAllowedTitle')}>
      <p>{t('common.notAllowed')}</p>
      <Link to="/">{t('common.goHome')}</Link>
    </Page>
  );
}

function NotFound() {
  const { t } = useT();
  return (
    <Page title={t('common.notFoundTitle')}>
      <p>{t('common.notFound')}</p>
      <Link to="/">{t('common.goHome')}</Link>
    </Page>
  );
}

function pageFor(route: Route): ReactNode {
  const id = route.params.id ?? '';
  switch (route.name) {
    case 'worklist': return <WorklistPage />;
    case 'caseload': return <CaseloadPage />;
    case 'people': return <PeopleSearchPage />;
    case 'person': return <PersonPage key={id} id={id} />;
    case 'household': return <HouseholdPage key={id} id={id} />;
    case 'case': return <CasePage key={id} id={id} />;
    case 'caseAsOf': return <CaseAsOfPage key={id} id={id} />;
    case 'reviews': return <ReviewsPage />;
    case 'workload': return <WorkloadPage />;
    case 'admin': return <AdminPage />;
    case 'audit': return <AuditPage />;
    case 'jobs': return <JobsPage />;
    case 'apply': return <ApplyPage />;
    case 'eligibility': return <EligibilityQueuePage />;
    case 'eligibilityApplication': return <EligibilityApplicationPage key={id} id={id} />;
    case 'eligibilityDecision': return <EligibilityDecisionPage key={id} id={id} />;
    case 'eligibilityCase': return <EligibilityCasePage key={id} id={id} />;
    case 'duplicates': return <DuplicatesPage />;
    case 'registryMerge': return <RegistryMergePage />;
    default: return <NotFound />;
  }
}

function Routes() {
  const route = useRoute();
  const { user, loading } = useSession();
  const { t } = useT();

  if (loading) {
    return (
      <p role="status" className="margin-y-4">
        {t('common.loading')}
      </p>
    );
  }
  // The public application needs no sign-in.
  if (route.name === 'apply') return <ApplyPage />;
  if (!user) {
    if (route.name === 'signin') return <SignInPage />;
    const next = route.name === 'home' || route.name === 'notFound' ? undefined : route.path + (route.search.toString() ? `?${route.search}` : '');
    return <Redirect to={href('signin', {}, { next })} />;
  }
  if (route.name === 'signin') {
    const next = route.search.get('next');
    return <Redirect to={next && next.startsWith('/') && !next.startsWith('//') ? next : href(homeFor(user.permissions))} />;
  }
  if (route.name === 'home') return <Redirect to={href(homeFor(user.permissions))} />;
  if (route.name !== 'notFound' && !allowed(route.name, user.permissions)) return <NotAllowed />;
  return pageFor(route);
}

export function App({ queryClient, lang }: { queryClient: QueryClient; lang?: Lang }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initial={lang}>
        <SessionProvider>
          <Layout>
            <Routes />
          </Layout>
        </SessionProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
