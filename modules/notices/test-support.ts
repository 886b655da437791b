/** Shared fixtures and PDF readers for this module's tests. */
import { extractText, getDocumentProxy } from 'unpdf';
import type { NoticeInput } from './domain/notice-input.js';

export const HOME = { line1: '42 Elm Street', line2: 'Apt 3', city: 'Pueblo', state: 'CO', zip: '81003' } as const;

export function snapApproval(over: Partial<NoticeInput> = {}): NoticeInput {
  return {
    kind: 'approval',
    language: 'en',
    program: 'snap',
    noticeDate: '2026-11-16',
    caseNumber: 'C100123',
    recipient: { name: 'Maria Núñez', address: { ...HOME } },
    amounts: [{ month: '2026-11', amountCents: 14_600 }, { month: '2026-12', amountCents: 29_800 }],
    certificationPeriod: { from: '2026-11-01', to: '2027-10-31' },
    reasons: [{ en: 'Your household meets the income limit.', es: 'Su hogar cumple con el límite de ingresos.' }],
    explanation: [{ en: 'Net income: $1,024.00 (7 CFR 273.10(e))', es: 'Ingreso neto: $1,024.00 (7 CFR 273.10(e))' }],
    ...over,
  };
}

export async function pdfText(bytes: Buffer): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

/** Structure roles in reading order (H1, P, Table, TH …) from the PDF's structure tree, page by page. */
export async function structureRoles(bytes: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const roles: string[] = [];
  const walk = (node: any) => {
    if (!node) return;
    if (node.role) roles.push(node.role);
    for (const c of node.children ?? []) walk(c);
  };
  for (let i = 1; i <= pdf.numPages; i++) walk(await (await pdf.getPage(i)).getStructTree());
  return roles;
}

export async function pdfInfo(bytes: Buffer): Promise<Record<string, unknown>> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  return (await pdf.getMetadata()).info as Record<string, unknown>;
}

export async function pdfPages(bytes: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return (text as string[]).map((t) => t.replace(/\s+/g, ' '));
}

export async function pdfOutline(bytes: Buffer): Promise<Array<{ title: string; children: string[] }>> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const outline = (await pdf.getOutline()) ?? [];
  return outline.map((o: any) => ({ title: o.title, children: (o.items ?? []).map((c: any) => c.title) }));
}
