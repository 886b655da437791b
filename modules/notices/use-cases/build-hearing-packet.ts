import { writeTaggedPdfWithPages } from '../adapters/tagged-pdf.js';
import { packetInputSchema, type PacketInput } from '../domain/packet-input.js';
import { packetDocument, PACKET_SECTIONS } from '../domain/packet-content.js';
import { parseInput } from '../domain/validation.js';

/**
 * One tagged PDF for a state hearing, a federal QC review or a fraud inquiry, with bookmarks and a table of
 * contents with page numbers. Rendered twice: the first pass finds the pages, the second prints them (the
 * contents table has the same rows both times, so the layout does not move). Input is plain data; bad input
 * throws DomainError('VALIDATION') with field paths.
 */
export async function buildHearingPacket(input: PacketInput): Promise<Buffer> {
  const packet = parseInput(packetInputSchema, input);
  const first = await writeTaggedPdfWithPages(packetDocument(packet));
  const sectionNames = new Set<string>(Object.values(PACKET_SECTIONS));
  const pages = new Map(first.headingPages.filter((h) => h.level === 1 && sectionNames.has(h.text)).map((h) => [h.text, h.page] as const));
  return (await writeTaggedPdfWithPages(packetDocument(packet, pages))).bytes;
}
