export * from './audit.js';
export * from './verify.js';
export { canonicalJson } from './canonical.js';
