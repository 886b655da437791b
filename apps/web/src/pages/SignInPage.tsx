import { useState, type FormEvent } from 'react';
import { isApiError } from '../api/client';
import { useT } from '../i18n';
import { useSession } from '../features/session/session';
import { ErrorSummary } from '../ui/ErrorSummary';
import { fieldErrors, fieldId, type SummaryItem } from '../ui/fields';
import { TextField } from '../ui/Field';
import { Page } from '../ui/Page';
import { ApplyLink } from '../features/eligibility/ApplyLink';
import { SingleSignOn } from '../features/session/SingleSignOn';

const P = 'signin';

export function SignInPage() {
  const { t } = useT();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [show, setShow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!username.trim()) problems.username = t('errors.fieldRequired', { field: t('signin.username').toLowerCase() });
    if (!password) problems.password = t('errors.fieldRequired', { field: t('signin.password').toLowerCase() });
    setLocal(problems);
    setError(null);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      await signIn(username.trim(), password);
    } catch (err) {
      setError(err);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const serverFields = fieldErrors(isApiError(error) ? error : null);
  const fe = { ...serverFields, ...local };
  const items: SummaryItem[] = Object.entries(local).map(([k, m]) => ({ targetId: fieldId(P, k), message: m }));

  return (
    <div className="grid-row">
      <div className="tablet:grid-col-8 desktop:grid-col-6">
        <Page title={t('signin.title')} lead={t('signin.intro')}>
          <SingleSignOn next={new URLSearchParams(window.location.search).get('next')} />
          <ErrorSummary idPrefix={P} items={items} error={error} />
          <form className="usa-form usa-form--large" onSubmit={submit} noValidate aria-labelledby="page-title">
            <TextField id={fieldId(P, 'username')} name="username" label={t('signin.username')} autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} error={fe.username} autoCapitalize="off" spellCheck={false} />
            <TextField id={fieldId(P, 'password')} name="password" label={t('signin.password')} type={show ? 'text' : 'password'} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={fe.password} />
            <div className="usa-checkbox margin-top-2">
              <input className="usa-checkbox__input" id={`${P}-show`} type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />
              <label className="usa-checkbox__label" htmlFor={`${P}-show`}>
                {t('signin.showPassword')}
              </label>
            </div>
            <button type="submit" className="usa-button margin-top-3" disabled={busy} aria-disabled={busy}>
              {busy ? t('signin.submitting') : t('signin.submit')}
            </button>
          </form>
          <p className="usa-hint margin-top-4">{t('signin.notice')}</p>
          <ApplyLink />
        </Page>
      </div>
    </div>
  );
}
