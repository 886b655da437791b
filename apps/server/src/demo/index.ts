export * from './seed-demo-agency.js';
