export * from './messages.js';
export * from './definitions/index.js';
export * from './geography/index.js';
export * from './catalogue/index.js';
export * from './compute/index.js';
export * from './needs/index.js';
export * from './text/edit-distance.js';
export * from './validate/index.js';
