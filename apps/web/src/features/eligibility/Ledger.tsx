import type { LedgerMonth, LedgerView } from './api';
import { useEl } from './strings';

const W = 560;
const H = 200;
const PAD = { left: 64, right: 12, top: 12, bottom: 40 };

/**
 * Net benefits by month as bars. The SVG is an image with a title and description (role="img"); the table beside
 * it carries the same figures for screen readers and for anyone who prefers numbers.
 */
export function LedgerChart({ months }: { months: LedgerMonth[] }) {
  const i = useEl();
  const max = Math.max(1, ...months.map((m) => m.netCents));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, months.length);
  const barW = Math.min(48, step * 0.6);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={i.e('el.led.chart')} aria-describedby="ledger-chart-desc" className="width-full" style={{ maxWidth: W, height: 'auto' }}>
      <title>{i.e('el.led.chart')}</title>
      <desc id="ledger-chart-desc">{i.e('el.led.chartDesc')}</desc>
      <line x1={PAD.left} y1={PAD.top + plotH} x2={W - PAD.right} y2={PAD.top + plotH} stroke="#565c65" />
      <text x={PAD.left - 6} y={PAD.top + 10} textAnchor="end" fontSize="11" fill="#1b1b1b">
        {i.money(max)}
      </text>
      <text x={PAD.left - 6} y={PAD.top + plotH} textAnchor="end" fontSize="11" fill="#1b1b1b">
        {i.money(0)}
      </text>
      {months.map((m, k) => {
        const h = Math.max(0, (m.netCents / max) * plotH);
        const x = PAD.left + k * step + (step - barW) / 2;
        return (
          <g key={m.month}>
            <rect x={x} y={PAD.top + plotH - h} width={barW} height={h} fill="#005ea2" />
            <text x={x + barW / 2} y={H - PAD.bottom + 14} textAnchor="middle" fontSize="11" fill="#1b1b1b">
              {m.month}
            </text>
            <text x={x + barW / 2} y={Math.max(PAD.top + 10, PAD.top + plotH - h - 4)} textAnchor="middle" fontSize="10" fill="#1b1b1b">
              {i.money(m.netCents)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The benefit ledger: certification, a chart and a table by month, and over-issuance claims. */
export function Ledger({ ledger }: { ledger: LedgerView }) {
  const i = useEl();
  const { e } = i;
  const c = ledger.certification;
  return (
    <section aria-labelledby="ledger-title">
      <h2 id="ledger-title">{e('el.led.title')}</h2>
      {c && <p>{e('el.led.cert', { start: i.month(c.start), end: i.month(c.end), status: c.status, amount: c.amountCents === null ? '—' : i.money(c.amountCents) })}</p>}
      {ledger.months.length === 0 ? (
        <p className="text-base-dark">{e('el.led.empty')}</p>
      ) : (
        <>
          <LedgerChart months={ledger.months} />
          <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={e('el.led.caption')}>
            <table className="usa-table usa-table--striped width-full">
              <caption>{e('el.led.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{e('el.led.col.month')}</th>
                  <th scope="col" className="text-right">{e('el.led.col.issued')}</th>
                  <th scope="col" className="text-right">{e('el.led.col.supplement')}</th>
                  <th scope="col" className="text-right">{e('el.led.col.reduction')}</th>
                  <th scope="col" className="text-right">{e('el.led.col.net')}</th>
                </tr>
              </thead>
              <tbody>
                {ledger.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{i.month(m.month)}</th>
                    <td className="text-right">{i.money(m.issuedCents)}</td>
                    <td className="text-right">{i.money(m.supplementCents)}</td>
                    <td className="text-right">{i.money(m.reductionCents)}</td>
                    <td className="text-right text-bold">{i.money(m.netCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-bold">{e('el.led.total', { amount: i.money(ledger.totals.netCents) })}</p>
        </>
      )}
      {ledger.claims.length > 0 && (
        <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={e('el.led.claimsCaption')}>
          <table className="usa-table width-full">
            <caption>{e('el.led.claimsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{e('el.led.col.claimType')}</th>
                <th scope="col">{e('el.led.col.established')}</th>
                <th scope="col" className="text-right">{e('el.led.col.balance')}</th>
              </tr>
            </thead>
            <tbody>
              {ledger.claims.map((c2) => (
                <tr key={c2.id}>
                  <th scope="row">{c2.claimType}</th>
                  <td>{i.date(c2.establishedOn)}</td>
                  <td className="text-right">{i.money(c2.balanceCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
