import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests of a module may stand beside it (src/output/wrap.test.ts).
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // The end-to-end tests spawn the built bin; two cores, so keep workers modest.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
