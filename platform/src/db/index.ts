export * from './database.js';
export * from './migrate.js';
export * from './lock.js';
export * from './unit-of-work.js';
