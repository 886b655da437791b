import type { ReactNode } from 'react';

/**
 * A slim USWDS alert. success/info are polite live regions (role=status), so a screen reader hears
 * "Note saved." without losing its place; warning/error interrupt (role=alert).
 */
export function Notice({ type = 'success', heading, children, className }: { type?: 'success' | 'info' | 'warning' | 'error'; heading?: ReactNode; children?: ReactNode; className?: string }) {
  const role = type === 'success' || type === 'info' ? 'status' : 'alert';
  return (
    <div className={`usa-alert usa-alert--${type}${heading ? '' : ' usa-alert--slim'} margin-y-2${className ? ` ${className}` : ''}`} role={role}>
      <div className="usa-alert__body">
        {heading && <h2 className="usa-alert__heading">{heading}</h2>}
        {children && <p className="usa-alert__text">{children}</p>}
      </div>
    </div>
  );
}

/** An always-present polite live region: put async result counts here so they are announced. */
export function LiveStatus({ children, visible = true }: { children?: ReactNode; visible?: boolean }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={visible ? 'margin-y-1' : 'usa-sr-only'}>
      {children}
    </div>
  );
}
