export * from './config/config.js';
export * from './db/index.js';
export * from './audit/index.js';
export * from './http/index.js';
export * from './module.js';
export * from './jobs/index.js';
export * from './storage/index.js';
export * from './crypto/index.js';
