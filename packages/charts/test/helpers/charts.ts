// One named fixture per chart: used by the snapshot, schema and docs tests.
import { trendChart, compareAreasChart, funnelChart, spineChart, heatmapChart, compositionChart, fundingTimelineChart, outcomeScoresChart, likertChart, choiceChart } from '../../src/index.js';
import type { ChartSpec } from '../../src/index.js';
import * as F from '../fixtures/results.js';

export const fixtureCharts: Record<string, () => ChartSpec> = {
  'trend': () => trendChart(F.trendRows, { area: 'S12000039', indicator: 'NI4' }),
  'trend-count': () => trendChart(F.countRows, { area: 'S12000006', rate: F.rateRows }),
  'trend-count-index': () => trendChart(F.countRows, { area: 'S12000006' }),
  'compare-areas': () => compareAreasChart(F.compareRows, { indicator: 'NI4', highlight: 'S12000039' }),
  'funnel': () => funnelChart(F.compareRows, { indicator: 'NI4', limits: F.funnelLimitRows, highlight: 'S12000039' }),
  'spine': () => spineChart(F.profileRows, { area: 'S12000039', ranges: F.spineRanges }),
  'heatmap': () => heatmapChart(F.profileRows, { period: '2023-24' }),
  'composition-stacked': () => compositionChart(F.compositionRows, { x: 'period', series: 'breakdown', title: 'Community payback orders commenced by age band' }),
  'composition-grouped': () => compositionChart(F.compositionRows, { x: 'period', series: 'breakdown', mode: 'grouped', title: 'Community payback orders commenced by age band' }),
  'funding-timeline': () => fundingTimelineChart(F.servicesRegister, { asOf: '2025-01-01' }),
  'outcome-scores': () => outcomeScoresChart(F.outcomeScores, { scaleMax: 6, scaleName: 'six-point scale', source: 'West Dunbartonshire local evidence workbook', synthetic: true }),
  'likert': () => likertChart(F.likertRows, { levels: F.AGREE_LEVELS, title: 'Lived experience survey: agreement with each statement', source: 'Lived experience survey 2024', notes: ['Results for a group of fewer than 5 respondents are not shown.'], synthetic: true }),
  'choice': () => choiceChart(F.choiceRows, { title: 'How did you first hear about the service?', source: 'Lived experience survey 2024', synthetic: true }),
};
