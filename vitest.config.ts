import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import type { Reporter } from 'vitest/reporters';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * Closes the run with a plain `N passed, N failed, N skipped` line, which any CI log reader
 * understands, and why tests were skipped (the `(skipped: …)` their titles carry).
 */
export const plainSummary: Reporter = {
  onTestRunEnd(testModules) {
    const count = { passed: 0, failed: 0, skipped: 0 };
    const reasons = new Map<string, number>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed') count[state]++;
        else {
          count.skipped++;
          const reason = /\(skipped: ([^)]*)\)/.exec(test.fullName)?.[1];
          if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }
      }
    }
    console.log(`\n${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
    for (const [reason, n] of reasons) console.log(`  ${n} skipped: ${reason}`);
  },
};

/**
 * The package's import names mapped to its sources. Examples import the package by name, as a host
 * app would; tests run them against the sources.
 */
export const staffcoreAliases = [
  { find: /^staffcore\/adapters\/memory$/, replacement: src('adapters/memory/index.ts') },
  { find: /^staffcore\/adapters\/postgres$/, replacement: src('adapters/postgres/index.ts') },
  { find: /^staffcore\/testing$/, replacement: src('testing/index.ts') },
  { find: /^staffcore\/http$/, replacement: src('http/index.ts') },
  { find: /^staffcore\/store$/, replacement: src('adapters/port/index.ts') },
  { find: /^staffcore$/, replacement: src('index.ts') },
];

export default defineConfig({
  resolve: { alias: staffcoreAliases },
  test: {
    reporters: ['default', plainSummary],
    include: ['test/**/*.test.ts'],
    // test/browser runs in Chromium through vitest.browser.config.ts (`npm run test:browser`).
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
