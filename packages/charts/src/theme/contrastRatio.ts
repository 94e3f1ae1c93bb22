/**
 * WCAG 2.1 contrast ratio of two sRGB colours given as `#RRGGBB`:
 * (L1 + 0.05) / (L2 + 0.05) with L the relative luminance of the lighter (L1) and
 * darker (L2) colour (W3C, WCAG 2.1, definitions "contrast ratio" and "relative
 * luminance"). AA asks 4.5:1 for normal text, 3:1 for large text and graphics.
 *
 * @example
 * ```ts
 * contrastRatio('#000000', '#FFFFFF'); // 21
 * contrastRatio('#777777', '#FFFFFF'); // 4.48 (fails AA for body text)
 * ```
 */
export function contrastRatio(foreground: string, background: string): number {
  const lum = (hex: string): number => {
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
    if (!m) throw new Error(`Not a #RRGGBB colour: ${hex}`);
    const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
      const c = parseInt(h, 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(foreground), lum(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
