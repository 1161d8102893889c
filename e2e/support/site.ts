/**
 * What the end-to-end specs need to know about the built site, read from the project's own files:
 * the routes in dist/ and the help services data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import type { Service } from '../../src/schemas/service';
import type { Step } from '../../src/schemas/steps';

/** The build under test: dist/, or OUT_DIR's folder (the sub-path build in `npm test`). */
export const distDir = new URL(
	`../../${(process.env.OUT_DIR ?? 'dist').replace(/^\.\//, '').replace(/\/?$/, '/')}`,
	import.meta.url
).pathname;

/** Every page route in the build ("/", "/help/", ...), relative to the base path. 404 excluded. */
export function builtRoutes(): string[] {
	const routes: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name === 'index.html') {
				const rel = relative(distDir, dir).split(sep).join('/');
				routes.push(rel ? `/${rel}/` : '/');
			}
		}
	};
	walk(distDir);
	return routes.sort();
}

/** The help services, straight from content/data/services.yaml. */
export const services: Service[] = parse(
	readFileSync(new URL('../../content/data/services.yaml', import.meta.url), 'utf8')
) as Service[];

/** The "if it happens" steps, in their one order, straight from content/data/steps.yaml. */
export const steps: Step[] = (
	parse(readFileSync(new URL('../../content/data/steps.yaml', import.meta.url), 'utf8')) as {
		'if-it-happens': { steps: Step[] };
	}
)['if-it-happens'].steps;

/** The crisis routes ("I feel like I might hurt myself"), from the services data. */
export const crisisServices: Service[] = services.filter((s) => s.situations.includes('crisis'));

export const serviceById = (id: string): Service => {
	const found = services.find((s) => s.id === id);
	if (!found) throw new Error(`no service ${id}`);
	return found;
};

/** A route relative to the base URL (Playwright resolves "./x" against baseURL, keeping sub-paths). */
export const at = (route: string): string => `.${route}`;
