import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile, access, rename } from 'node:fs/promises';
import path from 'node:path';

/**
 * Documents are stored by the SHA-256 of their content: the same file uploaded twice is kept once.
 * Implementations: disk (default), S3-compatible bucket, memory (tests). All pass storage-contract.ts.
 */
export interface DocumentStorage {
  put(bytes: Buffer): Promise<{ sha256: string; size: number }>;
  /** The bytes stored under this hash; rejects for a malformed or unknown hash, or content that no longer matches it. */
  get(sha256: string): Promise<Buffer>;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function diskStorage(dir: string): DocumentStorage {
  const fileFor = (h: string) => path.join(dir, h.slice(0, 2), h.slice(2, 4), h);
  return {
    async put(bytes) {
      const sha256 = sha256Hex(bytes);
      const file = fileFor(sha256);
      try {
        await access(file);
      } catch {
        await mkdir(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, bytes);
        await rename(tmp, file);
      }
      return { sha256, size: bytes.length };
    },
    async get(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a content hash');
      const bytes = await readFile(fileFor(sha256)).catch((err: NodeJS.ErrnoException) => {
        throw err.code === 'ENOENT' ? new Error(`no document ${sha256}`) : err;
      });
      if (sha256Hex(bytes) !== sha256) throw new Error(`document ${sha256} does not match its hash (the stored file was altered)`);
      return bytes;
    },
  };
}

/** Keeps documents in memory: tests only. */
export function memoryStorage(): DocumentStorage {
  const m = new Map<string, Buffer>();
  return {
    async put(bytes) {
      const sha256 = sha256Hex(bytes);
      m.set(sha256, Buffer.from(bytes));
      return { sha256, size: bytes.length };
    },
    async get(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a content hash');
      const b = m.get(sha256);
      if (!b) throw new Error(`no document ${sha256}`);
      return Buffer.from(b);
    },
  };
}
