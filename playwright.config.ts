import { defineConfig } from '@playwright/test';

/**
 * E2E against the built extension (`dist/`, made by `vite build` before this runs) in the system
 * Chromium. Fixture pages are served under the networks' real URLs by routing: nothing goes out.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
