import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from '../../api/client';
import type { SessionView, UserView } from '../../api/types';
import { hasStoredLang, useI18n } from '../../i18n';

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<SessionView | null> {
  try {
    return await api.get<SessionView>('/api/auth/session');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export interface Session {
  user: UserView | null;
  /** The agency's `YYYY-MM-DD` today from the session, or the browser's own day when the server does not say. */
  today: string;
  loading: boolean;
  error: unknown;
  can: (permission: string) => boolean;
  signIn: (username: string, password: string) => Promise<UserView>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

const isDateOnly = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The browser's calendar day as `YYYY-MM-DD` (local time, not UTC). */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const { setLang } = useI18n();
  const q = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000, retry: false });
  const data = q.data ?? null;

  useEffect(() => {
    setCsrfToken(data?.csrfToken ?? null);
  }, [data?.csrfToken]);

  const login = useMutation({
    mutationFn: (v: { username: string; password: string }) => api.post<SessionView>('/api/auth/login', v),
    onSuccess: (s) => {
      setCsrfToken(s.csrfToken);
      qc.setQueryData(SESSION_KEY, s);
      if (!hasStoredLang() && (s.user.preferredLanguage === 'es' || s.user.preferredLanguage === 'en')) setLang(s.user.preferredLanguage);
    },
  });

  const perms = new Set(data?.user.permissions ?? []);
  const value: Session = {
    user: data?.user ?? null,
    today: isDateOnly(data?.today) ? data!.today! : localToday(),
    loading: q.isPending,
    error: q.error,
    can: (p) => perms.has(p),
    signIn: async (username, password) => (await login.mutateAsync({ username, password })).user,
    signOut: async () => {
      try {
        await api.post<void>('/api/auth/logout');
      } finally {
        setCsrfToken(null);
        // Set the session to null first: the provider's observer sees it and re-renders signed out. (qc.clear() would
        // detach that observer from the cache, leaving the old user on screen.) Then drop everything else read as them.
        qc.setQueryData(SESSION_KEY, null);
        qc.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      }
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** Today as the agency counts it: due dates, "overdue" and date limits on forms are relative to this day. */
export function useToday(): string {
  return useSession().today;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside <SessionProvider>');
  return s;
}
