import { defineConfig } from 'vitest/config';

/** Unit tests sit beside the pure functions they test, in src/. */
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
		testTimeout: 60_000,
	},
});
