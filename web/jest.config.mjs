import { createRequire } from 'node:module';
import nextJest from 'next/jest.js';

const require = createRequire(import.meta.url);
const createJestConfig = nextJest({ dir: import.meta.dirname });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/**/*.test.{ts,tsx}'],
  testPathIgnorePatterns: ['/node_modules/', '/.next/'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // The root node_modules holds React 18 (for the Strapi admin): tests use the web's React 19.
    '^react$': require.resolve('react'),
    '^react/(.*)$': `${require.resolve('react').replace(/index\.js$/, '')}$1`,
    '^react-dom$': require.resolve('react-dom'),
    '^react-dom/(.*)$': `${require.resolve('react-dom').replace(/index\.js$/, '')}$1`,
    '^server-only$': '<rootDir>/jest.empty-module.js',
  },
};

export default createJestConfig(config);
