export * from './Polarity.js';
export * from './compareWithBenchmark.js';
export * from './compareOverlappingIntervals.js';
export * from './compareSpc.js';
