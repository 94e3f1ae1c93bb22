export * from './funnelLimits.js';
export * from './funnelSignificance.js';
export * from './funnelPlot.js';
