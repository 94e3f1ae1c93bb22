export * from './palette.js';
export * from './comparisonShapes.js';
export * from './contrastRatio.js';
export * from './chartConfig.js';
