import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and site tests build the whole site: allow them time on a small machine.
    hookTimeout: 300_000,
  },
});
