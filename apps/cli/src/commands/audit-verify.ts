import { verifyAuditChain } from '@hearth/platform';
import { openRuntime } from '../runtime.js';

export async function auditVerify(): Promise<number> {
  const rt = await openRuntime();
  try {
    const r = await verifyAuditChain(rt.database);
    console.log(r.message);
    return r.ok ? 0 : 1;
  } finally {
    await rt.close();
  }
}
