import { useT } from '../../i18n';
import { daysUntil } from '../../i18n/format';
import { useToday } from '../session/session';

/** A due date as an urgency badge: colour plus words (never colour alone), counted from the agency's today. */
export function Urgency({ dueOn, today }: { dueOn: string | null | undefined; today?: string }) {
  const { t } = useT();
  const agencyToday = useToday();
  if (!dueOn) return <span className="hearth-urgency hearth-urgency--later">{t('urgency.none')}</span>;
  const d = daysUntil(dueOn, today ?? agencyToday);
  if (d < 0) {
    return <span className="hearth-urgency hearth-urgency--overdue">{d === -1 ? t('urgency.overdue1') : t('urgency.overdue', { count: -d })}</span>;
  }
  if (d === 0) return <span className="hearth-urgency hearth-urgency--today">{t('urgency.today')}</span>;
  if (d === 1) return <span className="hearth-urgency hearth-urgency--soon">{t('urgency.tomorrow')}</span>;
  return <span className={`hearth-urgency ${d <= 5 ? 'hearth-urgency--soon' : 'hearth-urgency--later'}`}>{t('urgency.days', { count: d })}</span>;
}

/** Most urgent first: overdue, then soonest; no date last. */
export function byUrgency<T extends { dueOn?: string | null }>(a: T, b: T): number {
  if (!a.dueOn) return b.dueOn ? 1 : 0;
  if (!b.dueOn) return -1;
  return a.dueOn.localeCompare(b.dueOn);
}
