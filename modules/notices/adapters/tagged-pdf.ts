/**
 * Writes a DocumentModel as a tagged PDF with pdfkit: PDF 1.7, PDF/UA identification, /Lang, /Title shown in
 * the window (DisplayDocTitle), embedded Public Sans (the USWDS typeface, shipped in @uswds/uswds), a structure
 * tree (Document → H1–H3, P, L/LI, Table/TR/TH/TD), bookmarks for headings that ask for them, and footers marked
 * as pagination artifacts so screen readers skip them. The creation date is the document's own date, so the
 * same model always gives the same bytes (and the same content hash in storage).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Block, DocumentModel } from '../domain/document-model.js';

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | null = null;

function loadFonts() {
  if (!fonts) {
    // @uswds/uswds's main entry is dist/js/uswds.min.js; the fonts sit beside it in dist/fonts.
    const dir = path.resolve(path.dirname(require.resolve('@uswds/uswds')), '..', 'fonts', 'public-sans');
    fonts = { regular: readFileSync(path.join(dir, 'PublicSans-Regular.ttf')), bold: readFileSync(path.join(dir, 'PublicSans-Bold.ttf')) };
  }
  return fonts;
}

const SIZE = { h1: 18, h2: 14, h3: 12, body: 11, small: 9, footer: 8 } as const;
const MARGIN = 60;

type Struct = PDFKit.PDFStructureElement;

export async function writeTaggedPdf(model: DocumentModel): Promise<Buffer> {
  return (await writeTaggedPdfWithPages(model)).bytes;
}

/** Also reports the page (1-based) on which each bookmarked heading landed, for a table of contents. */
export async function writeTaggedPdfWithPages(model: DocumentModel): Promise<{ bytes: Buffer; headingPages: Array<{ text: string; level: number; page: number }> }> {
  const f = loadFonts();
  const created = new Date(`${model.date}T12:00:00Z`);
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    bufferPages: true,
    tagged: true,
    pdfVersion: '1.7',
    subset: 'PDF/UA',
    lang: model.lang,
    displayTitle: true,
    info: { Title: model.title, Author: model.author, Subject: model.subject, Creator: 'Hearth', Producer: 'Hearth (pdfkit)', CreationDate: created, ModDate: created },
  } as unknown as PDFKit.PDFDocumentOptions);
  doc.registerFont('Body', f.regular);
  doc.registerFont('Bold', f.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = doc.page.width - 2 * MARGIN;
  // Bookmarks: an H1 with bookmark opens a top-level entry; later bookmarked H2/H3 nest under it.
  let topOutline: PDFKit.PDFOutline | null = null;
  const headingPages: Array<{ text: string; level: number; page: number }> = [];
  let pageNumber = 1;
  doc.on('pageAdded', () => { pageNumber += 1; });

  for (const block of model.blocks) writeBlock(block, root);
  root.end();

  // Footers on every page, as pagination artifacts (not part of the structure tree).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    const label = model.lang === 'es-US' ? `Página ${i + 1} de ${range.count}` : `Page ${i + 1} of ${range.count}`;
    doc.font('Body').fontSize(SIZE.footer).fillColor('#444444')
      .text(`${model.footer ? `${model.footer} — ` : ''}${label}`, MARGIN, doc.page.height - 40, { width, align: 'center', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return { bytes: await done, headingPages };

  /**
   * Tables drawn by hand (pdfkit's own table measured ~17 ms a row with an embedded TTF): Table → TR → TH/TD,
   * header cells scoped to their column, the header row repeated after each page break, rules and shading as
   * layout artifacts. Rows never split across pages.
   */
  function drawTable(b: Extract<Block, { type: 'table' }>, parent: Struct, size: number) {
    const cols = b.header.length;
    const given = b.widths && b.widths.length === cols ? b.widths : Array.from({ length: cols }, () => width / cols);
    const scale = width / given.reduce((a, c) => a + c, 0);
    const widths = given.map((w) => w * Math.min(1, scale));
    const pad = 4;
    const table: Struct = doc.struct('Table');
    parent.add(table);
    const row = (cells: string[], header: boolean) => {
      doc.font(header ? 'Bold' : 'Body').fontSize(size);
      const h = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 2 * pad }))) + 2 * pad;
      if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
        doc.addPage();
        if (!header) row(b.header, true);
        doc.font(header ? 'Bold' : 'Body').fontSize(size);
      }
      const y = doc.y;
      const tr: Struct = doc.struct('TR');
      table.add(tr);
      let x = MARGIN;
      cells.forEach((c, i) => {
        const w = widths[i]!;
        doc.markContent('Artifact', { type: 'Layout' });
        if (header) doc.rect(x, y, w, h).fill('#e6e6e6');
        doc.rect(x, y, w, h).lineWidth(0.5).strokeColor('#8a8a8a').stroke();
        doc.endMarkedContent();
        const cell: Struct = doc.struct(header ? 'TH' : 'TD');
        if (header) {
          const attrs = doc.ref({ O: 'Table', Scope: 'Column' });
          (cell as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = attrs;
          (attrs as unknown as { end(): void }).end();
        }
        tr.add(cell);
        cell.add((() => { doc.fillColor('#1b1b1b').text(c, x + pad, y + pad, { width: w - 2 * pad }); }) as unknown as PDFKit.PDFStructureContent);
        cell.end();
        x += w;
      });
      tr.end();
      doc.x = MARGIN;
      doc.y = y + h;
    };
    row(b.header, true);
    for (const r of b.rows) row(r, false);
    table.end();
  }

  function writeBlock(b: Block, parent: Struct) {
    switch (b.type) {
      case 'heading': {
        const size = b.level === 1 ? SIZE.h1 : b.level === 2 ? SIZE.h2 : SIZE.h3;
        if (doc.y > doc.page.height - MARGIN - 4 * size) doc.addPage(); // keep a heading with what follows
        doc.moveDown(b.level === 1 ? 0.8 : 0.6);
        doc.font('Bold').fontSize(size).fillColor('#1b1b1b').text(b.text, { width, structParent: parent, structType: `H${b.level}` } as PDFKit.Mixins.TextOptions);
        doc.moveDown(0.3);
        if (b.bookmark) {
          if (b.level === 1 || !topOutline) topOutline = doc.outline.addItem(b.text);
          else topOutline.addItem(b.text);
          headingPages.push({ text: b.text, level: b.level, page: pageNumber });
        }
        break;
      }
      case 'paragraph':
        doc.font(b.emphasis ? 'Bold' : 'Body').fontSize(b.small ? SIZE.small : SIZE.body).fillColor('#1b1b1b')
          .text(b.text, { width, lineGap: 2, paragraphGap: 6, structParent: parent, structType: 'P' } as PDFKit.Mixins.TextOptions);
        break;
      case 'lines': {
        const div: Struct = doc.struct('Div');
        parent.add(div);
        doc.font('Body').fontSize(SIZE.body).fillColor('#1b1b1b');
        for (const line of b.lines) doc.text(line, { width, structParent: div, structType: 'P' } as PDFKit.Mixins.TextOptions);
        div.end();
        doc.moveDown(0.8);
        break;
      }
      case 'list': {
        const list: Struct = doc.struct('L');
        parent.add(list);
        doc.font('Body').fontSize(SIZE.body).fillColor('#1b1b1b')
          .list(b.items, { width: width - 20, lineGap: 2, paragraphGap: 4, bulletRadius: 2, structParent: list } as PDFKit.Mixins.TextOptions);
        list.end();
        doc.moveDown(0.5);
        break;
      }
      case 'table': {
        if (b.caption) {
          doc.font('Bold').fontSize(SIZE.body).fillColor('#1b1b1b').text(b.caption, MARGIN, doc.y, { width, structParent: parent, structType: 'Caption' } as PDFKit.Mixins.TextOptions);
          doc.moveDown(0.2);
        }
        drawTable(b, parent, b.rows.length > 12 ? SIZE.small : SIZE.body);
        doc.x = MARGIN;
        doc.moveDown(0.6);
        break;
      }
      case 'pageBreak':
        doc.addPage();
        break;
      case 'section': {
        const sect: Struct = doc.struct('Sect', { lang: b.lang });
        parent.add(sect);
        for (const child of b.blocks) writeBlock(child, sect);
        sect.end();
        break;
      }
    }
  }
}
