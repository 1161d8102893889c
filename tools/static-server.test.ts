import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, fileForPath, serveFolder, type StaticServer } from './static-server';

describe('contentType', () => {
	it('knows the files a build holds, whatever the case of the extension', () => {
		expect(contentType('index.html')).toBe('text/html; charset=utf-8');
		expect(contentType('files/wasm.en.pagefind')).toBe('application/octet-stream');
		expect(contentType('files/LEAFLET.PDF')).toBe('application/pdf');
		expect(contentType('manifest.webmanifest')).toBe('application/manifest+json');
		expect(contentType('fonts/a.woff2')).toBe('font/woff2');
	});
});

describe('fileForPath', () => {
	const root = resolve('/srv/kit');
	it('maps paths under the base into the folder', () => {
		expect(fileForPath(root, '/', '/page/')).toBe(join(root, 'page'));
		expect(fileForPath(root, '/safety-kit/', '/safety-kit/page/index.html')).toBe(
			join(root, 'page', 'index.html')
		);
		expect(fileForPath(root, '/safety-kit/', '/safety-kit')).toBe(root);
	});
	it('refuses paths outside the base or climbing out of the folder', () => {
		expect(fileForPath(root, '/safety-kit/', '/page/')).toBeUndefined();
		expect(fileForPath(root, '/', '/../etc/passwd')).toBeUndefined();
		expect(fileForPath(root, '/kit/', '/kit/../../etc/passwd')).toBeUndefined();
		expect(fileForPath(root, '/kit/', '/kit/a/../page/')).toBe(join(root, 'page'));
	});
});

describe('serveFolder', () => {
	let folder: string;
	let server: StaticServer;
	beforeAll(async () => {
		folder = mkdtempSync(join(tmpdir(), 'kit-static-'));
		mkdirSync(join(folder, 'page'));
		writeFileSync(join(folder, 'page', 'index.html'), '<h1>Page</h1>');
		writeFileSync(join(folder, 'secret.txt'), 'outside');
		server = await serveFolder(join(folder), { base: '/safety-kit/' });
	});
	afterAll(async () => {
		await server.close();
		rmSync(folder, { recursive: true, force: true });
	});

	it('serves folders as their index.html, with a content type and no-cache', async () => {
		const response = await fetch(`${server.url}page/`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(response.headers.get('cache-control')).toBe('no-cache');
		expect(await response.text()).toBe('<h1>Page</h1>');
	});
	it('answers 404 outside the base path and for missing files', async () => {
		expect((await fetch(`${server.origin}/page/`)).status).toBe(404);
		expect((await fetch(`${server.url}nothing-here/`)).status).toBe(404);
	});
	it('serves an override in place of the file on disk', async () => {
		server.override('page/index.html', '<h1>New page</h1>');
		expect(await (await fetch(`${server.url}page/`)).text()).toBe('<h1>New page</h1>');
	});
});
