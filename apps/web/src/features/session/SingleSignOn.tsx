import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useT } from '../../i18n';

/** What GET /api/auth/methods answers (modules/identity/http/oidc.routes.ts). */
interface AuthMethods {
  password: boolean;
  oidc: { label: string; loginUrl: string } | null;
}

/**
 * The agency's single sign-on, when configured: a plain link, because the provider's pages need a full-page
 * navigation (not a fetch). After the provider sends the browser back, the session cookie is set and the app
 * opens `next` (the page the worker first asked for).
 */
export function SingleSignOn({ next }: { next: string | null }) {
  const { t } = useT();
  const q = useQuery({ queryKey: ['auth', 'methods'], queryFn: () => api.get<AuthMethods>('/api/auth/methods'), retry: false, staleTime: 5 * 60_000 });
  const oidc = q.data?.oidc;
  if (!oidc) return null;
  const href = `${oidc.loginUrl}?${new URLSearchParams({ returnTo: next && next.startsWith('/') ? next : '/' })}`;
  return (
    <div className="margin-bottom-4">
      <a className="usa-button usa-button--big" href={href}>
        {oidc.label}
      </a>
      <p className="usa-hint margin-top-2">{t('signin.orPassword')}</p>
    </div>
  );
}
