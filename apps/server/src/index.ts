export { buildServer, type BuildOptions, type HearthServer } from './server.js';
export { MIGRATION_SOURCES } from './migrations.js';
export { VERSION } from './version.js';
export { startScheduler, enqueueDueDailyJobs, DAILY_JOBS, type DailyJob } from './jobs/scheduler.js';
