import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../api/client';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SelectField, TextField } from '../ui/Field';
import { fieldErrors, fieldId, type SummaryItem } from '../ui/fields';
import { LiveStatus } from '../ui/Notice';
import { Page } from '../ui/Page';
import { addDaysIso, dollars, elApi, PROGRAMS, RELATIONSHIPS, type OnlineApplicationReceipt, type Program } from '../features/eligibility/api';
import { useEl, type ElI18n } from '../features/eligibility/strings';

const P = 'apply';

interface PersonRow {
  key: number;
  firstName: string;
  lastName: string;
  dob: string;
  relationship: string;
}

/** Calendar days from the filing date (day 1 is the day after): 7 CFR 273.2(g)(1) and (i)(3); 42 CFR 435.912(c)(3); Colorado Works county guidance. */
const PROCESSING_DAYS = { snap: 30, snapExpedited: 7, medicaid: 45, tanf: 45 } as const;

function Confirmation({ receipt, onAgain }: { receipt: OnlineApplicationReceipt; onAgain: () => void }) {
  const { e, date } = useEl();
  const has = (p: Program) => receipt.programs.includes(p);
  return (
    <Page title={e('apply.done.title')}>
      <div className="usa-alert usa-alert--success" role="status">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{e('apply.done.number', { number: receipt.applicationNumber })}</p>
          <p className="usa-alert__text">{e('apply.done.filed', { date: date(receipt.filedOn) })}</p>
        </div>
      </div>
      <h2>{e('apply.done.next')}</h2>
      <ol className="usa-process-list">
        <li className="usa-process-list__item">
          <p className="margin-top-05">{e('apply.done.interview')}</p>
        </li>
        {has('snap') && (
          <li className="usa-process-list__item">
            <p className="margin-top-05">{e('apply.done.snap30', { date: date(addDaysIso(receipt.filedOn, PROCESSING_DAYS.snap)) })}</p>
            <p>{e(receipt.expedited ? 'apply.done.snap7Yes' : 'apply.done.snap7', { date: date(addDaysIso(receipt.filedOn, PROCESSING_DAYS.snapExpedited)) })}</p>
          </li>
        )}
        {has('medicaid') && (
          <li className="usa-process-list__item">
            <p className="margin-top-05">{e('apply.done.medicaid', { date: date(addDaysIso(receipt.filedOn, PROCESSING_DAYS.medicaid)) })}</p>
          </li>
        )}
        {has('tanf') && (
          <li className="usa-process-list__item">
            <p className="margin-top-05">{e('apply.done.tanf', { date: date(addDaysIso(receipt.filedOn, PROCESSING_DAYS.tanf)) })}</p>
          </li>
        )}
      </ol>
      <p>{e('apply.done.help')}</p>
      <button type="button" className="usa-button usa-button--outline" onClick={onAgain}>
        {e('apply.done.again')}
      </button>
    </Page>
  );
}

