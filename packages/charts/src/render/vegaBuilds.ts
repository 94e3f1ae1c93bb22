// Internal: locate the browser builds of vega, vega-lite and vega-embed to inline.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { messages } from '../messages.js';

const BUILDS: [string, string][] = [
  ['vega', 'build/vega.min.js'],
  ['vega-lite', 'build/vega-lite.min.js'],
  ['vega-embed', 'build/vega-embed.min.js'],
];

let cache: Promise<string[]> | undefined;

/** The three minified browser builds, in load order (their exports maps hide them, so resolve package.json). */
export function vegaBuilds(): Promise<string[]> {
  cache ??= Promise.all(
    BUILDS.map(async ([pkg, file]) => {
      const require = createRequire(import.meta.url);
      let dir: string;
      try {
        dir = dirname(require.resolve(`${pkg}/package.json`));
      } catch {
        // vega-lite's exports map hides package.json: walk up from its entry point.
        let d = dirname(require.resolve(pkg));
        while (!existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
        dir = d;
      }
      const path = join(dir, file);
      if (!existsSync(path)) throw new Error(messages.vegaBuildMissing(pkg));
      return readFile(path, 'utf8');
    }),
  );
  return cache;
}
