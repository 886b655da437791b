import { mkdir } from 'node:fs/promises';
import lockfile from 'proper-lockfile';

/**
 * PGlite has no cross-process lock: two processes on one data folder would corrupt it.
 * Hearth holds a lock file on the folder while the database is open.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  try {
    return await lockfile.lock(dir, { lockfilePath: `${dir}.lock`, stale: 30_000, update: 10_000 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new Error(`The database folder ${dir} is in use by another Hearth process. Stop it first, or set DATABASE_URL.`);
    }
    throw err;
  }
}
