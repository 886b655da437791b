export * from './storage.js';
export * from './s3-storage.js';
export * from './create-storage.js';
