import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MigrationSource } from '@hearth/platform';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Migration folders in dependency order: a module's migrations may refer only to those listed before it. */
export const MIGRATION_SOURCES: MigrationSource[] = [
  { module: 'platform', dir: path.join(root, 'platform/db/migrations') },
  { module: 'identity', dir: path.join(root, 'modules/identity/db/migrations') },
  { module: 'people', dir: path.join(root, 'modules/people/db/migrations') },
  { module: 'cases', dir: path.join(root, 'modules/cases/db/migrations') },
  { module: 'notices', dir: path.join(root, 'modules/notices/db/migrations') },
  { module: 'eligibility', dir: path.join(root, 'modules/eligibility/db/migrations') },
];
