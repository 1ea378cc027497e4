/** Jest runs the TypeScript sources directly as ES modules through ts-jest (transpile only; `tsc --noEmit` type-checks). */
export default {
  testEnvironment: 'node',
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/fixtures/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // Tests assert behaviour, never speed (that is `npm run bench`): many lint whole estates or run the
  // built CLI, and on a loaded machine jest's 5 s default fails them for no fault of the code.
  testTimeout: 60_000,
};
