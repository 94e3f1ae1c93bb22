import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

process.env.TZ = 'UTC';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@cjsnsa/core': pkg('core'),
      '@cjsnsa/framework': pkg('framework'),
      '@cjsnsa/charts': pkg('charts'),
      '@cjsnsa/report': pkg('report'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ['default'],
  },
});
