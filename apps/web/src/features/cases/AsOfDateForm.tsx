import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n';
import { href, navigate } from '../../router';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/Field';
import { useSession } from '../session/session';

const P = 'asof';

/** The date picker: changing the day changes the URL (?date=), so a past view can be bookmarked and shared. */
export function AsOfDateForm({ caseId, initial, headingLevel = 2 }: { caseId: string; initial: string; headingLevel?: 2 | 3 }) {
  const { t } = useT();
  const { today } = useSession();
  const [date, setDate] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem(t('asOf.dateRequired'));
    if (date > today) return setProblem(t('asOf.notFuture'));
    setProblem(null);
    navigate(href('caseAsOf', { id: caseId }, { date }));
  };
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form className="usa-form" onSubmit={submit} noValidate aria-labelledby={`${P}-form-heading`}>
      <H id={`${P}-form-heading`} className="font-sans-md">
        {t('asOf.formTitle')}
      </H>
      <ErrorSummary idPrefix={P} items={problem ? [{ targetId: `${P}-date`, message: problem }] : []} />
      <div className="hearth-inline-form">
        <TextField id={`${P}-date`} label={t('asOf.date')} type="date" max={today} value={date} onChange={(e) => setDate(e.target.value)} error={problem} />
        <button type="submit" className="usa-button usa-button--outline">
          {t('asOf.show')}
        </button>
      </div>
    </form>
  );
}
