/**
 * The kit's search fallback (src/features/search/search-fallback.ts) as one browser script, bundled with the
 * project's own Vite, so the bench runs in the page exactly the code the search page and dialog
 * run. The script sets `globalThis.kitSearchFallback` to the module's exports.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const entry = fileURLToPath(
	new URL('../../src/features/search/search-fallback.ts', import.meta.url)
);

/** Resolves to the script's source text. */
export async function fallbackScript() {
	const output = await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: false,
			lib: { entry, formats: ['iife'], name: 'kitSearchFallback', fileName: 'fallback' },
		},
	});
	const chunk = [output].flat()[0].output[0];
	// Init scripts run inside a function: make the global explicit.
	return `${chunk.code}\nglobalThis.kitSearchFallback = kitSearchFallback;\n`;
}
