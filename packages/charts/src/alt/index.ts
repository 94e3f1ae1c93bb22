export * from './describeComparison.js';
export * from './describeInterval.js';
