import { useEffect, type ReactNode } from 'react';

/** A page's h1 and document title. The layout moves focus to this h1 after in-app navigation. */
export function Page({ title, children, lead }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} | Hearth`;
  }, [title]);
  return (
    <>
      <h1 className="margin-top-0" id="page-title" tabIndex={-1}>
        {title}
      </h1>
      {lead && <p className="usa-intro">{lead}</p>}
      {children}
    </>
  );
}
