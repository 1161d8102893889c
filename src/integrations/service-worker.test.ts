import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { leafletPdf } from '../lib/pdf-files';
import { precacheUrl, writeServiceWorker } from './service-worker';

describe('precacheUrl', () => {
	it('puts files under the base path and uses folder addresses for pages', () => {
		expect(precacheUrl('/', 'index.html')).toBe('/');
		expect(precacheUrl('/', 'lessons/a/index.html')).toBe('/lessons/a/');
		expect(precacheUrl('/safety-kit/', 'index.html')).toBe('/safety-kit/');
		expect(precacheUrl('/safety-kit/', 'pagefind/pagefind.js')).toBe(
			'/safety-kit/pagefind/pagefind.js'
		);
		expect(precacheUrl('/safety-kit/', leafletPdf)).toBe(`/safety-kit/${leafletPdf}`);
	});
});

describe('writeServiceWorker', () => {
	let dir: string | undefined;
	afterEach(async () => {
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	async function site(files: string[]): Promise<string> {
		dir = await mkdtemp(join(tmpdir(), 'kit-sw-'));
		for (const file of files) {
			await mkdir(dirname(join(dir, file)), { recursive: true });
			await writeFile(join(dir, file), `content of ${file}`);
		}
		return dir;
	}

	it('precaches pages, search, PDFs and the manifest under a sub-path, with the offline fallback', async () => {
		const out = await site([
			'index.html',
			'offline/index.html',
			'404.html',
			'manifest.webmanifest',
			'pagefind/pagefind-entry.json',
			'pagefind/fragment/en_1.pf_fragment',
			leafletPdf,
			'_astro/a.B1.js',
			'_astro/f.woff',
		]);
		const { count } = await writeServiceWorker(out, '/safety-kit/');
		const sw = await readFile(join(out, 'sw.js'), 'utf8');
		for (const url of [
			'/safety-kit/',
			'/safety-kit/offline/',
			'/safety-kit/manifest.webmanifest',
			'/safety-kit/pagefind/pagefind-entry.json',
			'/safety-kit/pagefind/fragment/en_1.pf_fragment',
			`/safety-kit/${leafletPdf}`,
		]) {
			expect(sw).toContain(`url:"${url}"`);
		}
		expect(sw).toContain('url:"/safety-kit/_astro/a.B1.js",revision:null');
		expect(sw).not.toContain('404.html');
		expect(sw).not.toContain('f.woff"');
		expect(count).toBe(7);
	}, 60_000);

	it('fails when search or the PDFs are not built yet (integrations in the wrong order)', async () => {
		const out = await site(['index.html', 'offline/index.html', 'manifest.webmanifest']);
		await expect(writeServiceWorker(out, '/')).rejects.toThrow(
			/pagefind\/pagefind-entry\.json.*after pagefind\(\), pdf\(\) and slideExports\(\)/s
		);
	});

	it('precaches the slide exports, and fails when a presentation has none (slideExports() listed after it)', async () => {
		const base = [
			'index.html',
			'offline/index.html',
			'manifest.webmanifest',
			'pagefind/pagefind-entry.json',
			leafletPdf,
		];
		const slides = 'lessons/a/present/index.html';
		let out = await site([...base, slides]);
		await writeFile(join(out, slides), '<slide-deck data-lesson="a"></slide-deck>');
		await expect(writeServiceWorker(out, '/')).rejects.toThrow(
			/lessons\/a\/a-slides\.pptx, lessons\/a\/a-slides-offline\.html.*slideExports\(\)/s
		);
		await rm(out, { recursive: true, force: true });
		out = await site([
			...base,
			slides,
			'lessons/a/a-slides.pptx',
			'lessons/a/a-slides-offline.html',
		]);
		await writeFile(join(out, slides), '<slide-deck data-lesson="a"></slide-deck>');
		await writeServiceWorker(out, '/');
		const sw = await readFile(join(out, 'sw.js'), 'utf8');
		expect(sw).toContain('url:"/lessons/a/a-slides.pptx"');
		expect(sw).toContain('url:"/lessons/a/a-slides-offline.html"');
	}, 60_000);
});
