import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import net, { type AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { S3Client, PutObjectCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { loadConfig } from '../config/config.js';
import { documentStorageContract } from './storage-contract.js';
import { diskStorage, memoryStorage } from './storage.js';
import { s3Storage, s3KeyFor, type S3StorageOptions } from './s3-storage.js';
import { createDocumentStorage } from './create-storage.js';

// A local S3-compatible server on a random loopback port with a temporary folder (s3rver's default keys).
let s3rver: S3rver;
let s3dir: string;
let diskDir: string;
let s3: S3StorageOptions;

beforeAll(async () => {
  s3dir = await mkdtemp(path.join(os.tmpdir(), 'hearth-s3rver-'));
  diskDir = await mkdtemp(path.join(os.tmpdir(), 'hearth-disk-'));
  s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3dir, configureBuckets: [{ name: 'hearth-docs', configs: [] }] });
  const addr = await s3rver.run();
  s3 = {
    endpoint: `http://127.0.0.1:${addr.port}`,
    bucket: 'hearth-docs',
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    prefix: 'documents/',
  };
});
afterAll(async () => {
  await s3rver?.close();
  await rm(s3dir, { recursive: true, force: true });
  await rm(diskDir, { recursive: true, force: true });
});

/** A loopback port nothing listens on (opened, then closed). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}

const raw = () => new S3Client({ endpoint: s3.endpoint, region: s3.region, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });

documentStorageContract({ name: 'memory', storage: () => memoryStorage() });
documentStorageContract({
  name: 'disk',
  storage: () => diskStorage(diskDir),
  tamper: (h, bytes) => writeFile(path.join(diskDir, h.slice(0, 2), h.slice(2, 4), h), bytes),
});
documentStorageContract({
  name: 's3 (s3rver)',
  storage: () => s3Storage(s3),
  tamper: async (h, bytes) => {
    await raw().send(new PutObjectCommand({ Bucket: s3.bucket, Key: s3KeyFor(h, s3.prefix), Body: bytes }));
  },
});

describe('S3 document storage', () => {
  it('keys objects by content hash under the prefix, with the hash as metadata', async () => {
    const bytes = Buffer.from('trust document');
    const { sha256 } = await s3Storage(s3).put(bytes);
    const list = await raw().send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `documents/${sha256.slice(0, 2)}/` }));
    expect(list.Contents?.map((o) => o.Key)).toContain(`documents/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`);
    const head = await raw().send(new GetObjectCommand({ Bucket: s3.bucket, Key: s3KeyFor(sha256, 'documents/') }));
    expect(head.Metadata?.sha256).toBe(sha256);
  });

  it('is what the configuration chooses with HEARTH_STORAGE=s3', async () => {
    const config = loadConfig({
      HEARTH_STORAGE: 's3',
      HEARTH_S3_ENDPOINT: s3.endpoint,
      HEARTH_S3_BUCKET: s3.bucket,
      HEARTH_S3_ACCESS_KEY_ID: 'S3RVER',
      HEARTH_S3_SECRET_ACCESS_KEY: 'S3RVER',
      HEARTH_S3_PREFIX: 'from-config/',
    });
    expect(config.storage).toMatchObject({ kind: 's3', forcePathStyle: true, prefix: 'from-config/' });
    const storage = createDocumentStorage(config.storage);
    const { sha256 } = await storage.put(Buffer.from('chosen by configuration'));
    const obj = await raw().send(new GetObjectCommand({ Bucket: s3.bucket, Key: s3KeyFor(sha256, 'from-config/') }));
    expect(await obj.Body!.transformToString()).toBe('chosen by configuration');
  });

  it('reports an unreachable server as an error, not as a missing document', async () => {
    const down = s3Storage({ ...s3, endpoint: `http://127.0.0.1:${await freePort()}` });
    await expect(down.get('0'.repeat(64))).rejects.toThrow(/ECONNREFUSED|connect/i);
    await expect(down.get('0'.repeat(64))).rejects.not.toThrow(/no document/);
  });
});
