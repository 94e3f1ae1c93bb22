export * from './StatisticsError.js';
export * from './normaliseConfidence.js';
export * from './confidenceLevels.js';
export * from './zQuantile.js';
export * from './wilsonInterval.js';
export * from './exactPoissonInterval.js';
export * from './byarInterval.js';
export * from './newcombeDifferenceInterval.js';
