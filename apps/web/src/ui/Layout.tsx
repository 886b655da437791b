import { useEffect, useRef, type ReactNode } from 'react';
import { GovBanner, SideNav } from '@trussworks/react-uswds';
import { useT } from '../i18n';
import { useSession } from '../features/session/session';
import { NAV } from '../nav';
import { href, Link, navigate, useRoute } from '../router';

export function LanguageToggle() {
  const { t, lang, setLang } = useT();
  const next = lang === 'en' ? 'es' : 'en';
  return (
    <button type="button" className="usa-button usa-button--outline usa-button--small hearth-lang" lang={next} onClick={() => setLang(next)} title={t('lang.switchToLabel')}>
      {t('lang.switchTo')}
    </button>
  );
}

/** The id of the person-search name field: "/" anywhere (outside a field) jumps to it. */
export const SEARCH_FIELD_ID = 'search-q';
let focusSearchOnArrival = false;

/** Moves focus to the person search field, going to the search page first when needed. */
export function focusPersonSearch(): void {
  const field = document.getElementById(SEARCH_FIELD_ID) as HTMLInputElement | null;
  if (field) {
    field.focus();
    field.select();
    return;
  }
  focusSearchOnArrival = true;
  navigate(href('people'));
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)));
}

/** GovBanner, header, side navigation (only what the user may see), main landmark, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, lang } = useT();
  const { user, can, signOut } = useSession();
  const route = useRoute();
  const lastPath = useRef<string | null>(null);

  // After in-app navigation, move focus to the new page's heading so screen-reader users hear where they are.
  useEffect(() => {
    const previous = lastPath.current;
    lastPath.current = route.path;
    if (previous === null || previous === route.path) return;
    if (focusSearchOnArrival) {
      focusSearchOnArrival = false;
      const field = document.getElementById(SEARCH_FIELD_ID);
      if (field) return field.focus();
    }
    const target = document.getElementById('page-title') ?? document.getElementById('main-content');
    target?.focus();
  }, [route.path]);

  // Keyboard shortcut: "/" (when not typing in a field) goes to person search, as in most search-heavy tools.
  const canSearch = Boolean(user?.permissions.includes('person.read'));
  useEffect(() => {
    if (!canSearch) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      e.preventDefault();
      focusPersonSearch();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canSearch]);

  const items = NAV.filter((n) => n.anyOf.some(can)).map((n) => {
    const to = href(n.route);
    const current = route.name === n.route;
    return (
      <Link key={n.route} to={to} className={current ? 'usa-current' : undefined} aria-current={current ? 'page' : undefined}>
        {t(n.label)}
      </Link>
    );
  });

  return (
    <div className="hearth-app">
      <a className="usa-skipnav" href="#main-content">
        {t('skip')}
      </a>
      <GovBanner language={lang === 'es' ? 'spanish' : 'english'} />
      <header className="usa-header usa-header--basic hearth-header">
        <div className="hearth-header__inner grid-container-widescreen">
          <div className="usa-logo margin-y-2">
            <em className="usa-logo__text">
              <Link to={user ? '/' : '/signin'} title={t('app.name')}>
                {t('app.name')}
              </Link>
            </em>
            <span className="hearth-header__tagline">{t('app.tagline')}</span>
          </div>
          <div className="hearth-header__tools">
            {user && (
              <span className="hearth-header__user">
                {t('header.signedInAs', { name: user.displayName, role: user.roleName })}
              </span>
            )}
            <LanguageToggle />
            {user && (
              <button
                type="button"
                className="usa-button usa-button--unstyled hearth-header__signout"
                onClick={async () => {
                  await signOut().catch(() => undefined);
                  navigate('/signin');
                }}
              >
                {t('header.signOut')}
              </button>
            )}
          </div>
        </div>
      </header>
      <div className="grid-container-widescreen hearth-body">
        <div className="grid-row grid-gap-lg">
          {user && items.length > 0 && (
            <nav aria-label={t('nav.label')} className="tablet:grid-col-3 desktop:grid-col-2 padding-top-4 hearth-sidenav">
              <SideNav items={items} />
              {canSearch && (
                <p className="usa-hint font-sans-2xs margin-top-2">
                  <kbd>/</kbd> {t('shortcut.searchShort')}
                </p>
              )}
            </nav>
          )}
          <main id="main-content" tabIndex={-1} className={`${user ? 'tablet:grid-col-9 desktop:grid-col-10' : 'grid-col-12'} padding-y-4 hearth-main`}>
            {children}
          </main>
        </div>
      </div>
      <footer className="usa-footer usa-footer--slim">
        <div className="usa-identifier">
          <div className="usa-identifier__section usa-identifier__section--masthead">
            <div className="usa-identifier__container">
              <p className="usa-identifier__identity-disclaimer">
                {t('app.name')} · {t('app.tagline')} · {t('signin.notice')}
              </p>
            </div>
          </div>
        </div>
      </footer>
    </div>
  );
}
