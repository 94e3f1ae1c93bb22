export * from './TrendResult.js';
export * from './recentTrend.js';
export * from './chiSquareTrend.js';
