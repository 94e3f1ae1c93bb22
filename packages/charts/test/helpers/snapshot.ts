import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normaliseSVG } from './normaliseSVG.js';

const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));

/**
 * Compare normalised SVG with test/output/<name>.svg. Creates the snapshot when missing;
 * on mismatch writes <name>-changed.svg beside it and returns false.
 */
export function matchesSnapshot(name: string, svg: string): boolean {
  mkdirSync(OUTPUT, { recursive: true });
  const file = `${OUTPUT}${name}.svg`;
  const changed = `${OUTPUT}${name}-changed.svg`;
  const actual = normaliseSVG(svg);
  if (!existsSync(file)) {
    writeFileSync(file, actual);
    return true;
  }
  if (readFileSync(file, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return true;
  }
  writeFileSync(changed, actual);
  return false;
}
