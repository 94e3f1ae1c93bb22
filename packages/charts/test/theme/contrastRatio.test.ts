import { describe, expect, it } from 'vitest';
import { contrastRatio, palette, comparisonShapes } from '../../src/index.js';

describe('contrastRatio(foreground, background)', () => {
  it('gives the WCAG extremes and a published reference value', () => {
    // WCAG 2.1: black on white is 21:1, a colour on itself 1:1.
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 10);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBeCloseTo(1, 10);
    // WebAIM contrast checker: #777777 on #FFFFFF = 4.48:1 (fails AA body text).
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
  });
  it('is symmetric and rejects malformed colours', () => {
    expect(contrastRatio('#0072B2', '#FFFFFF')).toBe(contrastRatio('#FFFFFF', '#0072B2'));
    expect(() => contrastRatio('blue', '#FFFFFF')).toThrow();
  });
});

describe('theme palette meets WCAG AA', () => {
  it('text and muted text have at least 4.5:1 on the white background', () => {
    for (const c of [palette.text, palette.mutedText, palette.scotland]) expect(contrastRatio(c, palette.background)).toBeGreaterThanOrEqual(4.5);
  });
  it('heat-map text has at least 4.5:1 against every comparison fill', () => {
    for (const [k, fill] of Object.entries(palette.comparison)) {
      expect(contrastRatio(palette.comparisonText[k], fill), k).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('mark outlines have at least 3:1 against white (non-text contrast, WCAG 1.4.11)', () => {
    expect(contrastRatio(palette.outline, palette.background)).toBeGreaterThanOrEqual(3);
  });
  it('Better, Similar and Worse differ by shape as well as colour', () => {
    const shapes = new Set(['Better', 'Similar', 'Worse'].map((c) => comparisonShapes[c]));
    expect(shapes.size).toBe(3);
    // Better and Worse also differ in lightness (readable in greyscale and with red–green colour blindness).
    expect(Math.abs(contrastRatio(palette.comparison.Better, '#FFFFFF') - contrastRatio(palette.comparison.Worse, '#FFFFFF'))).toBeGreaterThan(1);
  });
});
