/**
 * One small static web server for a built site, used where the kit must serve `dist/` itself: the PDF
 * build prints pages from it, the benchmark measures every byte over it, and the service-worker update
 * test swaps files in it. It serves a folder under a base path, like a school's own web server, with no
 * compression (so byte counts are exact) and `cache-control: no-cache`. Listens on 127.0.0.1 only.
 *
 * Plain TypeScript without enums or other non-erasable syntax: the bench runs it straight in Node.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** Content types for every kind of file a build holds; anything else is served as bytes. */
export const contentTypes: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
};

/** The content type for a file name, by its extension. */
export function contentType(file: string): string {
	return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a request path maps to inside `root` when the site is served under `base` (which starts and
 * ends with "/"), or undefined when the path is outside the base or would climb out of the folder.
 * Directory requests are resolved to their index.html by the server, not here.
 */
export function fileForPath(root: string, base: string, pathname: string): string | undefined {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return undefined;
	const folder = resolve(root);
	const file = resolve(folder, `.${pathname.slice(prefix.length - 1) || '/'}`);
	if (file !== folder && !file.startsWith(`${folder}${sep}`)) return undefined;
	return file;
}

export interface StaticServer {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	/** `http://127.0.0.1:<port><base>`: the site's home page. */
	url: string;
	/** Serve other contents for a file (its path relative to the folder, e.g. `sw.js`) from now on. */
	override(file: string, body: string | Uint8Array): void;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** Base path the site was built for; default "/". */
	base?: string;
	/** Port to listen on; default 0 (any free port). */
	port?: number;
}

/** Serves `folder` over HTTP until `close()`. */
export async function serveFolder(
	folder: string,
	{ base = '/', port = 0 }: ServeOptions = {}
): Promise<StaticServer> {
	const root = resolve(folder);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const overrides = new Map<string, string | Uint8Array>();
	const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		try {
			const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
			let file = fileForPath(root, prefix, pathname);
			if (!file) throw new Error('outside the site');
			if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
			const relativePath = file
				.slice(root.length + 1)
				.split(sep)
				.join('/');
			const body = overrides.get(relativePath) ?? (await readFile(file));
			res.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-cache' });
			res.end(body);
		} catch {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('Not found');
		}
	};
	const server = createServer((req, res) => void answer(req, res));
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => done());
	});
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		url: `${origin}${prefix}`,
		override: (file, body) => void overrides.set(file, body),
		close: () => new Promise<void>((done) => server.close(() => done())),
	};
}
