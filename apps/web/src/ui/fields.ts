import type { ApiError, ApiErrorDetail } from '../api/client';

/** A field's name from an API detail path: "body.person.firstName" → "person.firstName". */
export function fieldNameFromPath(path: string): string {
  return path.replace(/^(body|querystring|query|params)(\.|$)/, '');
}

/** DOM id of a field: the form's prefix plus the field name, dots turned to dashes. */
export function fieldId(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^\w-]+/g, '-')}`;
}

/** Field-name → message, for inline errors. The first message for a field wins. */
export function fieldErrors(error: ApiError | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of error?.details ?? []) {
    const name = fieldNameFromPath(d.path);
    if (name && !(name in out)) out[name] = d.message;
  }
  return out;
}

export interface SummaryItem {
  /** DOM id of the field to link to; absent for form-level problems. */
  targetId?: string;
  message: string;
}

export function summaryItems(details: ApiErrorDetail[], prefix: string): SummaryItem[] {
  return details.map((d) => {
    const name = fieldNameFromPath(d.path);
    return name ? { targetId: fieldId(prefix, name), message: d.message } : { message: d.message };
  });
}
