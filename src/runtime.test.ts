// Astro 7 needs Node >= 22.12 while the machines this kit is built on may have an older Node.
// The npm package `node` pins a newer one for every npm script: prove the tests run on it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('runtime', () => {
	it('runs on the Node pinned in devDependencies, as .nvmrc says', () => {
		expect(process.versions.node).toBe(pkg.devDependencies.node);
		expect(readFileSync(new URL('../.nvmrc', import.meta.url), 'utf8').trim()).toBe(
			pkg.devDependencies.node
		);
	});

	it('meets the engines range that Astro needs', () => {
		const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
		expect(pkg.engines.node).toBe('>=22.12.0');
		expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
	});
});