function YesNo({ id, legend, value, onChange, error, i }: { id: string; legend: string; value: boolean | null; onChange: (v: boolean) => void; error?: string; i: ElI18n }) {
  return (
    <fieldset className={`usa-fieldset margin-top-3${error ? ' usa-form-group usa-form-group--error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="usa-legend">{legend}</legend>
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      {[true, false].map((v) => (
        <div className="usa-radio" key={String(v)}>
          <input className="usa-radio__input" id={v ? id : `${id}-no`} type="radio" name={id} checked={value === v} onChange={() => onChange(v)} />
          <label className="usa-radio__label" htmlFor={v ? id : `${id}-no`}>
            {v ? i.t('common.yes') : i.t('common.no')}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** The public application: no sign-in, plain language, English and Spanish, one column that fits a 320px phone. */
export function ApplyPage() {
  const i = useEl();
  const { e, lang } = i;
  const nextKey = useRef(2);
  const [programs, setPrograms] = useState<Program[]>([]);
  const [people, setPeople] = useState<PersonRow[]>([{ key: 1, firstName: '', lastName: '', dob: '', relationship: 'self' }]);
  const [income, setIncome] = useState('');
  const [cash, setCash] = useState('');
  const [rent, setRent] = useState('');
  const [heating, setHeating] = useState<boolean | null>(null);
  const [migrant, setMigrant] = useState(false);
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [line1, setLine1] = useState('');
  const [city, setCity] = useState('');
  const [state, setState] = useState('CO');
  const [zip, setZip] = useState('');
  const [homeless, setHomeless] = useState(false);
  const [letters, setLetters] = useState<'en' | 'es' | ''>('');
  const [signName, setSignName] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<OnlineApplicationReceipt | null>(null);
  const [announce, setAnnounce] = useState('');

  if (receipt) {
    return (
      <Confirmation
        receipt={receipt}
        onAgain={() => {
          setReceipt(null);
          setPrograms([]);
          setPeople([{ key: 1, firstName: '', lastName: '', dob: '', relationship: 'self' }]);
          setSignName('');
          setAgreed(false);
        }}
      />
    );
  }

  const setPerson = (key: number, patch: Partial<PersonRow>) => setPeople((ps) => ps.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  const req = (field: string) => i.t('errors.fieldRequired', { field: field.toLowerCase() });

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const problems: Record<string, string> = {};
    if (programs.length === 0) problems.programs = e('apply.needOneProgram');
    people.forEach((p, n) => {
      if (!p.firstName.trim()) problems[`household.${n}.firstName`] = req(e('apply.firstName'));
      if (!p.lastName.trim()) problems[`household.${n}.lastName`] = req(e('apply.lastName'));
      if (!p.dob) problems[`household.${n}.dob`] = req(e('apply.dob'));
      if (!p.relationship) problems[`household.${n}.relationship`] = e('apply.relationship');
    });
    const money = { monthlyGrossIncome: dollars(income), liquidResources: dollars(cash), rentOrMortgage: dollars(rent) };
    if (money.monthlyGrossIncome === null) problems['screening.monthlyGrossIncome'] = `${e('apply.income')}: ${e('apply.moneyHint')}`;
    if (money.liquidResources === null) problems['screening.liquidResources'] = `${e('apply.cash')}: ${e('apply.moneyHint')}`;
    if (money.rentOrMortgage === null) problems['screening.rentOrMortgage'] = `${e('apply.rent')}: ${e('apply.moneyHint')}`;
    if (heating === null) problems['screening.paysHeatingOrCooling'] = e('apply.heating');
    if (signName.trim().length < 3) problems['signature.name'] = req(e('apply.signName'));
    if (!agreed) problems['signature.agreed'] = e('apply.agree');
    setLocal(problems);
    setError(null);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      const address = homeless ? { homeless: true } : line1 || city || zip ? { line1: line1 || undefined, city: city || undefined, state: state || undefined, zip: zip || undefined } : undefined;
      const r = await elApi.applyOnline({
        programs,
        language: letters || lang,
        phone: phone.trim() || undefined,
        email: email.trim() || undefined,
        address,
        household: people.map((p) => ({ firstName: p.firstName.trim(), lastName: p.lastName.trim(), dob: p.dob, relationship: p.relationship })),
        screening: {
          monthlyGrossIncome: money.monthlyGrossIncome!,
          liquidResources: money.liquidResources!,
          rentOrMortgage: money.rentOrMortgage!,
          paysHeatingOrCooling: heating!,
          ...(migrant ? { destituteMigrantOrSeasonalFarmworker: true } : {}),
        },
        signature: { name: signName.trim(), agreed: true },
      });
      setReceipt(r);
      window.scrollTo?.(0, 0);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const fe = { ...fieldErrors(isApiError(error) ? error : null), ...local };
  const items: SummaryItem[] = Object.entries(local).map(([k, m]) => ({ targetId: fieldId(P, k), message: m }));
  const id = (name: string) => fieldId(P, name);

  return (
    <div className="grid-row">
      <div className="grid-col-12 tablet:grid-col-10 desktop:grid-col-8">
        <Page title={e('apply.title')} lead={e('apply.lead')}>
          <ErrorSummary idPrefix={P} items={items} error={error} />
          <LiveStatus visible={false}>{announce}</LiveStatus>
          <form className="usa-form usa-form--large hearth-apply" onSubmit={submit} noValidate aria-labelledby="page-title">
            <fieldset className={`usa-fieldset${fe.programs ? ' usa-form-group usa-form-group--error' : ''}`} aria-describedby={`${id('programs')}-hint${fe.programs ? ` ${id('programs')}-error` : ''}`}>
              <legend className="usa-legend usa-legend--large">{e('apply.programs')}</legend>
              <span className="usa-hint" id={`${id('programs')}-hint`}>
                {e('apply.programsHint')}
              </span>
              {fe.programs && (
                <span className="usa-error-message" id={`${id('programs')}-error`}>
                  {fe.programs}
                </span>
              )}
              {PROGRAMS.map((p, n) => (
                <div className="usa-checkbox" key={p}>
                  <input
                    className="usa-checkbox__input"
                    id={n === 0 ? id('programs') : id(`programs-${p}`)}
                    type="checkbox"
                    checked={programs.includes(p)}
                    onChange={(ev) => setPrograms((ps) => (ev.target.checked ? [...ps, p] : ps.filter((x) => x !== p)))}
                  />
                  <label className="usa-checkbox__label" htmlFor={n === 0 ? id('programs') : id(`programs-${p}`)}>
                    {e(`apply.program.${p}` as 'apply.program.snap')}
                  </label>
                </div>
              ))}
            </fieldset>

            <fieldset className="usa-fieldset margin-top-4">
              <legend className="usa-legend usa-legend--large">{e('apply.people')}</legend>
              <span className="usa-hint">{e('apply.peopleHint')}</span>
              {people.map((p, n) => (
                <fieldset className="usa-fieldset hearth-card margin-top-2" key={p.key}>
                  <legend className="usa-legend text-bold">
                    {e('apply.person', { n: n + 1 })}
                    {n === 0 ? ` (${e('apply.you')})` : ''}
                  </legend>
                  <TextField id={id(`household.${n}.firstName`)} label={e('apply.firstName')} autoComplete={n === 0 ? 'given-name' : 'off'} value={p.firstName} onChange={(ev) => setPerson(p.key, { firstName: ev.target.value })} error={fe[`household.${n}.firstName`]} />
                  <TextField id={id(`household.${n}.lastName`)} label={e('apply.lastName')} autoComplete={n === 0 ? 'family-name' : 'off'} value={p.lastName} onChange={(ev) => setPerson(p.key, { lastName: ev.target.value })} error={fe[`household.${n}.lastName`]} />
                  <TextField id={id(`household.${n}.dob`)} label={e('apply.dob')} type="date" autoComplete={n === 0 ? 'bday' : 'off'} value={p.dob} onChange={(ev) => setPerson(p.key, { dob: ev.target.value })} error={fe[`household.${n}.dob`]} />
                  {n > 0 && (
                    <SelectField
                      id={id(`household.${n}.relationship`)}
                      label={e('apply.relationship')}
                      placeholder={e('rel.choose')}
                      options={RELATIONSHIPS.filter((r) => r !== 'self').map((r) => ({ value: r, label: e(`rel.${r}` as 'rel.self') }))}
                      value={p.relationship}
                      onChange={(ev) => setPerson(p.key, { relationship: ev.target.value })}
                      error={fe[`household.${n}.relationship`]}
                    />
                  )}
                  {n > 0 && (
                    <button
                      type="button"
                      className="usa-button usa-button--unstyled margin-top-2"
                      onClick={() => {
                        setPeople((ps) => ps.filter((x) => x.key !== p.key));
                        setAnnounce(e('apply.personRemoved'));
                      }}
                    >
                      {e('apply.removePerson', { n: n + 1 })}
                    </button>
                  )}
                </fieldset>
              ))}
              {people.length < 20 && (
                <button
                  type="button"
                  className="usa-button usa-button--outline margin-top-2"
                  onClick={() => {
                    setPeople((ps) => [...ps, { key: nextKey.current++, firstName: '', lastName: people[0]?.lastName ?? '', dob: '', relationship: '' }]);
                    setAnnounce(e('apply.personAdded', { n: people.length + 1 }));
                  }}
                >
                  {e('apply.addPerson')}
                </button>
              )}
            </fieldset>

            <fieldset className="usa-fieldset margin-top-4">
              <legend className="usa-legend usa-legend--large">{e('apply.money')}</legend>
              <span className="usa-hint">{e('apply.moneyHint')}</span>
              <TextField id={id('screening.monthlyGrossIncome')} label={e('apply.income')} hint={e('apply.dollars')} inputMode="decimal" value={income} onChange={(ev) => setIncome(ev.target.value)} error={fe['screening.monthlyGrossIncome']} />
              <TextField id={id('screening.liquidResources')} label={e('apply.cash')} hint={e('apply.dollars')} inputMode="decimal" value={cash} onChange={(ev) => setCash(ev.target.value)} error={fe['screening.liquidResources']} />
            </fieldset>

            <fieldset className="usa-fieldset margin-top-4">
              <legend className="usa-legend usa-legend--large">{e('apply.expenses')}</legend>
              <TextField id={id('screening.rentOrMortgage')} label={e('apply.rent')} hint={e('apply.dollars')} inputMode="decimal" value={rent} onChange={(ev) => setRent(ev.target.value)} error={fe['screening.rentOrMortgage']} />
              <YesNo id={id('screening.paysHeatingOrCooling')} legend={e('apply.heating')} value={heating} onChange={setHeating} error={fe['screening.paysHeatingOrCooling']} i={i} />
              <div className="usa-checkbox margin-top-3">
                <input className="usa-checkbox__input" id={id('migrant')} type="checkbox" checked={migrant} onChange={(ev) => setMigrant(ev.target.checked)} />
                <label className="usa-checkbox__label" htmlFor={id('migrant')}>
                  {e('apply.migrant')}
                </label>
              </div>
            </fieldset>

            <fieldset className="usa-fieldset margin-top-4">
              <legend className="usa-legend usa-legend--large">{e('apply.contact')}</legend>
              <TextField id={id('phone')} label={e('apply.phone')} type="tel" autoComplete="tel" optional value={phone} onChange={(ev) => setPhone(ev.target.value)} error={fe.phone} />
              <TextField id={id('email')} label={e('apply.email')} type="email" autoComplete="email" optional value={email} onChange={(ev) => setEmail(ev.target.value)} error={fe.email} />
              <div className="usa-checkbox margin-top-3">
                <input className="usa-checkbox__input" id={id('address.homeless')} type="checkbox" checked={homeless} onChange={(ev) => setHomeless(ev.target.checked)} />
                <label className="usa-checkbox__label" htmlFor={id('address.homeless')}>
                  {e('apply.homeless')}
                </label>
              </div>
              {!homeless && (
                <>
                  <TextField id={id('address.line1')} label={e('apply.line1')} autoComplete="street-address" optional value={line1} onChange={(ev) => setLine1(ev.target.value)} error={fe['address.line1']} />
                  <TextField id={id('address.city')} label={e('apply.city')} autoComplete="address-level2" optional value={city} onChange={(ev) => setCity(ev.target.value)} error={fe['address.city']} />
                  <TextField id={id('address.state')} label={e('apply.state')} autoComplete="address-level1" optional className="usa-form-group--state" maxLength={2} value={state} onChange={(ev) => setState(ev.target.value.toUpperCase())} error={fe['address.state']} />
                  <TextField id={id('address.zip')} label={e('apply.zip')} autoComplete="postal-code" inputMode="numeric" optional value={zip} onChange={(ev) => setZip(ev.target.value)} error={fe['address.zip']} />
                </>
              )}
              <SelectField
                id={id('language')}
                label={e('apply.language')}
                options={[
                  { value: 'en', label: 'English' },
                  { value: 'es', label: 'Español' },
                ]}
                value={letters || lang}
                onChange={(ev) => setLetters(ev.target.value as 'en' | 'es')}
              />
            </fieldset>

            <fieldset className="usa-fieldset margin-top-4">
              <legend className="usa-legend usa-legend--large">{e('apply.sign')}</legend>
              <TextField id={id('signature.name')} label={e('apply.signName')} autoComplete="name" value={signName} onChange={(ev) => setSignName(ev.target.value)} error={fe['signature.name']} />
              <div className={`usa-checkbox margin-top-3${fe['signature.agreed'] ? ' usa-form-group--error' : ''}`}>
                <input className="usa-checkbox__input" id={id('signature.agreed')} type="checkbox" checked={agreed} onChange={(ev) => setAgreed(ev.target.checked)} aria-invalid={fe['signature.agreed'] ? true : undefined} />
                <label className="usa-checkbox__label" htmlFor={id('signature.agreed')}>
                  {e('apply.agree')}
                </label>
              </div>
            </fieldset>

            <button type="submit" className="usa-button usa-button--big margin-top-4" disabled={busy} aria-disabled={busy}>
              {busy ? e('apply.submitting') : e('apply.submit')}
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
