/**
 * The bench serves each built site with the kit's own static server (tools/static-server.ts): no
 * compression and no caching, so the browser measurements see every byte; gzip and brotli sizes are
 * computed by the bench itself.
 */
import { serveFolder } from '../../tools/static-server.ts';

/** Serves `dist` at http://127.0.0.1:<port>/. Resolves to { origin, close() }. */
export async function serve(dist, port) {
	const { origin, close } = await serveFolder(dist, { port });
	return { origin, close };
}
