export type { ChartSpec, ChartOptions } from './ChartSpec.js';
export * from './trendChart.js';
export * from './compareAreasChart.js';
export * from './funnelChart.js';
export * from './spineChart.js';
export * from './heatmapChart.js';
export * from './compositionChart.js';
export * from './fundingTimelineChart.js';
export * from './outcomeScoresChart.js';
