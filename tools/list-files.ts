/**
 * The files under a folder (a build, the content), as paths relative to it with "/" separators,
 * sorted: the one walker the build steps, the tests, the bench and the scripts share (Node's own
 * `fs.globSync`).
 */
import { globSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/** Files under `dir` matching `pattern` (default: every file), such as `'**\/*.html'`. */
export function listFiles(dir: string, pattern = '**/*'): string[] {
	const root = resolve(dir);
	return globSync(pattern, { cwd: root, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, resolve(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}
