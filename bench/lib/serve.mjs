/**
 * A plain static server for a built site (no compression, no caching headers), so the browser
 * measurements see every byte; gzip and brotli sizes are computed by the bench itself.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** Serves `dist` at http://127.0.0.1:<port>/. Resolves to { origin, close() }. */
export async function serve(dist, port) {
	const root = resolve(dist);
	const server = createServer(async (req, res) => {
		try {
			const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			let file = resolve(root, `.${pathname}`);
			if (file !== root && !file.startsWith(`${root}${sep}`)) throw new Error('outside');
			if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('Not found');
		}
	});
	await new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', done);
	});
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((done) => server.close(done)),
	};
}
