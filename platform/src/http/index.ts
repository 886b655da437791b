export * from './app.js';
export * from './error-map.js';
