export * from './needs-classification.js';
export * from './needs-and-strengths-rules.js';
export * from './classify-needs-and-strengths.js';
