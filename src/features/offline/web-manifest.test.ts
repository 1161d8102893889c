import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webManifest } from './web-manifest';

describe('webManifest', () => {
	it('keeps every URL under the base path', () => {
		const m = webManifest({ base: '/safety-kit/', name: 'Kit' });
		expect(m.start_url).toBe('/safety-kit/');
		expect(m.scope).toBe('/safety-kit/');
		expect(m.id).toBe('/safety-kit/');
		for (const icon of m.icons) expect(icon.src).toMatch(/^\/safety-kit\/icons\//);
	});

	it('works at the root too, and names icons that exist in public/', () => {
		const m = webManifest({ base: '/', name: 'Kit' });
		expect(m.start_url).toBe('/');
		for (const icon of m.icons)
			expect(existsSync(new URL(`../../../public${icon.src}`, import.meta.url)), icon.src).toBe(
				true
			);
	});

	it('offers installable sizes and a maskable icon', () => {
		const m = webManifest({ base: '/', name: 'Kit' });
		expect(m.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(m.icons.some((i) => i.purpose === 'maskable')).toBe(true);
		expect(m.display).toBe('standalone');
	});
});
