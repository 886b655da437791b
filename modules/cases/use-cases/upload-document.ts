import { z } from 'zod';
import { DomainError, notFound } from '@hearth/kernel';
import { inTransaction } from '@hearth/platform';
import { DOCUMENT_TYPES, checkDocument, cleanFileName } from '../domain/documents.js';
import { parseInput } from '../domain/validation.js';
import { documentRepo } from '../adapters/work.repo.js';
import type { CasesDeps } from '../ports.js';
import { openCase, readCase } from './support/case-access.js';
import { actorFor, record, type Caller } from './support/caller.js';
import type { DocumentRow } from '../db/schema.js';

export const uploadDocumentInput = z.strictObject({
  type: z.enum(DOCUMENT_TYPES),
  fileName: z.string().trim().min(1).max(255),
  mediaType: z.string().max(100),
  description: z.string().trim().max(1000).optional(),
});

export function documentView(d: DocumentRow) {
  return { id: d.id, caseId: d.caseId, type: d.docType, fileName: d.fileName, mediaType: d.mediaType, sizeBytes: d.sizeBytes, sha256: d.sha256, description: d.description, uploadedBy: d.uploadedBy, uploadedAt: d.uploadedAt };
}

/** Files a document on a case: checked for size and real type, stored once by content hash. */
export async function uploadDocument(
  caller: Caller,
  caseId: string,
  raw: { type: string; fileName: string; mediaType: string; description?: string },
  bytes: Buffer,
  deps: Pick<CasesDeps, 'database' | 'clock' | 'storage' | 'maxUploadBytes'>,
) {
  const input = parseInput(uploadDocumentInput, raw);
  checkDocument({ fileName: input.fileName, mediaType: input.mediaType, bytes }, deps.maxUploadBytes);
  return inTransaction(deps.database, actorFor(caller), async (uow) => {
    const { row } = await openCase(uow.tx, caller.principal, caseId, deps.clock.now());
    if (row.status === 'closed') throw new DomainError('INVALID_STATE', 'The case is closed');
    // Content-addressed: putting the same bytes twice keeps one copy; an orphaned blob after a rollback is harmless.
    const stored = await deps.storage.put(bytes);
    const doc = await documentRepo.insert(uow.tx, {
      caseId,
      docType: input.type,
      fileName: cleanFileName(input.fileName),
      mediaType: input.mediaType,
      sizeBytes: stored.size,
      sha256: stored.sha256,
      description: input.description ?? null,
      uploadedBy: caller.principal.userId,
    });
    record(uow, { action: 'document.uploaded', entityType: 'case_document', row: doc, caseId, personId: row.primaryPersonId });
    return documentView(doc);
  });
}

/** The case's documents (metadata), a logged read. */
export async function listDocuments(caller: Caller, caseId: string, deps: Pick<CasesDeps, 'database' | 'clock'>) {
  const actor = actorFor(caller);
  return inTransaction(deps.database, actor, async (uow) => {
    await readCase(uow.tx, actor, caller.principal, caseId, deps.clock.now(), 'case_documents');
    return { items: (await documentRepo.forCase(uow.tx, caseId)).map(documentView) };
  });
}

/** A document's bytes, after the same access decision as its case; the read is logged against the document. */
export async function getDocumentContent(caller: Caller, documentId: string, deps: Pick<CasesDeps, 'database' | 'clock' | 'storage'>) {
  const actor = actorFor(caller);
  const doc = await inTransaction(deps.database, actor, async (uow) => {
    const d = await documentRepo.find(uow.tx, documentId);
    if (!d) throw notFound('Document', documentId);
    await readCase(uow.tx, actor, caller.principal, d.caseId, deps.clock.now(), 'case_document', d.id);
    return d;
  });
  return { document: documentView(doc), bytes: await deps.storage.get(doc.sha256) };
}
