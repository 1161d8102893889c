/**
 * A throwaway static web server for specs that must change what the "next build" serves (the
 * service worker update test): serves a built folder under a base path, like any school's server,
 * with any file's contents replaceable while it runs. Listens on 127.0.0.1 on a free port.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.pdf': 'application/pdf',
	'.pagefind': 'application/octet-stream',
};

export interface StaticServer {
	/** `http://127.0.0.1:<port><base>` */
	url: string;
	/** Replace a file (path relative to the folder, e.g. `sw.js` or `index.html`) from now on. */
	override(file: string, body: string | Buffer): void;
	close(): Promise<void>;
}

export async function serveFolder(folder: string, base: string): Promise<StaticServer> {
	const root = resolve(folder);
	const overrides = new Map<string, string | Buffer>();
	const server = createServer(async (req, res) => {
		try {
			const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
			if (!pathname.startsWith(base)) throw new Error('outside base');
			let file = resolve(root, `.${pathname.slice(base.length - 1)}`);
			if (file !== root && !file.startsWith(`${root}${sep}`)) throw new Error('outside folder');
			if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
			const rel = file.slice(root.length + 1).split(sep).join('/');
			const body = overrides.get(rel) ?? (await readFile(file));
			res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
			res.end(body);
		} catch {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('Not found');
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		override: (file, body) => overrides.set(file, body),
		close: () => new Promise((done) => server.close(() => done())),
	};
}
