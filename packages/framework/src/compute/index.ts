export * from './result-row.js';
export * from './pandemic-periods.js';
export * from './population-lookup.js';
export * from './disclose-counts.js';
export * from './compute-indicators.js';
export * from './series-trend.js';
