import type { HearthConfig } from '../config/config.js';
import { diskStorage, type DocumentStorage } from './storage.js';
import { s3Storage } from './s3-storage.js';

/** The document store the configuration names (HEARTH_STORAGE): content-addressed on disk, or an S3 bucket. */
export function createDocumentStorage(config: HearthConfig['storage']): DocumentStorage {
  switch (config.kind) {
    case 'disk':
      return diskStorage(config.dir);
    case 's3':
      return s3Storage(config);
  }
}
