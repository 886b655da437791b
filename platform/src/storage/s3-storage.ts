import { S3Client, GetObjectCommand, HeadObjectCommand, PutObjectCommand, NoSuchKey, NotFound } from '@aws-sdk/client-s3';
import { sha256Hex, type DocumentStorage } from './storage.js';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** Omit for AWS itself; set for MinIO, Ceph, s3rver and other S3-compatible servers. */
  endpoint?: string;
  /** Credentials; omitted, the SDK's default chain applies (environment, instance or task role). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `https://endpoint/bucket/key` rather than `https://bucket.endpoint/key` (most self-hosted servers need it). */
  forcePathStyle?: boolean;
  /** Prepended to every key, e.g. `hearth/documents/`. */
  prefix?: string;
}

const HASH = /^[0-9a-f]{64}$/;

/** Object key of a document: its SHA-256, fanned out like the disk store (ab/cd/abcd…). */
export function s3KeyFor(sha256: string, prefix = ''): string {
  return `${prefix}${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

/**
 * Documents in an S3-compatible bucket, keyed by content hash: uploading the same bytes twice writes one object.
 * The bucket must exist (an agency's storage team owns it). Each object carries its SHA-256 as metadata, and
 * every read is checked against the hash it was asked for, so an altered object is refused, never served.
 */
export function s3Storage(opts: S3StorageOptions): DocumentStorage {
  const client = new S3Client({
    region: opts.region,
    endpoint: opts.endpoint,
    forcePathStyle: opts.forcePathStyle ?? false,
    credentials: opts.accessKeyId && opts.secretAccessKey ? { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey } : undefined,
    // Checksums only where the API requires them: the newer SDK default (CRC32 in an aws-chunked trailer) is not
    // understood by every S3-compatible server. Integrity is checked on read instead (SHA-256 of the content).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const key = (h: string) => s3KeyFor(h, opts.prefix ?? '');

  async function exists(sha256: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket: opts.bucket, Key: key(sha256) }));
      return true;
    } catch (err) {
      if (err instanceof NotFound || err instanceof NoSuchKey || (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
      throw err;
    }
  }

  return {
    async put(bytes) {
      const sha256 = sha256Hex(bytes);
      if (!(await exists(sha256))) {
        await client.send(
          new PutObjectCommand({
            Bucket: opts.bucket,
            Key: key(sha256),
            Body: bytes,
            ContentLength: bytes.length,
            ContentType: 'application/octet-stream',
            Metadata: { sha256 },
          }),
        );
      }
      return { sha256, size: bytes.length };
    },
    async get(sha256) {
      if (!HASH.test(sha256)) throw new Error('not a content hash');
      let body: Uint8Array;
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: opts.bucket, Key: key(sha256) }));
        body = await out.Body!.transformToByteArray();
      } catch (err) {
        if (err instanceof NoSuchKey || (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) {
          throw new Error(`no document ${sha256}`);
        }
        throw err;
      }
      const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
      if (sha256Hex(bytes) !== sha256) throw new Error(`document ${sha256} does not match its hash (the stored object was altered)`);
      return bytes;
    },
  };
}
