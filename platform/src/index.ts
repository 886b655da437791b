export * from './config/config.js';
export * from './db/index.js';
export * from './audit/index.js';
