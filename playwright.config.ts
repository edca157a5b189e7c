import { defineConfig } from '@playwright/test';

/**
 * E2E against the built extension (`dist/`, made by `vite build` before this runs) in the system
 * Chromium. Fixture pages are served under the networks' real URLs by routing: nothing goes out.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Generous: each test starts a browser, and CI shares two cores with everything else.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'off' },
});
