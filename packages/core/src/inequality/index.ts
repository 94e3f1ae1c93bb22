export * from './slopeIndexOfInequality.js';
