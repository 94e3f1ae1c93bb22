export * from './messages.js';
export * from './definitions/index.js';
export * from './geography/index.js';
export * from './catalogue/index.js';
