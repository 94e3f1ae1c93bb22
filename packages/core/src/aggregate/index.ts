export * from './table-input.js';
export * from './sum-counts.js';
export * from './pool-periods.js';
export * from './count-records.js';
export * from './rolling-periods.js';
