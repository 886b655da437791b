import { describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import type { DocumentStorage } from './storage.js';

export interface ContractSubject {
  name: string;
  storage: () => DocumentStorage;
  /** Replaces the stored bytes behind the store's back (omit where that cannot happen, e.g. memory). */
  tamper?: (sha256: string, bytes: Buffer) => Promise<void>;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** What every DocumentStorage must do. Run for each implementation (storage.int.test.ts). */
export function documentStorageContract(subject: ContractSubject) {
  describe(`document storage contract: ${subject.name}`, () => {
    it('stores by content hash and reads the same bytes back', async () => {
      const s = subject.storage();
      const bytes = Buffer.from(`pay stub ${randomBytes(8).toString('hex')} — Núñez`, 'utf8');
      const r = await s.put(bytes);
      expect(r).toEqual({ sha256: sha(bytes), size: bytes.length });
      expect(Buffer.compare(await s.get(r.sha256), bytes)).toBe(0);
    });

    it('keeps every byte value, an empty file and a 3 MB file intact', async () => {
      const s = subject.storage();
      const all = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
      const empty = Buffer.alloc(0);
      const big = randomBytes(3 * 1024 * 1024);
      for (const b of [all, empty, big]) {
        const r = await s.put(b);
        expect(r.size).toBe(b.length);
        expect(sha(await s.get(r.sha256))).toBe(sha(b));
      }
    });

    it('gives the same key to the same content uploaded twice', async () => {
      const s = subject.storage();
      const bytes = randomBytes(1000);
      const a = await s.put(bytes);
      const b = await s.put(Buffer.from(bytes));
      expect(b).toEqual(a);
      expect(sha(await s.get(a.sha256))).toBe(a.sha256);
    });

    it('does not let the caller change a stored document through the buffers it passed or got', async () => {
      const s = subject.storage();
      const bytes = Buffer.from('original content');
      const { sha256 } = await s.put(bytes);
      bytes.fill(0);
      const got = await s.get(sha256);
      got.fill(1);
      expect((await s.get(sha256)).toString()).toBe('original content');
    });

    it('refuses an unknown hash and a malformed one', async () => {
      const s = subject.storage();
      await expect(s.get('0'.repeat(64))).rejects.toThrow(/no document/);
      await expect(s.get('../../etc/passwd')).rejects.toThrow(/not a content hash/);
      await expect(s.get('A'.repeat(64))).rejects.toThrow(/not a content hash/);
    });

    it.runIf(Boolean(subject.tamper))('refuses content that no longer matches its hash', async () => {
      const s = subject.storage();
      const { sha256 } = await s.put(Buffer.from(`court order ${randomBytes(4).toString('hex')}`));
      await subject.tamper!(sha256, Buffer.from('forged court order'));
      await expect(s.get(sha256)).rejects.toThrow(/does not match its hash/);
    });
  });
}
