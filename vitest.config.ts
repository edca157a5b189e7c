import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['src/shared/test-setup.ts'],
    // Property tests walk long random inputs; a loaded 2-core machine needs the margin.
    testTimeout: 30_000,
  },
});
