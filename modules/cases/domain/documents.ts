import { DomainError } from '@hearth/kernel';

export const DOCUMENT_TYPES = [
  'court_order',
  'trust',
  'pay_stub',
  'id',
  'birth_certificate',
  'ssn_card',
  'lease',
  'utility_bill',
  'bank_statement',
  'medical_record',
  'school_record',
  'employment_verification',
  'correspondence',
  'signed_application',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Media types Hearth accepts, each with the leading bytes its files must start with (null: no signature). */
export const ACCEPTED_MEDIA: Record<string, { signatures: number[][] | null; extensions: string[] }> = {
  'application/pdf': { signatures: [[0x25, 0x50, 0x44, 0x46]], extensions: ['pdf'] },
  'image/png': { signatures: [[0x89, 0x50, 0x4e, 0x47]], extensions: ['png'] },
  'image/jpeg': { signatures: [[0xff, 0xd8, 0xff]], extensions: ['jpg', 'jpeg'] },
  'image/tiff': { signatures: [[0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a]], extensions: ['tif', 'tiff'] },
  'text/plain': { signatures: null, extensions: ['txt'] },
};

export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Checks size, declared media type and that the content really is of that type. */
export function checkDocument(file: { fileName: string; mediaType: string; bytes: Buffer }, maxBytes: number): void {
  if (file.bytes.length === 0) throw new DomainError('VALIDATION', 'The file is empty', [{ path: 'file', message: 'is empty' }]);
  if (file.bytes.length > maxBytes) {
    throw new DomainError('PAYLOAD_TOO_LARGE', `The file is larger than ${Math.floor(maxBytes / 1024 / 1024)} MB`, [{ path: 'file', message: `exceeds ${maxBytes} bytes` }]);
  }
  const media = ACCEPTED_MEDIA[file.mediaType];
  if (!media) {
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', `Files of type ${file.mediaType} are not accepted`, [
      { path: 'file', message: `accepted: ${Object.keys(ACCEPTED_MEDIA).join(', ')}` },
    ]);
  }
  if (media.signatures && !media.signatures.some((sig) => sig.every((b, i) => file.bytes[i] === b))) {
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', `The file's content is not ${file.mediaType}`, [{ path: 'file', message: 'content does not match its type' }]);
  }
  if (media.signatures === null && file.bytes.includes(0)) {
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'A text file may not contain binary content', [{ path: 'file', message: 'content does not match its type' }]);
  }
}

/** A file name safe to store and to send back in Content-Disposition. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'document';
  const cleaned = base.replace(/[^\w.\- ()]+/g, '_').slice(0, 200).trim();
  return cleaned || 'document';
}
