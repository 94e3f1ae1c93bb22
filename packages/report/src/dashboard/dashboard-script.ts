import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cache: Promise<string> | undefined;

/**
 * The dashboard page's own script: `browser/dashboard-app.js` bundled by
 * esbuild into one minified classic script, with the chart presets, theme
 * and data helpers of `@cjsnsa/charts` (so the page draws exactly the pack's
 * charts), core's `funnelLimits` and status helpers, and the report's
 * `stampCsv`. Core is bundled through a browser entry of only the modules
 * the page needs (its readers use Node's file system). Built once per
 * process. vega, vega-lite and vega-embed are not in it: the page inlines
 * their own browser builds before it.
 *
 * @returns the script's text
 * @throws esbuild's error when a module cannot be bundled
 * @example
 * ```ts
 * const script = await dashboardScript();
 * script.length > 100_000; // true: the presets and their helpers
 * ```
 */
export function dashboardScript(): Promise<string> {
  cache ??= bundle();
  cache.catch(() => (cache = undefined));
  return cache;
}

async function bundle(): Promise<string> {
  const { build } = await import('esbuild');
  const require = createRequire(import.meta.url);
  const chartsDist = dirname(require.resolve('@cjsnsa/charts'));
  const coreDist = dirname(require.resolve('@cjsnsa/core'));
  // src/dashboard/ and dist/dashboard/ are both two levels below the package root; the app ships in src.
  const app = fileURLToPath(new URL('../../src/dashboard/browser/dashboard-app.js', import.meta.url));
  const entries: Record<string, string> = {
    '@cjsnsa/charts': ['presets/index.js', 'theme/index.js', 'data/index.js'].map((f) => `export * from ${JSON.stringify(join(chartsDist, f))};`).join('\n'),
    '@cjsnsa/core': ['status.js', 'disclosure/index.js', 'funnel/index.js'].map((f) => `export * from ${JSON.stringify(join(coreDist, f))};`).join('\n'),
  };
  const result = await build({
    entryPoints: [app],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [
      {
        name: 'cjsnsa-browser-entries',
        setup(b) {
          b.onResolve({ filter: /^@cjsnsa\/(charts|core)$/ }, (args) => ({ path: args.path, namespace: 'cjsnsa-browser' }));
          b.onLoad({ filter: /.*/, namespace: 'cjsnsa-browser' }, (args) => ({ contents: entries[args.path], resolveDir: dirname(app), loader: 'js' }));
        },
      },
    ],
  });
  return result.outputFiles[0]!.text;
}
