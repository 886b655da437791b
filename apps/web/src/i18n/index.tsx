import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../api/types';
import { en, type MessageKey, type Messages } from './en';
import { es } from './es';
import { formatDate, formatDateTime, formatMoney, formatNumber } from './format';

export type { MessageKey } from './en';
export const dictionaries: Record<Lang, Messages> = { en, es };
export const LANG_STORAGE_KEY = 'hearth.lang';

type Vars = Record<string, string | number>;

function interpolate(s: string, vars?: Vars): string {
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Vars) => string;
  /** For keys built from data (`status.${s}`): falls back to `fallback` when the key is unknown. */
  tx: (key: string, fallback: string, vars?: Vars) => string;
  /** Plural: picks `${base}.one` or `${base}.other` and fills `{count}`. */
  tp: (base: string, count: number, vars?: Vars) => string;
  date: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  money: (cents: number | null | undefined) => string;
  num: (n: number, digits?: number) => string;
}

function readStoredLang(): Lang | null {
  try {
    const v = localStorage.getItem(LANG_STORAGE_KEY);
    return v === 'en' || v === 'es' ? v : null;
  } catch {
    return null;
  }
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? readStoredLang() ?? 'en');

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const dict = dictionaries[lang];
    const lookup = (key: string): string | undefined => (dict as Record<string, string>)[key];
    return {
      lang,
      setLang,
      t: (key, vars) => interpolate(dict[key] ?? en[key] ?? key, vars),
      tx: (key, fallback, vars) => interpolate(lookup(key) ?? fallback, vars),
      tp: (base, count, vars) => {
        const form = new Intl.PluralRules(lang === 'es' ? 'es-US' : 'en-US').select(count) === 'one' ? 'one' : 'other';
        return interpolate(lookup(`${base}.${form}`) ?? `${count}`, { count: formatNumber(lang, count), ...vars });
      },
      date: (iso) => formatDate(lang, iso),
      dateTime: (iso) => formatDateTime(lang, iso),
      money: (cents) => formatMoney(lang, cents),
      num: (n, digits) => formatNumber(lang, n, digits),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside <I18nProvider>');
  return ctx;
}

/** The translate function (and friends) for the current language. */
export function useT(): I18n {
  return useI18n();
}

/** True when a stored choice exists, so the user's profile language should not override it. */
export function hasStoredLang(): boolean {
  return readStoredLang() !== null;
}
