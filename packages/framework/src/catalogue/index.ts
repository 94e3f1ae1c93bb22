export * from './render-indicator-catalogue.js';
