import type { Database } from './db/database.js';
import type { HearthConfig } from './config/config.js';
import type { HttpApp } from './http/app.js';
import type { JobQueue } from './jobs/queue.js';
import type { DocumentStorage } from './storage/storage.js';
import type { Clock } from './clock.js';

export { systemClock, fixedClock, type Clock } from './clock.js';

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
