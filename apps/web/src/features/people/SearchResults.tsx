import type { SearchResult } from '../../api/types';
import { useT } from '../../i18n';
import { href, Link } from '../../router';
import { DataTable } from '../../ui/DataTable';
import { RestrictedTag } from '../cases/CaseTable';
import { agreementLabel, fieldLabel, personName } from '../labels';

/** One row a person, with why they matched ("Name: close"), so a worker can judge a fuzzy hit. */
export function SearchResults({ results, caption }: { results: SearchResult[]; caption?: string }) {
  const i = useT();
  const { t, date, num } = i;
  return (
    <DataTable
      caption={caption ?? t('people.results')}
      captionHidden
      rows={results}
      rowKey={(r) => r.person.id}
      empty={t('people.noResults')}
      columns={[
        {
          key: 'name',
          header: t('people.name'),
          rowHeader: true,
          render: ({ person: p }) => (
            <>
              <Link to={href('person', { id: p.id })}>{personName(p)}</Link>
              {p.restricted && <RestrictedTag />}
            </>
          ),
        },
        { key: 'dob', header: t('person.dob'), render: ({ person: p }) => date(p.dob) || '—' },
        { key: 'ssn', header: t('person.ssn'), render: ({ person: p }) => (p.ssnLast4 ? <><span aria-hidden="true">•••-••-</span>{p.ssnLast4}</> : '—') },
        { key: 'score', header: t('people.score'), align: 'right', render: (r) => `${num(r.score <= 1 ? r.score * 100 : r.score)}%` },
        {
          key: 'why',
          header: t('people.matchedOn'),
          render: (r) => (
            <ul className="hearth-reasons">
              {r.reasons.map((x, k) => (
                <li key={k}>
                  {fieldLabel(i, x.field)}: {agreementLabel(i, x.agreement)}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
