export * from './funnelLimits.js';
export * from './funnelSignificance.js';
