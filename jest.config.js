const path = require('path');

/** The mini-program's own sources (not the tests about it), as a pattern. */
const MINIPROGRAM = `^${path.join(__dirname, 'miniprogram').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/.+\\.ts$`;

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // The mini-program compiles with its own settings (its own type-check runs in `npm run typecheck`).
    [MINIPROGRAM]: ['ts-jest', { tsconfig: 'miniprogram/tsconfig.json', diagnostics: false }],
    // The staff console's pages are .tsx (server/console).
    '^.+\\.tsx?$': 'ts-jest',
  },
  testTimeout: 30000,
  maxWorkers: 2,
};
