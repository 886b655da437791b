import type { SearchResult } from '../../api/types';
import { useT } from '../../i18n';
import { href, Link } from '../../router';
import { RestrictedTag } from '../cases/CaseTable';
import { agreementLabel, fieldLabel, personName } from '../labels';

/** Each result with why it matched ("Last name: close spelling"), so a worker can judge a fuzzy hit. */
export function SearchResults({ results }: { results: SearchResult[] }) {
  const i = useT();
  const { t, date, num } = i;
  return (
    <ol className="usa-list usa-list--unstyled" aria-label={t('people.results')}>
      {results.map(({ person: p, score, reasons }) => (
        <li key={p.id} className="hearth-card">
          <h3 className="margin-y-0 font-sans-md">
            <Link to={href('person', { id: p.id })}>{personName(p)}</Link>
            {p.restricted && <RestrictedTag />}
          </h3>
          <dl className="hearth-dl margin-top-1">
            <dt>{t('person.dob')}</dt>
            <dd>{date(p.dob) || '—'}</dd>
            <dt>{t('person.ssn')}</dt>
            <dd>{p.ssnLast4 ? <><span aria-hidden="true">•••-••-</span>{p.ssnLast4}</> : '—'}</dd>
            <dt>{t('people.score')}</dt>
            <dd>{num(score <= 1 ? score * 100 : score)}{score <= 1 ? '%' : ''}</dd>
          </dl>
          {reasons.length > 0 && (
            <div className="margin-top-1">
              <span className="text-bold">{t('people.matchedOn')}:</span>
              <ul className="hearth-reasons">
                {reasons.map((r, k) => (
                  <li key={k}>
                    {fieldLabel(i, r.field)}: {agreementLabel(i, r.agreement)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
