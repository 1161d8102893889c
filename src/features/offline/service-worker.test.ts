import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchIndexEntry, searchScript, webManifest } from '../../site/files';
import { fileOfRoute, withBase } from '../../site/paths';
import { exportsOf } from '../slides';
import {
	help,
	leafletPdf,
	lessonItem,
	lessonPrint,
	notFound,
	offline,
	poster,
	routeOf,
} from '../../site/routes';
import { precacheUrl, writeServiceWorker } from './service-worker';

const file = (route: string) => fileOfRoute(route);

describe('precacheUrl', () => {
	it('puts files under the base path and uses folder addresses for pages', () => {
		expect(precacheUrl('/', 'index.html')).toBe('/');
		expect(precacheUrl('/', file(help()))).toBe(help());
		expect(precacheUrl('/safety-kit/', 'index.html')).toBe('/safety-kit/');
		expect(precacheUrl('/safety-kit/', file(searchScript()))).toBe(
			withBase('/safety-kit/', searchScript())
		);
		expect(precacheUrl('/safety-kit/', file(leafletPdf()))).toBe(
			withBase('/safety-kit/', leafletPdf())
		);
	});
});

describe('writeServiceWorker', () => {
	let dir: string | undefined;
	afterEach(async () => {
		if (dir) await rm(dir, { recursive: true, force: true });
	});

	async function site(files: string[]): Promise<string> {
		dir = await mkdtemp(join(tmpdir(), 'kit-sw-'));
		for (const name of files) {
			await mkdir(dirname(join(dir, name)), { recursive: true });
			await writeFile(join(dir, name), `content of ${name}`);
		}
		return dir;
	}

	it('precaches pages, search, PDFs and the manifest under a sub-path, with the offline fallback', async () => {
		const out = await site([
			'index.html',
			file(offline()),
			file(notFound()),
			file(poster()),
			file(lessonPrint('friend-requests')),
			file(webManifest()),
			file(searchIndexEntry()),
			`${file(searchIndexEntry()).replace(/[^/]+$/, '')}fragment/en_1.pf_fragment`,
			file(leafletPdf()),
			'_astro/a.B1.js',
			'_astro/f.woff',
		]);
		const { count } = await writeServiceWorker(out, { base: '/safety-kit/', pdfs: true });
		const sw = await readFile(join(out, 'sw.js'), 'utf8');
		for (const route of [
			'/',
			offline(),
			webManifest(),
			searchIndexEntry(),
			`${searchIndexEntry().replace(/[^/]+$/, '')}fragment/en_1.pf_fragment`,
			leafletPdf(),
		]) {
			expect(sw).toContain(`url:"${withBase('/safety-kit/', route)}"`);
		}
		expect(sw).toContain('url:"/safety-kit/_astro/a.B1.js",revision:null');
		expect(sw).toContain(`fallbackURL:"${withBase('/safety-kit/', offline())}"`);
		// Welsh pages fall back to the Welsh offline page.
		expect(sw).toContain(`fallbackURL:"${withBase('/safety-kit/', routeOf('offline', {}, 'cy'))}"`);
		expect(sw).toContain('\\/safety-kit\\/cy\\/');
		// The kinds the model keeps out: the 404 page and the print views (their PDFs are in).
		expect(sw).not.toContain(file(notFound()));
		expect(sw).not.toContain(`"${withBase('/safety-kit/', poster())}"`);
		expect(sw).not.toContain(`"${withBase('/safety-kit/', lessonPrint('friend-requests'))}"`);
		expect(sw).not.toContain('f.woff"');
		expect(count).toBe(7);
	}, 60_000);

	it('fails when search or the PDFs are not built yet (integrations in the wrong order)', async () => {
		const out = await site(['index.html', file(offline()), file(webManifest())]);
		const error = await writeServiceWorker(out, { base: '/', pdfs: true }).then(
			() => undefined,
			(e: unknown) => e
		);
		expect((error as Error | undefined)?.message).toContain(
			`missing: ${file(searchIndexEntry())}, ${file(leafletPdf())}. List serviceWorker() after pagefind(), pdf() and slideExports()`
		);
	});

	it('does not ask for PDFs the build was told to skip', async () => {
		const out = await site(['index.html', file(offline()), file(webManifest())]);
		const error = await writeServiceWorker(out, { base: '/', pdfs: false }).then(
			() => undefined,
			(e: unknown) => e
		);
		expect((error as Error | undefined)?.message).toContain(
			`missing: ${file(searchIndexEntry())}. List`
		);
	});

	it('precaches the slide exports, and fails when a presentation has none (slideExports() listed after it)', async () => {
		const base = [
			'index.html',
			file(offline()),
			file(webManifest()),
			file(searchIndexEntry()),
			file(leafletPdf()),
		];
		// A real lesson: the worker asks the site model what each page is.
		const deck = exportsOf(lessonItem('friend-requests'));
		let out = await site([...base, deck.slidesPage]);
		await writeFile(
			join(out, deck.slidesPage),
			'<slide-deck data-deck="friend-requests"></slide-deck>'
		);
		const error = await writeServiceWorker(out, { base: '/', pdfs: true }).then(
			() => undefined,
			(e: unknown) => e
		);
		expect((error as Error | undefined)?.message).toContain(
			`missing: ${deck.pptx}, ${deck.offline}. List serviceWorker() after pagefind(), pdf() and slideExports()`
		);
		await rm(out, { recursive: true, force: true });
		out = await site([...base, deck.slidesPage, deck.pptx, deck.offline]);
		await writeFile(
			join(out, deck.slidesPage),
			'<slide-deck data-deck="friend-requests"></slide-deck>'
		);
		await writeServiceWorker(out, { base: '/', pdfs: true });
		const sw = await readFile(join(out, 'sw.js'), 'utf8');
		expect(sw).toContain(`url:"/${deck.pptx}"`);
		expect(sw).toContain(`url:"/${deck.offline}"`);
	}, 60_000);
});
