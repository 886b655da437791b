import { inTransaction, type Database, type Clock } from '@hearth/platform';
import { hashSessionId, revokeSession } from '../adapters/session.repo.js';

export async function logout(sessionId: string, userId: string, deps: { database: Database; clock: Clock }) {
  await inTransaction(deps.database, { userId }, async (uow) => {
    await revokeSession(uow.tx, hashSessionId(sessionId), deps.clock.now());
    uow.audit({ action: 'auth.logout', entityType: 'user', entityId: userId });
  });
}
