/**
 * What the end-to-end specs need to know about the built site, read from the project's own files and
 * the site model: the pages in dist/ (with their kind and entry), and the help services data.
 * Specs build every address with the route functions in src/site/routes.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { listFiles } from '../../tools/list-files';
import { localise, nationTerms, type NationLike } from '../../src/lib/nations';
import { noProfileAdvice } from '../../src/features/school/school';
import type { Service } from '../../src/schemas/service';
import type { Step } from '../../src/schemas/steps';
import { routeOfFile } from '../../src/site/paths';
import { builtPageAt } from '../../src/site/content';
import type { PageName, SitePage } from '../../src/site/routes';
import { defaultLocale, type Locale } from '../../src/i18n/locales';
import { readSettings } from '../../src/site/settings';

/** The build under test: the OUT_DIR setting's folder (dist/, or dist-subpath/ for the sub-path build). */
const root = new URL('../..', import.meta.url).pathname;
export const distDir = `${resolve(root, readSettings().outDir)}/`;

/** Every page in the build, with its kind and entry (src/site/routes.ts), the 404 page excepted. */
export function builtPages(): SitePage[] {
	return listFiles(distDir, '**/index.html').map((file) => builtPageAt(routeOfFile(file), root));
}

/** Every page route in the build ("/", "/help/", ...), relative to the base path. 404 excluded. */
export function builtRoutes(): string[] {
	return builtPages().map((page) => page.route);
}

/**
 * The entry ids of the built pages of one kind of page in a language: `builtIds('lesson')` lists
 * the lessons, `builtIds('lesson', 'cy')` those that are in Welsh too.
 */
export function builtIds(name: PageName, locale: Locale = defaultLocale): string[] {
	return builtPages().flatMap((page) =>
		page.name === name && page.locale === locale && page.params.id ? [page.params.id] : []
	);
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

/** The four nations, straight from content/data/nations.yaml. */
export const nations: NationLike[] = (
	parse(readFileSync(new URL('../../content/data/nations.yaml', import.meta.url), 'utf8')) as (Omit<
		NationLike,
		'services'
	> & { services?: NationLike['services'] })[]
).map((n) => ({ ...n, services: n.services ?? [] }));

/** A nation's own routes (Meic, Lifeline): shown only where the school's nation is theirs. */
const nationOwn = new Set(nations.flatMap((n) => n.services.map((s) => s.id)));

/** The UK-wide crisis routes ("I feel like I might hurt myself"), from the services data. */
export const crisisServices: Service[] = services.filter(
	(s) => s.situations.includes('crisis') && !nationOwn.has(s.id)
);

/** A service's name as a build without a nation shows it ("Your school's safeguarding lead (in England, …)"). */
export const shownName = (service: Service): string => localise(service.name, nationTerms(nations));

/** What a page without a school profile (and so without a nation) tells pupils about the lead. */
export const noProfileText = noProfileAdvice(nationTerms(nations)['lead.full']);

export const serviceById = (id: string): Service => {
	const found = services.find((s) => s.id === id);
	if (!found) throw new Error(`no service ${id}`);
	return found;
};

/** A route relative to the base URL (Playwright resolves "./x" against baseURL, keeping sub-paths). */
export const at = (route: string): string => `.${route}`;

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
