import { expect } from 'vitest';
import type { Clock } from '@hearth/platform';
import type { Agent } from '@hearth/server/testing';

/** A clock the test moves by hand (filing dates, due dates, sweeps). */
export function settableClock(iso: string): Clock & { set(iso: string): void } {
  let current = new Date(iso);
  return {
    now: () => new Date(current),
    today: () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Denver', year: 'numeric', month: '2-digit', day: '2-digit' }).format(current),
    set(next: string) {
      current = new Date(next);
    },
  };
}

export async function registerPerson(agent: Agent, firstName: string, lastName: string, dob: string): Promise<string> {
  const r = await agent.post('/api/people', { firstName, lastName, dob, confirmedNotDuplicate: true });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

/** A household of a parent (earning) and one child, as a worker enters it. */
export function household(parentId: string, childId: string) {
  return [
    { personId: parentId, firstName: 'Rosa', lastName: 'Quintero', dob: '1990-03-14', relationship: 'self', taxFiler: true },
    { personId: childId, firstName: 'Mateo', lastName: 'Quintero', dob: '2017-06-02', relationship: 'child' },
  ];
}

/** Drizzle wraps database errors; the database's own message is in cause. */
export function dbMessage(e: any): string {
  return String(e?.cause?.message ?? e?.message ?? e);
}
