import { defineConfig } from 'vitest/config';

/**
 * Unit tests sit beside the pure functions they test, in src/ and tools/; e2e/*.test.ts check the content
 * pipeline and the bench's inputs without a build (e2e/*.built.test.ts read the build: vitest.built.config.ts). The tests keep no state between files, so one
 * worker runs many files (no new process per file), and two workers let the content-step check
 * (which runs `astro sync`) overlap the rest.
 */
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'tools/**/*.test.ts', 'e2e/**/*.test.ts'],
		// Checks of a build: vitest.built.config.ts, after the build.
		exclude: ['**/node_modules/**', 'e2e/**/*.built.test.ts'],
		testTimeout: 60_000,
		isolate: false,
		maxWorkers: 2,
	},
});
