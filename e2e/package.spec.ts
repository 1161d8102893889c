/**
 * `npm run package`: the ZIP a school downloads holds the built kit, ready to unzip onto a web
 * server, and HOW-TO-HOST.txt. Packs the build under test (as `npm run package --no-build` would)
 * into a temporary folder and reads the ZIP back with an independent reader.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { howToHost, packageKit, packageNeedsSite, zipName } from '../scripts/package.mjs';
import { headerPolicy } from '../src/lib/csp';
import { findPresentations } from '../src/features/slides/export/deck-exports';
import {
	searchBundle,
	searchIndexEntry,
	searchScript,
	serviceWorkerScript,
	webManifest,
} from '../src/site/files';
import { fileOfRoute, pathInBuild } from '../src/site/paths';
import { home, leafletPdf, offline } from '../src/site/routes';
import { distDir } from './support/site';

const file = (route: string) => fileOfRoute(route);

test('the package ZIP holds the site, search, service worker, leaflet PDF, slide exports and HOW-TO-HOST.txt', () => {
	const out = mkdtempSync(join(tmpdir(), 'kit-package-'));
	try {
		const base = new URL(test.info().project.use.baseURL!).pathname;
		const zip = packageKit({ dist: distDir, outDir: out, version: '9.9.9', base });
		expect(zip).toBe(join(out, zipName('9.9.9', base)));
		const files = unzipSync(new Uint8Array(readFileSync(zip)));
		const names = Object.keys(files);
		for (const name of [
			file(home()),
			file(serviceWorkerScript()),
			file(webManifest()),
			file(offline()),
			file(searchScript()),
			file(searchIndexEntry()),
			file(leafletPdf()),
			'HOW-TO-HOST.txt',
		]) {
			expect(names, name).toContain(name);
		}
		expect(names.some((n) => n.startsWith(`${pathInBuild(searchBundle())}fragment/`))).toBe(true);
		// Both take-away copies of every presentation, byte for byte.
		const exports = findPresentations(names, (n) => new TextDecoder().decode(files[n]));
		expect(exports.length).toBeGreaterThanOrEqual(5);
		for (const deck of exports)
			for (const path of [deck.pptx, deck.offline])
				expect(Buffer.from(files[path]!).equals(readFileSync(join(distDir, path))), path).toBe(
					true
				);
		// Byte for byte what the build wrote.
		expect(
			Buffer.from(files[file(home())]!).equals(readFileSync(join(distDir, file(home()))))
		).toBe(true);
		expect(Buffer.from(files[file(leafletPdf())]!).subarray(0, 5).toString()).toBe('%PDF-');
		const text = new TextDecoder().decode(files['HOW-TO-HOST.txt']);
		expect(text).toBe(howToHost({ version: '9.9.9', base }));
		expect(text).toMatch(/straight from disk does not work/);
		expect(text).toMatch(/search and offline use do\s+not work/);
		expect(text).toContain('BASE_PATH=');
		expect(text).toContain('X-Content-Type-Options: nosniff');
		// The same policy the kit's pages carry, including what only a header can say.
		expect(text).toContain(`Content-Security-Policy: ${headerPolicy()}`);
		expect(text).toContain("frame-ancestors 'none'");
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});

test('zip names carry the version and any sub-path', () => {
	expect(zipName('1.2.3', '/')).toBe('too-good-to-be-true-1.2.3.zip');
	expect(zipName('1.2.3', '/safety-kit/')).toBe('too-good-to-be-true-1.2.3-safety-kit.zip');
});

test('npm run package refuses to run without a public SITE_URL, and says why', () => {
	for (const site of ['', 'http://localhost:4321']) {
		const run = spawnSync(process.execPath, ['scripts/package.mjs', '--no-build'], {
			encoding: 'utf8',
			env: { ...process.env, SITE_URL: site },
		});
		expect(run.status, site).toBe(1);
		expect(run.stderr).toContain(packageNeedsSite);
		expect(run.stderr).toMatch(/needs SITE_URL: the public address/);
	}
});
