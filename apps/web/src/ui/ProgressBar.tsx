export interface ProgressBarProps {
  /** Items done so far. */
  value: number;
  /** Total items; null/0 means unknown, shown as an indeterminate bar. */
  max?: number | null;
  label: string;
  /** Visible text next to the bar, e.g. "40 of 120". */
  valueText?: string;
  tone?: 'primary' | 'success' | 'error';
}

/** A USWDS-styled progress bar (USWDS has none): a token-coloured track and fill, with the ARIA progressbar role. */
export function ProgressBar({ value, max, label, valueText, tone = 'primary' }: ProgressBarProps) {
  const known = typeof max === 'number' && max > 0;
  const pct = known ? Math.max(0, Math.min(100, Math.round((value / max!) * 100))) : null;
  const fill = tone === 'success' ? 'bg-success' : tone === 'error' ? 'bg-secondary-dark' : 'bg-primary';
  return (
    <div className="hearth-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={known ? max! : undefined}
        aria-valuenow={known ? value : undefined}
        aria-valuetext={valueText ?? (pct !== null ? `${pct}%` : undefined)}
        className="hearth-progress__track bg-base-lighter radius-pill border-1px border-base-light"
      >
        <div
          className={`hearth-progress__fill radius-pill ${fill}${known ? '' : ' hearth-progress__fill--indeterminate'}`}
          style={{ width: known ? `${pct}%` : '30%' }}
        />
      </div>
      <span className="hearth-progress__text font-sans-2xs text-base-dark" aria-hidden="true">
        {valueText ?? (pct !== null ? `${pct}%` : '')}
        {pct !== null && valueText ? ` (${pct}%)` : ''}
      </span>
    </div>
  );
}
