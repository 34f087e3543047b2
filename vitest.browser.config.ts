import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { plainSummary, staffcoreAliases } from './vitest.config.js';

// The browser suite (`npm run test:browser`): the pure core and the memory store, run in a real
// Chromium. It is Debian's `chromium` package (.ci/run installs it), never a browser that
// Playwright downloads.
const chromium = '/usr/bin/chromium';

export default defineConfig({
  resolve: { alias: staffcoreAliases },
  // Pre-bundled before the run starts: a dependency found mid-run reloads the page and fails the run.
  optimizeDeps: { include: ['zod', 'immer', 'decimal.js'] },
  test: {
    include: ['test/browser/**/*.test.ts'],
    reporters: ['default', plainSummary],
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: chromium,
          // The CI network is closed: without the background-networking switches Chromium's own
          // connections (updates, sync, QUIC probes) are refused and slow or break the start.
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
