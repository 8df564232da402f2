// Test tiers: pure unit tests; API tests against the embedded PostgreSQL and, when
// TEST_DATABASE_URL is set, against that server too; browser journeys in Chromium.
import { defineConfig } from 'vitest/config';

const external = process.env.TEST_DATABASE_URL;
const apiTests = ['src/**/*.api.test.ts', 'tests/api/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.api.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'api-embedded',
          include: apiTests,
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      ...(external
        ? [
            {
              test: {
                name: 'api-external',
                include: apiTests,
                // These start their own embedded PostgreSQL whatever the lane: once is enough.
                exclude: [
                  'tests/api/crash-safety.test.ts',
                  'tests/api/embedded-postgres.test.ts',
                  '**/node_modules/**',
                ],
                globalSetup: ['tests/support/global-setup.ts'],
                testTimeout: 30_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
