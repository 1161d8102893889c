/**
 * Whether a build is older than the files it is made from, so the audit never scores a stale
 * `dist/`. The build's time is when its home page was written; its sources are everything under
 * src/ and tools/ (tests aside), content/ and public/, the Astro config and the package files.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './list-files.ts';

const sourceFolders = ['src', 'tools', 'content', 'public'];
const sourceFiles = ['astro.config.mjs', 'package.json', 'package-lock.json'];

/** Source files changed after the build in `dist` was written, newest first (empty when it is fresh). */
export function newerSources(root: string, dist: string): { file: string; changed: Date }[] {
	const built = statSync(join(dist, 'index.html')).mtime;
	const candidates = [
		...sourceFolders.flatMap((folder) =>
			existsSync(join(root, folder))
				? listFiles(join(root, folder))
						.filter((file) => !file.endsWith('.test.ts'))
						.map((file) => `${folder}/${file}`)
				: []
		),
		...sourceFiles.filter((file) => existsSync(join(root, file))),
	];
	return candidates
		.map((file) => ({ file, changed: statSync(join(root, file)).mtime }))
		.filter(({ changed }) => changed > built)
		.sort((a, b) => b.changed.getTime() - a.changed.getTime());
}
