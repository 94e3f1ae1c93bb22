export * from './slopeIndexOfInequality.js';
export * from './scotphoSlopeIndex.js';
