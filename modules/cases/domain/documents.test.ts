import { describe, expect, it } from 'vitest';
import { checkDocument, cleanFileName } from './documents.js';

const pdf = Buffer.from('%PDF-1.7\n%…');
describe('document checks', () => {
  it('accepts a real PDF under the size limit', () => {
    expect(() => checkDocument({ fileName: 'a.pdf', mediaType: 'application/pdf', bytes: pdf }, 1000)).not.toThrow();
  });
  it('refuses oversized, unsupported or mislabeled files with their codes', () => {
    expect(() => checkDocument({ fileName: 'a.pdf', mediaType: 'application/pdf', bytes: pdf }, 5)).toThrow(expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE' }));
    expect(() => checkDocument({ fileName: 'a.exe', mediaType: 'application/x-msdownload', bytes: pdf }, 1000)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }));
    expect(() => checkDocument({ fileName: 'a.png', mediaType: 'image/png', bytes: pdf }, 1000)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }));
    expect(() => checkDocument({ fileName: 'a.txt', mediaType: 'text/plain', bytes: Buffer.alloc(0) }, 1000)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
  it('cleans file names of paths and odd characters', () => {
    expect(cleanFileName('C:\\Users\\x\\pay stub (1).pdf')).toBe('pay stub (1).pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('<script>.pdf')).toBe('_script_.pdf');
  });
});
