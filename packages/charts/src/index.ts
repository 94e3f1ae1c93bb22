export * from './messages.js';
export * from './data/index.js';
export * from './theme/index.js';
export * from './alt/index.js';
export * from './presets/index.js';
export * from './render/index.js';
