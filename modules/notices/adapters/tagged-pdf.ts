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

  for (const block of model.blocks) writeBlock(block);
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
  return done;

  function writeBlock(b: Block) {
    switch (b.type) {
      case 'heading': {
        const size = b.level === 1 ? SIZE.h1 : b.level === 2 ? SIZE.h2 : SIZE.h3;
        if (doc.y > doc.page.height - MARGIN - 4 * size) doc.addPage(); // keep a heading with what follows
        doc.moveDown(b.level === 1 ? 0.8 : 0.6);
        doc.font('Bold').fontSize(size).fillColor('#1b1b1b').text(b.text, { width, structParent: root, structType: `H${b.level}` } as PDFKit.Mixins.TextOptions);
        doc.moveDown(0.3);
        if (b.bookmark) {
          if (b.level === 1 || !topOutline) topOutline = doc.outline.addItem(b.text);
          else topOutline.addItem(b.text);
        }
        break;
      }
      case 'paragraph':
        doc.font(b.emphasis ? 'Bold' : 'Body').fontSize(b.small ? SIZE.small : SIZE.body).fillColor('#1b1b1b')
          .text(b.text, { width, lineGap: 2, paragraphGap: 6, structParent: root, structType: 'P' } as PDFKit.Mixins.TextOptions);
        break;
      case 'lines': {
        const div: Struct = doc.struct('Div');
        root.add(div);
        doc.font('Body').fontSize(SIZE.body).fillColor('#1b1b1b');
        for (const line of b.lines) doc.text(line, { width, structParent: div, structType: 'P' } as PDFKit.Mixins.TextOptions);
        div.end();
        doc.moveDown(0.8);
        break;
      }
      case 'list': {
        const list: Struct = doc.struct('L');
        root.add(list);
        doc.font('Body').fontSize(SIZE.body).fillColor('#1b1b1b')
          .list(b.items, { width: width - 20, lineGap: 2, paragraphGap: 4, bulletRadius: 2, structParent: list } as PDFKit.Mixins.TextOptions);
        list.end();
        doc.moveDown(0.5);
        break;
      }
      case 'table': {
        if (b.caption) {
          doc.font('Bold').fontSize(SIZE.body).fillColor('#1b1b1b').text(b.caption, { width, structParent: root, structType: 'Caption' } as PDFKit.Mixins.TextOptions);
          doc.moveDown(0.2);
        }
        doc.font('Body').fontSize(b.rows.length > 12 ? SIZE.small : SIZE.body);
        const header = b.header.map((h) => ({ text: h, type: 'TH' as const, scope: 'Column', font: { src: 'Bold' }, backgroundColor: '#e6e6e6' }));
        doc.table({
          structParent: root,
          position: { x: MARGIN },
          maxWidth: width,
          columnStyles: b.widths ?? undefined,
          data: [header, ...b.rows.map((r) => r.map((c) => ({ text: c, type: 'TD' as const })))],
        } as unknown as PDFKit.Mixins.TableOptionsWithData);
        doc.x = MARGIN;
        doc.moveDown(0.6);
        break;
      }
      case 'pageBreak':
        doc.addPage();
        break;
    }
  }
}
