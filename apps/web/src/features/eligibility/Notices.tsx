import { useQuery } from '@tanstack/react-query';
import { itemsOf } from '../../api/client';
import { QueryState } from '../../ui/QueryState';
import { elApi } from './api';
import { useEl } from './strings';

const pretty = (s: string) => s.replace(/_/g, ' ');

/** Notices stored on the case, newest first, each with a link to its PDF as mailed. */
export function Notices({ caseId }: { caseId: string }) {
  const i = useEl();
  const { e } = i;
  const q = useQuery({ queryKey: ['notices', caseId], queryFn: () => elApi.notices(caseId) });
  return (
    <section aria-labelledby="notices-title">
      <h2 id="notices-title">{e('el.not.title')}</h2>
      <QueryState query={q}>
        {(d) => {
          const rows = itemsOf(d);
          if (rows.length === 0) return <p className="text-base-dark">{e('el.not.empty')}</p>;
          return (
            <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={e('el.not.caption')}>
              <table className="usa-table usa-table--striped width-full">
                <caption>{e('el.not.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{e('el.not.col.kind')}</th>
                    <th scope="col">{e('el.not.col.date')}</th>
                    <th scope="col">{e('el.not.col.language')}</th>
                    <th scope="col">{e('el.not.col.pdf')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((n) => {
                    const kind = i.ex(`el.not.kind.${n.kind}`, pretty(n.kind));
                    return (
                      <tr key={n.id}>
                        <th scope="row">{n.title ?? kind}</th>
                        <td>{i.date(n.noticeDate)}</td>
                        <td>{n.language === 'es' ? 'Español' : 'English'}</td>
                        <td>
                          <a href={n.pdfUrl ?? elApi.noticePdfHref(n.id)} target="_blank" rel="noreferrer">
                            {e('el.not.pdf', { kind: kind.toLowerCase(), date: i.date(n.noticeDate) })}
                          </a>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}
