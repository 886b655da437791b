import { useEffect, useState, type FormEvent } from 'react';
import { getCsrfToken, parseErrorBody, ApiError } from '../../api/client';
import { useToday } from '../session/session';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField, TextField } from '../../ui/Field';
import { LiveStatus, Notice } from '../../ui/Notice';
import { useEl } from './strings';

const PURPOSES = ['state_hearing', 'federal_qc_review', 'fraud_inquiry'] as const;

/** POST /api/eligibility/cases/:caseId/packet answers a PDF: fetched here and offered as a download link. */
async function fetchPacket(caseId: string, body: Record<string, unknown>): Promise<Blob> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/pdf' };
  const csrf = getCsrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(`/api/eligibility/cases/${encodeURIComponent(caseId)}/packet`, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' });
  if (!res.ok) {
    const parsed = parseErrorBody(await res.json().catch(() => null));
    throw parsed ? new ApiError(res.status, parsed.code, parsed.message, parsed.details) : new ApiError(res.status, `HTTP_${res.status}`, res.statusText);
  }
  return res.blob();
}

/** The hearing, quality-control or fraud-inquiry packet for this case as it stood on a date (one tagged PDF). */
export function HearingPacket({ caseId }: { caseId: string }) {
  const i = useEl();
  const { e } = i;
  const today = useToday();
  const [asOf, setAsOf] = useState<string | null>(null);
  const [purpose, setPurpose] = useState<string>('state_hearing');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  const date = asOf ?? today;
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const blob = await fetchPacket(caseId, { asOf: date, purpose });
      setUrl(URL.createObjectURL(blob));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="packet-title">
      <h2 id="packet-title">{e('el.pk.title')}</h2>
      <p>{e('el.pk.lead')}</p>
      <ErrorSummary idPrefix="packet" error={error} />
      <form className="usa-form hearth-inline-form" onSubmit={submit} noValidate aria-labelledby="packet-title">
        <TextField id="packet-asOf" label={e('el.pk.asOf')} type="date" value={date} onChange={(ev) => setAsOf(ev.target.value)} />
        <SelectField id="packet-purpose" label={e('el.pk.purpose')} options={PURPOSES.map((p) => ({ value: p, label: e(`el.pk.purpose.${p}` as 'el.pk.purpose.state_hearing') }))} value={purpose} onChange={(ev) => setPurpose(ev.target.value)} />
        <button type="submit" className="usa-button" disabled={busy}>
          {busy ? e('el.pk.building') : e('el.pk.build')}
        </button>
      </form>
      <LiveStatus>
        {url && (
          <Notice type="success">
            <a href={url} download={`packet-${caseId}-${date}.pdf`}>
              {e('el.pk.download', { date: i.date(date) })}
            </a>
          </Notice>
        )}
      </LiveStatus>
    </section>
  );
}
