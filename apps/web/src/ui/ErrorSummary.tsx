import { useEffect, useRef, type MouseEvent } from 'react';
import { isApiError } from '../api/client';
import { useT } from '../i18n';
import { summaryItems, type SummaryItem } from './fields';
import { errorMessage } from './errorMessage';

export interface ErrorSummaryProps {
  /** An ApiError (its details become links to fields) or any other error. */
  error?: unknown;
  /** Client-side problems, already mapped to field ids. */
  items?: SummaryItem[];
  /** The form's id prefix, so `details[].path` "body.username" links to #prefix-username. */
  idPrefix: string;
}

/**
 * The USWDS error summary: focused when it appears, one link a problem, each link moving focus to its field.
 * A field that is not on the page is listed as plain text.
 */
export function ErrorSummary({ error, items, idPrefix }: ErrorSummaryProps) {
  const { t, tp } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const list: SummaryItem[] = [...(items ?? [])];
  let lead: string | null = null;
  if (isApiError(error)) {
    list.push(...summaryItems(error.details, idPrefix));
    if (error.details.length === 0 || error.code !== 'VALIDATION') lead = errorMessage(error, t);
  } else if (error) {
    lead = errorMessage(error, t);
  }
  const count = list.length + (lead && list.length === 0 ? 1 : 0);
  const key = JSON.stringify([lead, list]);

  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [key, count]);

  if (count === 0) return null;

  const jump = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    const el = document.getElementById(id);
    if (!el) return;
    e.preventDefault();
    el.focus();
    el.scrollIntoView?.({ block: 'center' });
  };

  return (
    <div className="usa-alert usa-alert--error margin-bottom-3" role="alert" aria-labelledby={`${idPrefix}-error-summary-title`} tabIndex={-1} ref={ref}>
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id={`${idPrefix}-error-summary-title`}>
          {tp('errors.summaryTitle', count)}
        </h2>
        {lead && <p className="usa-alert__text">{lead}</p>}
        {list.length > 0 && (
          <ul className="usa-list usa-list--unstyled">
            {list.map((it, i) => (
              <li key={i}>
                {it.targetId && typeof document !== 'undefined' ? (
                  <a href={`#${it.targetId}`} onClick={(e) => jump(e, it.targetId!)}>
                    {it.message}
                  </a>
                ) : (
                  it.message
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
