// Observable Plot-style SVG normalisation for snapshots: numbers to 3 dp, stable ids.
export function normaliseSVG(svg: string): string {
  const ids = new Map<string, string>();
  let out = svg.replace(/\bid="([^"]+)"/g, (_, id: string) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return `id="${ids.get(id)}"`;
  });
  for (const [from, to] of ids) {
    out = out.split(`url(#${from})`).join(`url(#${to})`).split(`href="#${from}"`).join(`href="#${to}"`);
  }
  out = out.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => {
    const r = Math.round(parseFloat(n) * 1000) / 1000;
    return String(Object.is(r, -0) ? 0 : r);
  });
  return out.replace(/></g, '>\n<') + '\n';
}
