export * from './disclosure-rule.js';
export * from './apply-disclosure-control.js';
export * from './suppress-derived.js';
export * from './small-count-rule.js';
