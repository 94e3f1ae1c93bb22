export * from './framework-error.js';
export * from './indicator-definition.js';
export * from './labels.js';
export * from './indicator-label.js';
export * from './read-definitions-folder.js';
export * from './framework-definitions.js';
export * from './indicator-definitions.js';
export * from './load-indicator-definitions.js';
