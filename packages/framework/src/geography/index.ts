export * from './council-areas.js';
export * from './scotland.js';
export * from './area-not-found-error.js';
export * from './resolve-area.js';
export * from './family-group-of.js';
export * from './comparator-group.js';
