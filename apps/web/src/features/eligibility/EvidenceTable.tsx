import { Fragment, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../ui/QueryState';
import { elApi, type ApplicationView, type EvidenceItem } from './api';
import { useEl, type ElI18n } from './strings';

const pretty = (s: string) => s.replace(/_/g, ' ');

/** "Earnings — Rosa Quelnik, Acme Foods": what the item is about, in a few words. */
export function describeEvidence(i: ElI18n, x: EvidenceItem, app: ApplicationView): string {
  const kind = i.ex(`el.kind.${x.kind}`, pretty(x.kind));
  const p = x.payload as Record<string, string | number | boolean | undefined>;
  const member = app.members.find((m) => m.memberKey === (x.memberKey ?? p.memberKey));
  const who = member ? `${member.firstName} ${member.lastName}` : null;
  const bits: string[] = [];
  if (x.kind === 'member') bits.push(`${p.firstName ?? ''} ${p.lastName ?? ''}`.trim(), i.ex(`rel.${String(p.relationship)}`, pretty(String(p.relationship ?? ''))));
  if (who) bits.push(who);
  if (p.employer) bits.push(String(p.employer));
  for (const k of ['incomeType', 'expenseType', 'resourceType', 'propertyType', 'trustType']) if (p[k]) bits.push(pretty(String(p[k])));
  return bits.length ? `${kind} — ${bits.filter(Boolean).join(', ')}` : kind;
}

export function dates(i: ElI18n, from: string, to: string | null): string {
  return to ? i.e('el.ev.range', { from: i.date(from), to: i.date(to) }) : i.e('el.ev.openEnded', { from: i.date(from) });
}

function History({ app, evidenceKey, label }: { app: ApplicationView; evidenceKey: string; label: string }) {
  const i = useEl();
  const q = useQuery({ queryKey: ['eligibility', 'evidence', app.id, 'history'], queryFn: () => elApi.evidence(app.id, true) });
  return (
    <QueryState query={q}>
      {(d) => {
        const versions = d.items.filter((x) => x.evidenceKey === evidenceKey).sort((a, b) => a.version - b.version);
        return (
          <table className="usa-table usa-table--borderless usa-table--compact width-full margin-y-1">
            <caption>{i.e('el.ev.historyCaption', { item: label })}</caption>
            <thead>
              <tr>
                <th scope="col">{i.e('el.ev.col.version')}</th>
                <th scope="col">{i.e('el.ev.col.amount')}</th>
                <th scope="col">{i.e('el.ev.col.dates')}</th>
                <th scope="col">{i.e('el.ev.col.source')}</th>
                <th scope="col">{i.e('el.ev.col.verification')}</th>
                <th scope="col">{i.e('el.ev.col.recorded')}</th>
                <th scope="col">{i.e('el.ev.col.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{v.version}</th>
                  <td>{v.amountCents === null ? '—' : i.money(v.amountCents)}</td>
                  <td>{dates(i, v.effectiveFrom, v.effectiveTo)}</td>
                  <td>{i.ex(`el.src.${v.source}`, pretty(v.source))}</td>
                  <td>{i.ex(`el.ver.${v.verification}`, pretty(v.verification))}</td>
                  <td>{i.dateTime(v.recordedAt)}</td>
                  <td>{v.retracted ? `${v.reason ?? ''} (retracted)` : v.reason ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      }}
    </QueryState>
  );
}

/** Current evidence: one row an item, with its dates, source, verification status and a history of every version. */
export function EvidenceTable({ app, kinds, onRequestProof }: { app: ApplicationView; kinds?: string[]; onRequestProof?: (item: EvidenceItem) => void }) {
  const i = useEl();
  const q = useQuery({ queryKey: ['eligibility', 'evidence', app.id], queryFn: () => elApi.evidence(app.id) });
  const [open, setOpen] = useState<string | null>(null);
  return (
    <QueryState query={q}>
      {(d) => {
        const rows = d.items.filter((x) => !kinds || kinds.includes(x.kind));
        if (rows.length === 0) return <p className="text-base-dark">{kinds ? i.e('el.ev.none') : i.e('el.ev.empty')}</p>;
        return (
          <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={i.e('el.ev.caption')}>
            <table className="usa-table usa-table--striped width-full">
              <caption className={kinds ? 'usa-sr-only' : undefined}>{i.e('el.ev.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i.e('el.ev.col.item')}</th>
                  <th scope="col" className="text-right">
                    {i.e('el.ev.col.amount')}
                  </th>
                  <th scope="col">{i.e('el.ev.col.dates')}</th>
                  <th scope="col">{i.e('el.ev.col.source')}</th>
                  <th scope="col">{i.e('el.ev.col.verification')}</th>
                  <th scope="col">{i.e('el.ev.col.version')}</th>
                  <th scope="col">{i.t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((x) => {
                  const label = describeEvidence(i, x, app);
                  const isOpen = open === x.evidenceKey;
                  return (
                    <Fragment key={x.evidenceKey}>
                      <tr>
                        <th scope="row">{label}</th>
                        <td className="text-right">{x.amountCents === null ? '—' : i.money(x.amountCents)}</td>
                        <td>{dates(i, x.effectiveFrom, x.effectiveTo)}</td>
                        <td>{i.ex(`el.src.${x.source}`, pretty(x.source))}</td>
                        <td>{i.ex(`el.ver.${x.verification}`, pretty(x.verification))}</td>
                        <td>{x.version}</td>
                        <td>
                          <button type="button" className="usa-button usa-button--unstyled" aria-expanded={isOpen} aria-controls={`hist-${x.evidenceKey}`} onClick={() => setOpen(isOpen ? null : x.evidenceKey)}>
                            {isOpen ? i.e('el.ev.hideHistory') : i.e('el.ev.showHistory')}
                            <span className="usa-sr-only">: {label}</span>
                          </button>
                          {onRequestProof && x.kind !== 'member' && x.verification !== 'verified' && x.verification !== 'requested' && (
                            <>
                              <br />
                              <button type="button" className="usa-button usa-button--unstyled" onClick={() => onRequestProof(x)}>
                                {i.e('el.ev.requestProof')}
                                <span className="usa-sr-only">: {label}</span>
                              </button>
                            </>
                          )}
                        </td>
                      </tr>
                      {isOpen && (
                        <tr id={`hist-${x.evidenceKey}`}>
                          <td colSpan={7}>
                            <History app={app} evidenceKey={x.evidenceKey} label={label} />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      }}
    </QueryState>
  );
}
