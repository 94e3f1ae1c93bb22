export * from './describeComparison.js';
export * from './describeInterval.js';
export * from './shortAltText.js';
export * from './describeTrend.js';
