import type { Database } from './db/database.js';
import type { HearthConfig } from './config/config.js';
import type { HttpApp } from './http/app.js';
import type { JobQueue } from './jobs/queue.js';
import type { DocumentStorage } from './storage/storage.js';

/** The time source. Use cases ask it for "now"; tests pass a fixed one. */
export interface Clock {
  now(): Date;
  /** Today in the agency's time zone. */
  today(): string;
}

export function systemClock(timeZone: string): Clock {
  return {
    now: () => new Date(),
    today: () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()),
  };
}

export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso), today: () => iso.slice(0, 10) };
}

/** What the composition root gives each module. Modules take what they need from it, nothing else. */
export interface PlatformContext {
  database: Database;
  config: HearthConfig;
  clock: Clock;
  jobs: JobQueue;
  storage: DocumentStorage;
}

/** A bounded context as the composition root sees it. */
export interface HearthModule<Ports = unknown> {
  name: string;
  /** Registers the module's routes (all under /api/…, each declaring config.permission). */
  registerRoutes(app: HttpApp, ctx: PlatformContext, ports: Ports): Promise<void> | void;
}
