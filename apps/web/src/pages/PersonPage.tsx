import { useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { CaseSummary, Paged, PersonDetail } from '../api/types';
import { useT } from '../i18n';
import { BreakGlass } from '../features/break-glass/BreakGlass';
import { useGuardedRecord } from '../features/break-glass/useGuardedRecord';
import { CaseTable, RestrictedTag } from '../features/cases/CaseTable';
import { flagLabel, personName, roleLabel } from '../features/labels';
import { useSession } from '../features/session/session';
import { EditPersonForm } from '../features/people/EditPersonForm';
import { OpenCaseForm } from '../features/cases/OpenCaseForm';
import { PersonMerges } from '../features/registry/PersonMerges';
import { LiveStatus } from '../ui/Notice';
import { href, Link } from '../router';
import { Notice } from '../ui/Notice';
import { Page } from '../ui/Page';
import { QueryState } from '../ui/QueryState';

function PersonCases({ personId }: { personId: string }) {
  const { t } = useT();
  const q = useQuery({ queryKey: ['cases', { personId }], queryFn: () => api.get<Paged<CaseSummary>>('/api/cases', { scope: 'all', personId }) });
  return <QueryState query={q}>{(d) => <CaseTable cases={d.items} caption={t('person.cases')} captionHidden />}</QueryState>;
}

/** A button that shows a panel below it; closing the panel gives focus back to the button. */
function Disclosure({ id, label, children }: { id: string; label: string; children: (close: (message: string | null) => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const close = (msg: string | null) => {
    setOpen(false);
    setMessage(msg ?? '');
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <div className="margin-y-2">
      <button
        ref={button}
        type="button"
        className="usa-button usa-button--outline"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setMessage('');
          setOpen((o) => !o);
        }}
      >
        {label}
      </button>
      <LiveStatus>{message}</LiveStatus>
      <div id={id} hidden={!open}>
        {open && children(close)}
      </div>
    </div>
  );
}

export function PersonPage({ id }: { id: string }) {
  const i = useT();
  const { t, date } = i;
  const { can } = useSession();
  const { query, refusal, granted } = useGuardedRecord<PersonDetail>(['person', id], `/api/people/${encodeURIComponent(id)}`);

  if (refusal) {
    const endpoint = `/api/people/${encodeURIComponent(id)}/break-glass`;
    return (
      <Page title={t('breakglass.title')}>
        <BreakGlass error={refusal} endpoint={endpoint} onGranted={granted} />
      </Page>
    );
  }
  return (
    <QueryState query={query}>
      {(p) => (
        <Page title={personName(p)}>
          {p.restricted && <Notice type="warning">{t('person.restrictedNotice')}</Notice>}
          <PersonMerges personId={p.id} mergedInto={p.mergedInto} />
          {can('person.write') && (
            <Disclosure id="edit-person-panel" label={t('editPerson.open')}>
              {(close) => <EditPersonForm key={p.version ?? 0} person={p} onDone={close} />}
            </Disclosure>
          )}
          <dl className="hearth-dl margin-bottom-3">
            <dt>{t('person.dob')}</dt>
            <dd>{date(p.dob) || '—'}</dd>
            <dt>{t('person.ssn')}</dt>
            <dd>{p.ssnLast4 ? <><span aria-hidden="true">•••-••-</span>{p.ssnLast4}</> : '—'}</dd>
            <dt>{t('people.preferredLanguage')}</dt>
            <dd>{p.preferredLanguage ? i.tx(`language.${p.preferredLanguage}`, p.preferredLanguage) : '—'}</dd>
            <dt>{t('person.flags')}</dt>
            <dd>
              {p.flags.length ? p.flags.map((f) => <span key={f} className="usa-tag margin-right-1">{flagLabel(i, f)}</span>) : t('common.none')}
              {p.restricted && <RestrictedTag />}
            </dd>
          </dl>

          <h2>{t('person.aliases')}</h2>
          {p.aliases.length ? (
            <ul className="usa-list">{p.aliases.map((a) => <li key={a.id}>{personName(a)} ({i.tx(`person.nameKind.${a.kind}`, a.kind)})</li>)}</ul>
          ) : (
            <p>{t('common.none')}</p>
          )}

          <h2>{t('person.addresses')}</h2>
          {p.addressSuppressed ? (
            <Notice type="info">{t('person.addressSuppressed')}</Notice>
          ) : p.addresses.length ? (
            <ul className="usa-list">
              {p.addresses.map((a) => (
                <li key={a.id}>
                  <address className="display-inline" style={{ fontStyle: 'normal' }}>
                    {[a.line1, a.line2, `${a.city}, ${a.state} ${a.postalCode}`].filter(Boolean).join(', ')}
                  </address>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('common.none')}</p>
          )}

          <h2>{t('person.contacts')}</h2>
          {p.contacts.length ? <ul className="usa-list">{p.contacts.map((c, k) => <li key={c.id ?? k}>{c.label ?? c.kind}: {c.value}</li>)}</ul> : <p>{t('common.none')}</p>}

          <h2>{t('person.relationships')}</h2>
          {p.relationships.length ? (
            <ul className="usa-list">
              {p.relationships.map((r) => (
                <li key={r.id}>
                  <Link to={href('person', { id: r.person.id })}>{r.person.name}</Link>
                  {r.person.restricted && <RestrictedTag />} — {i.tx(`relationship.${r.type}`, r.type.replace(/_/g, ' '))}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('common.none')}</p>
          )}

          <h2>{t('person.households')}</h2>
          {p.households.length ? (
            <ul className="usa-list">
              {p.households.map((h) => (
                <li key={h.householdId + h.fromDate}>
                  <Link to={href('household', { id: h.householdId })}>{h.name}</Link> — {roleLabel(i, h.role)}
                  {h.toDate ? ` (${t('household.until')} ${date(h.toDate)})` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('common.none')}</p>
          )}

          {can('case.read') && (
            <>
              <h2>{t('person.cases')}</h2>
              <PersonCases personId={p.id} />
              {can('case.write') && (
                <Disclosure id="open-case-panel" label={t('openCase.title')}>
                  {() => <OpenCaseForm personId={p.id} />}
                </Disclosure>
              )}
            </>
          )}
        </Page>
      )}
    </QueryState>
  );
}
