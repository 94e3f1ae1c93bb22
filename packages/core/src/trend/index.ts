export * from './TrendResult.js';
export * from './recentTrend.js';
