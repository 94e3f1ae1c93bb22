export * from './Polarity.js';
export * from './compareWithBenchmark.js';
