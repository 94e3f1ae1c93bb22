export * from './Measure.js';
export * from './proportion.js';
export * from './crudeRate.js';
export * from './meanWithInterval.js';
export * from './rateRatio.js';
export * from './directlyStandardisedRate.js';
export * from './countWithInterval.js';
export * from './indirectlyStandardised.js';
