import { writeTaggedPdf } from '../adapters/tagged-pdf.js';
import { noticeDocument } from '../domain/notice-content.js';
import type { NoticeInput } from '../domain/notice-input.js';
import { resolveNotice, type ResolveOptions, type ResolvedNotice } from '../domain/resolve-notice.js';

/**
 * Renders a client notice as a tagged PDF (English or Spanish). Pure apart from reading the font files:
 * no database, no clock — the notice date comes from the input (or opts.today). Bad input throws
 * DomainError('VALIDATION') with field paths.
 */
export async function renderNotice(input: NoticeInput, opts: ResolveOptions = {}): Promise<Buffer> {
  return renderResolvedNotice(resolveNotice(input, opts));
}

export async function renderResolvedNotice(notice: ResolvedNotice): Promise<Buffer> {
  return writeTaggedPdf(noticeDocument(notice));
}
