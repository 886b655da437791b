export * from './money.js';
export * from './date-only.js';
export * from './holidays.js';
export * from './errors.js';
export * from './random.js';
