import { defineConfig } from '@playwright/test';

/**
 * E2E in Debian's Firefox ESR against the Firefox build (`dist-firefox/`, made by
 * `vite build --mode firefox` before this runs). Playwright runs the tests; puppeteer drives Firefox
 * over WebDriver BiDi (e2e/firefox/test.ts), as Playwright's own Firefox cannot load an extension.
 */
export default defineConfig({
  testDir: 'e2e/firefox',
  testMatch: '**/*.firefox.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous: each test starts Firefox, and CI shares two cores with everything else.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: { trace: 'off' },
});
