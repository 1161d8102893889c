/**
 * Every page of the kit, written once: its address, its kind (src/site/kinds.ts) and, for pages the
 * search indexes, its type and audience. Components and scripts ask for an address with a route
 * function (`lesson(id)`, `present(item)`, `poster()`…) and never build one from strings; code that
 * starts from an address (a built file, a sitemap entry, a page being rendered) asks `pageAt()`
 * which page it is. Routes are relative to the base path: use `withBase()` (src/site/paths.ts) or
 * `href()` (src/site/render.ts, in pages) to link to one.
 *
 * Presentable content (the lessons and the talks) is a concept of its own: an item of a presentable
 * collection gets a slides window, a presenter view and a printed pack, all found from the item.
 * A new presentable collection is one entry in `presentables` and its item page in `pageTable`.
 */
import type { Audience } from '../schemas/page.ts';
import type { PageKind, SearchType } from './kinds.ts';
import { robots, webManifest } from './files.ts';
import { pathOfRoute } from './paths.ts';
import {
	defaultLocale,
	inLocale,
	splitLocale,
	translatedLocales,
	type Locale,
	type TranslatedLocale,
} from '../i18n/locales.ts';

/** Content collections whose entries have pages, and where their files are. */
export const contentFolders = {
	lessons: 'content/lessons',
	talks: 'content/talks',
	advice: 'content/advice',
	guides: 'content/guides',
	practice: 'content/practice',
	leaflet: 'content/leaflet',
} as const;
export type PagedCollection = Exclude<keyof typeof contentFolders, 'leaflet'>;

/**
 * Which files in each content folder are entries. The glob loaders (src/content.config.ts,
 * src/loaders/) and `contentIds()` (src/site/content.ts) all read these, so the ids the site model
 * knows before the build are the entries the build loads.
 */
export const contentPatterns = {
	lessons: '**/*.mdx',
	talks: '**/*.mdx',
	advice: '**/*.mdx',
	guides: '**/*.mdx',
	practice: '**/*.yaml',
	leaflet: '**/*.mdx',
} as const satisfies Record<keyof typeof contentFolders, string>;

/** Collections whose entries can have a translation (`content/<locale>/<folder>/`). */
export const translatableCollections = [
	'advice',
	'guides',
	'lessons',
] as const satisfies readonly PagedCollection[];
export type TranslatableCollection = (typeof translatableCollections)[number];

/**
 * The entry ids of each collection with pages: what turns route patterns into routes; under each
 * translated locale (`cy`), the ids of the entries translated into it.
 */
export type ContentIds = Readonly<Record<PagedCollection, readonly string[]>> & {
	readonly translated?: Readonly<
		Partial<Record<TranslatedLocale, Readonly<Partial<Record<PagedCollection, readonly string[]>>>>>
	>;
};

/**
 * Collections whose items can be presented and printed as a pack. `page` is the page of the item
 * itself (where the slides' plan link leads, and what their canonical link names); `pack` names its
 * PDF; `deck` starts its deck id in the browser (empty for lessons, whose ids were there first). The
 * words each collection's pages use (its plan link, the notes to read before presenting, its pack's
 * headings) are interface strings: `slides.present.plan.<collection>` and the like.
 */
export const presentables = {
	lessons: { page: 'lesson', pack: 'lesson-pack', deck: '' },
	talks: { page: 'talk', pack: 'talk-pack', deck: 'talk-' },
} as const satisfies Record<string, { page: PageName; pack: string; deck: string }>;
export type PresentableCollection = keyof typeof presentables & PagedCollection;

export const presentableCollections = Object.keys(presentables) as PresentableCollection[];

/**
 * The talks that come with a one-page hand-out for the audience to take home (the talk's
 * `<Worksheet handout>`), printed alone: the parents' take-home sheet. The hand-out's page refuses a
 * talk listed here without one, or one with a hand-out that is not listed.
 */
export const handoutTalks: readonly string[] = ['parents-session'];

/** One presentable item: its collection and its id there. */
export interface Presentable {
	collection: PresentableCollection;
	id: string;
}

/** A lesson as a presentable item. */
export const lessonItem = (id: string): Presentable => ({ collection: 'lessons', id });
/** A talk as a presentable item. */
export const talkItem = (id: string): Presentable => ({ collection: 'talks', id });

/** A path segment: a fixed word, the entry id (`:id`) or a presentable collection (`:collection`). */
type Segment = string;
const ID = ':id';
const COLLECTION = ':collection';

export interface PageDefinition {
	kind: PageKind;
	/** Path segments from the base path; `:id` and `:collection` are filled from the entry. */
	path: readonly Segment[];
	/** Whose entry ids fill `:id` (for `:collection` pages: every presentable collection's). */
	collection?: PagedCollection;
	/** The only entries of `collection` that have this page, when not all of them do. */
	entries?: readonly string[];
	/** The file Astro writes when it is not `<path>/index.html` (the 404 page is `404.html`). */
	file?: string;
	/**
	 * For pages the search indexes: the `type` filter, and the audiences when they are not the
	 * page's own (`Base.astro`'s `audience`; everyone when it has none).
	 */
	search?: { type: SearchType; audiences?: readonly Audience[] };
	/**
	 * Whether the page exists in the translated languages too (under `/cy/`): `true` for fixed pages
	 * that are translated, and for entry pages whose entry is (`ContentIds.translated`); `'only'` for
	 * pages that exist only there (the bilingual sheets).
	 */
	translated?: true | 'only';
}

const everyone: readonly Audience[] = ['pupils', 'parents', 'teachers'];

/** The table. Fixed pages come before patterns so `/help/` is help, not a guide called "help". */
export const pageTable = {
	home: { kind: 'home', path: [], translated: true },
	lessons: { kind: 'page', path: ['lessons'], search: { type: 'lesson' }, translated: true },
	advice: { kind: 'page', path: ['advice'], search: { type: 'advice' }, translated: true },
	help: {
		kind: 'page',
		path: ['help'],
		search: { type: 'help', audiences: everyone },
		translated: true,
	},
	about: { kind: 'page', path: ['about'], search: { type: 'about' } },
	glossary: { kind: 'page', path: ['glossary'], search: { type: 'glossary' }, translated: true },
	practice: { kind: 'page', path: ['practice'], search: { type: 'practice' } },
	leaflet: { kind: 'page', path: ['leaflet'], search: { type: 'leaflet' }, translated: true },
	leafletCustomise: { kind: 'tool', path: ['leaflet', 'customise'] },
	leafletPrint: { kind: 'print', path: ['leaflet', 'print'], translated: true },
	poster: { kind: 'print', path: ['poster'], translated: true },
	posterBilingual: { kind: 'print', path: ['poster', 'bilingual'], translated: 'only' },
	firstHour: { kind: 'page', path: ['first-hour'], search: { type: 'guide' }, translated: true },
	firstHourPrint: { kind: 'print', path: ['first-hour', 'print'], translated: true },
	firstDay: { kind: 'page', path: ['first-day'], search: { type: 'guide' } },
	firstDayPrint: { kind: 'print', path: ['first-day', 'print'] },
	letter: { kind: 'page', path: ['letter'], search: { type: 'guide' }, translated: true },
	letterPrint: { kind: 'print', path: ['letter', 'print'], translated: true },
	signposting: { kind: 'print', path: ['signposting'], translated: true },
	signpostingBilingual: { kind: 'print', path: ['signposting', 'bilingual'], translated: 'only' },
	search: { kind: 'tool', path: ['search'], translated: true },
	offline: { kind: 'fallback', path: ['offline'], translated: true },
	notFound: { kind: 'error', path: ['404.html'], file: '404.html' },
	lesson: {
		kind: 'page',
		path: ['lessons', ID],
		collection: 'lessons',
		search: { type: 'lesson' },
		translated: true,
	},
	talk: {
		kind: 'page',
		path: ['talks', ID],
		collection: 'talks',
		search: { type: 'talk' },
	},
	adviceItem: {
		kind: 'page',
		path: ['advice', ID],
		collection: 'advice',
		search: { type: 'advice' },
		translated: true,
	},
	practiceActivity: {
		kind: 'page',
		path: ['practice', ID],
		collection: 'practice',
		search: { type: 'practice' },
	},
	present: { kind: 'presentation', path: [COLLECTION, ID, 'present'], translated: true },
	presenter: {
		kind: 'presentation',
		path: [COLLECTION, ID, 'present', 'presenter'],
		translated: true,
	},
	packPrint: { kind: 'print', path: [COLLECTION, ID, 'print'], translated: true },
	worksheetPrint: {
		kind: 'print',
		path: ['lessons', ID, 'worksheet'],
		collection: 'lessons',
		translated: true,
	},
	handoutPrint: {
		kind: 'print',
		path: ['talks', ID, 'take-home'],
		collection: 'talks',
		entries: handoutTalks,
	},
	guide: {
		kind: 'page',
		path: [ID],
		collection: 'guides',
		search: { type: 'guide' },
		translated: true,
	},
} as const satisfies Record<string, PageDefinition>;
export type PageName = keyof typeof pageTable;

const definitions = pageTable as Readonly<Record<PageName, PageDefinition>>;
export const pageNames = Object.keys(pageTable) as PageName[];

/** What fills a page's pattern. */
export interface RouteParams {
	id?: string;
	collection?: string;
}

/**
 * The route of a page: `routeOf('lesson', { id: 'x' })` is "/lessons/x/"; in Welsh
 * (`routeOf('lesson', { id: 'x' }, 'cy')`) "/cy/lessons/x/".
 */
export function routeOf(
	name: PageName,
	params: RouteParams = {},
	locale: Locale = defaultLocale
): string {
	const definition = definitions[name];
	const parts = definition.path.map((segment) => {
		const value = segment === ID ? params.id : segment === COLLECTION ? params.collection : segment;
		if (!value) throw new Error(`The route of "${name}" needs ${segment}`);
		if (value !== segment && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value))
			throw new Error(`"${value}" cannot be part of an address: use a-z, 0-9 and hyphens`);
		return value;
	});
	if (definition.entries && !definition.entries.includes(params.id ?? ''))
		throw new Error(`Only ${definition.entries.join(', ')} can have the page "${name}"`);
	if (locale === defaultLocale && definition.translated === 'only')
		throw new Error(`"${name}" exists only in translation: give its route a language`);
	if (locale !== defaultLocale && !definition.translated)
		throw new Error(`"${name}" has no ${locale} version (src/site/routes.ts: translated)`);
	const route = definition.file
		? `/${definition.file}`
		: parts.length === 0
			? '/'
			: `/${parts.join('/')}/`;
	return inLocale(route, locale);
}

// The route functions: the only way the kit writes an address.

export const home = (): string => routeOf('home');
export const lessonList = (): string => routeOf('lessons');
export const lesson = (id: string): string => routeOf('lesson', { id });
/** A talk's page: what it is, how to give it, its slides and notes. */
export const talk = (id: string): string => routeOf('talk', { id });
export const adviceList = (): string => routeOf('advice');
export const advicePage = (id: string): string => routeOf('adviceItem', { id });
export const guide = (id: string): string => routeOf('guide', { id });
export const help = (): string => routeOf('help');
export const about = (): string => routeOf('about');
export const glossary = (): string => routeOf('glossary');
/** A glossary entry: the glossary page at the term's id. */
export const glossaryTerm = (id: string): string => `${glossary()}#${id}`;
export const practiceList = (): string => routeOf('practice');
export const practiceActivity = (id: string): string => routeOf('practiceActivity', { id });
export const leaflet = (): string => routeOf('leaflet');
export const leafletCustomise = (): string => routeOf('leafletCustomise');
export const leafletPrint = (): string => routeOf('leafletPrint');
export const poster = (): string => routeOf('poster');
/** The first-hour guide for staff who hear a disclosure, on screen. */
export const firstHour = (): string => routeOf('firstHour');
/** The first-hour guide exactly as printed (the build prints it to `firstHourPdf`). */
export const firstHourPrint = (): string => routeOf('firstHourPrint');
/** The safeguarding lead's pack for the day a pupil discloses, on screen. */
export const firstDay = (): string => routeOf('firstDay');
/** The first-day pack exactly as printed (the build prints it to `firstDayPdf`). */
export const firstDayPrint = (): string => routeOf('firstDayPrint');
/** The letter to parents and carers, on screen, ready to copy. */
export const letter = (): string => routeOf('letter');
/** The letter to parents and carers exactly as printed (the build prints it to `letterPdf`). */
export const letterPrint = (): string => routeOf('letterPrint');
/** The "Who can help" signposting sheet as printed. */
export const signposting = (): string => routeOf('signposting');
export const offline = (): string => routeOf('offline');
export const notFound = (): string => routeOf('notFound');
/** The search page, running `query` when one is given. */
export const search = (query?: string): string =>
	query ? `${routeOf('search')}?q=${encodeURIComponent(query)}` : routeOf('search');

/** The page of a presentable item itself (a lesson's plan). */
export const itemPage = (item: Presentable, locale: Locale = defaultLocale): string =>
	routeOf(presentables[item.collection].page, { id: item.id }, locale);
/** The slides window of a presentable item; `#n` opens slide n. */
export const present = (item: Presentable, locale: Locale = defaultLocale): string =>
	routeOf('present', item, locale);
/** The presenter view of a presentable item. */
export const presenter = (item: Presentable, locale: Locale = defaultLocale): string =>
	routeOf('presenter', item, locale);
/** The printed pack of a presentable item, as a page (the build prints it to `packPdf`). */
export const packPrint = (item: Presentable, locale: Locale = defaultLocale): string =>
	routeOf('packPrint', item, locale);
export const lessonPrint = (id: string): string => packPrint(lessonItem(id));
/** A lesson's worksheet alone, exactly as printed (the build prints it to `worksheetPdf`). */
export const worksheetPrint = (id: string, locale: Locale = defaultLocale): string =>
	routeOf('worksheetPrint', { id }, locale);
/** A talk's hand-out to take home alone, exactly as printed (the build prints it to `handoutPdf`). */
export const handoutPrint = (id: string): string => routeOf('handoutPrint', { id });
/** A slide of a deck: the slides window (or presenter view) at `#n`, counted from 1. */
export const slide = (deck: string, n: number): string => `${deck}#${n}`;

/**
 * Which deck an item is in the browser (its window names, sync channel and clock key), unique across
 * collections; a lesson's is its id, as it always was.
 */
export const deckId = (item: Presentable): string =>
	`${presentables[item.collection].deck}${item.id}`;

// The PDFs and slide exports, beside the pages that link to them (other files the kit writes: src/site/files.ts).

/** A presentable item's printed pack, beside its page. */
export const packPdf = (item: Presentable, locale: Locale = defaultLocale): string =>
	`${itemPage(item, locale)}${sheetFile(`${item.id}-${presentables[item.collection].pack}`, locale)}`;
export const lessonPackPdf = (id: string): string => packPdf(lessonItem(id));
/** A lesson's worksheet as printed: one A4 page for the class, beside the lesson's page. */
export const worksheetPdf = (id: string, locale: Locale = defaultLocale): string =>
	`${routeOf('lesson', { id }, locale)}${sheetFile(`${id}-worksheet`, locale)}`;
/** A talk's hand-out as printed: one A4 page to copy for each family, beside the talk's page. */
export const handoutPdf = (id: string): string => `${talk(id)}${id}-take-home-sheet.pdf`;
/** A presentable item's slides as an editable PowerPoint file, beside its page. */
export const slidesPptx = (item: Presentable, locale: Locale = defaultLocale): string =>
	`${itemPage(item, locale)}${item.id}-slides${locale === defaultLocale ? '' : `-${locale}`}.pptx`;
/** A presentable item's slides as one self-contained HTML file that works from disk, beside its page. */
export const slidesOffline = (item: Presentable, locale: Locale = defaultLocale): string =>
	`${itemPage(item, locale)}${item.id}-slides-offline${locale === defaultLocale ? '' : `-${locale}`}.html`;
/** A printed sheet's file name in a language: Welsh files end in `-cy` so both can sit in one folder. */
const sheetFile = (name: string, locale: Locale): string =>
	`${name}${locale === defaultLocale ? '' : `-${locale}`}.pdf`;
/** The leaflet as printed. */
export const leafletPdf = (locale: Locale = defaultLocale): string =>
	`${routeOf('leaflet', {}, locale)}${sheetFile('too-good-to-be-true-leaflet', locale)}`;
/** The A4 poster as printed. */
export const posterPdf = (locale: Locale = defaultLocale): string =>
	`${routeOf('poster', {}, locale)}${sheetFile('too-good-to-be-true-poster', locale)}`;
/** The first-hour guide as printed: one A4 page. */
export const firstHourPdf = (locale: Locale = defaultLocale): string =>
	`${routeOf('firstHour', {}, locale)}${sheetFile('too-good-to-be-true-first-hour', locale)}`;
/** The first-day pack as printed: three A4 pages, the last the incident record. */
export const firstDayPdf = (): string => `${firstDay()}too-good-to-be-true-first-day-pack.pdf`;
/** The letter to parents and carers as printed: one A4 page. */
export const letterPdf = (locale: Locale = defaultLocale): string =>
	`${routeOf('letter', {}, locale)}${sheetFile('too-good-to-be-true-letter-to-parents', locale)}`;
/** The "Who can help" signposting sheet as printed: one A4 page. */
export const signpostingPdf = (locale: Locale = defaultLocale): string =>
	`${routeOf('signposting', {}, locale)}${sheetFile('too-good-to-be-true-who-can-help', locale)}`;
/** The bilingual poster (Welsh first) as printed, beside its page under `/cy/`. */
export const posterBilingualPdf = (): string =>
	`${routeOf('posterBilingual', {}, 'cy')}too-good-to-be-true-poster-cy-en.pdf`;
/** The bilingual "Who can help" sheet (Welsh first) as printed, beside its page under `/cy/`. */
export const signpostingBilingualPdf = (): string =>
	`${routeOf('signpostingBilingual', {}, 'cy')}too-good-to-be-true-who-can-help-cy-en.pdf`;

/** A page of the built site: which one, its kind, its entry, its route and its file. */
export interface SitePage {
	name: PageName;
	kind: PageKind;
	route: string;
	params: RouteParams;
	/** The page's language: Welsh pages are under `/cy/`. */
	locale: Locale;
}

function matchPath(
	path: readonly Segment[],
	parts: readonly string[],
	ids?: ContentIds,
	collection?: PagedCollection,
	entries?: readonly string[]
): RouteParams | undefined {
	if (path.length !== parts.length) return undefined;
	const params: RouteParams = {};
	for (const [i, segment] of path.entries()) {
		const part = parts[i]!;
		if (segment === COLLECTION) {
			if (!(presentableCollections as string[]).includes(part)) return undefined;
			params.collection = part;
		} else if (segment === ID) {
			const from = (params.collection ?? collection) as PagedCollection | undefined;
			if (ids && from && !ids[from].includes(part)) return undefined;
			if (entries && !entries.includes(part)) return undefined;
			params.id = part;
		} else if (segment !== part) return undefined;
	}
	return params;
}

/** Whether the entry page `params` names exists in `locale`, given the content's ids. */
function translatedEntry(
	definition: PageDefinition,
	params: RouteParams,
	locale: TranslatedLocale,
	ids?: ContentIds
): boolean {
	if (!ids || !params.id) return true;
	const collection = (params.collection ?? definition.collection) as PagedCollection | undefined;
	if (!collection) return true;
	return ids.translated?.[locale]?.[collection]?.includes(params.id) ?? false;
}

/**
 * The page at a route (query and fragment ignored), or undefined when the kit has no such page.
 * Without `ids`, any entry id matches a pattern (the build's own pages need no list); with them, only
 * the entries that exist do, and under `/cy/` only those translated.
 */
export function pageAt(route: string, ids?: ContentIds): SitePage | undefined {
	const { locale, route: inDefault } = splitLocale(pathOfRoute(route));
	const path = inDefault;
	for (const name of pageNames) {
		const definition = definitions[name];
		const inThisLocale = (params: RouteParams, at: string): SitePage | undefined => {
			if (locale === defaultLocale)
				return definition.translated === 'only'
					? undefined
					: { name, kind: definition.kind, route: at, params, locale };
			if (!definition.translated || !translatedEntry(definition, params, locale, ids))
				return undefined;
			return { name, kind: definition.kind, route: inLocale(at, locale), params, locale };
		};
		if (definition.file) {
			if (path === `/${definition.file}`)
				return inThisLocale({}, locale === defaultLocale ? route : path);
			continue;
		}
		if (!path.endsWith('/')) continue;
		const parts = path.split('/').filter(Boolean);
		const params = matchPath(
			definition.path,
			parts,
			ids,
			definition.collection,
			definition.entries
		);
		if (params) {
			const page = inThisLocale(params, path);
			if (page) return page;
		}
	}
	return undefined;
}

/**
 * The page at a route, or an error naming the route: every page the build makes must be in the table
 * (and, given `ids`, be one of the content's entries).
 */
export function pageAtOrThrow(route: string, ids?: ContentIds): SitePage {
	const page = pageAt(route, ids);
	if (!page)
		throw new Error(
			`The site model (src/site/routes.ts) has no page at ${route}: add it to pageTable${ids ? ', or the entry to content/' : ''}`
		);
	return page;
}

/** The presentable item a presentation or pack page is for. */
export function itemOf(page: SitePage): Presentable | undefined {
	const { collection, id } = page.params;
	if (!collection || !id) return undefined;
	return { collection: collection as PresentableCollection, id };
}

/** Every page the kit builds for these content entries, in table order, English first. */
export function sitePages(ids: ContentIds): SitePage[] {
	const pagesIn = (locale: Locale): SitePage[] =>
		pageNames.flatMap((name) => {
			const definition = definitions[name];
			if (locale === defaultLocale ? definition.translated === 'only' : !definition.translated)
				return [];
			const idsOf = (collection: PagedCollection): readonly string[] =>
				locale === defaultLocale ? ids[collection] : (ids.translated?.[locale]?.[collection] ?? []);
			const withParams = (params: RouteParams): SitePage => ({
				name,
				kind: definition.kind,
				route: routeOf(name, params, locale),
				params,
				locale,
			});
			if (definition.path.includes(COLLECTION))
				return presentableCollections.flatMap((collection) =>
					idsOf(collection).map((id) => withParams({ collection, id }))
				);
			if (definition.collection)
				return idsOf(definition.collection)
					.filter((id) => !definition.entries || definition.entries.includes(id))
					.map((id) => withParams({ id }));
			return [withParams({})];
		});
	return [defaultLocale, ...translatedLocales].flatMap(pagesIn);
}

/**
 * Every address inside the kit that content may link to: the pages, and the files a reader can open
 * (the PDFs, the web app manifest). The content checks refuse links to anything else.
 */
export function knownRoutes(ids: ContentIds): Set<string> {
	const items = presentableCollections.flatMap((collection) =>
		ids[collection].map((id) => ({ collection, id }))
	);
	const welsh = ids.translated?.cy ?? {};
	const welshItems = presentableCollections.flatMap((collection) =>
		(welsh[collection] ?? []).map((id) => ({ collection, id }))
	);
	return new Set([
		...sitePages(ids)
			.filter((page) => page.kind !== 'error')
			.map((page) => page.route),
		...(['en', 'cy'] as const).flatMap((locale) => [
			leafletPdf(locale),
			posterPdf(locale),
			firstHourPdf(locale),
			letterPdf(locale),
			signpostingPdf(locale),
		]),
		posterBilingualPdf(),
		signpostingBilingualPdf(),
		firstDayPdf(),
		...items.map((item) => packPdf(item)),
		...welshItems.map((item) => packPdf(item, 'cy')),
		...ids.lessons.map((id) => worksheetPdf(id)),
		...(welsh.lessons ?? []).map((id) => worksheetPdf(id, 'cy')),
		...ids.talks.filter((id) => handoutTalks.includes(id)).map(handoutPdf),
		webManifest(),
		robots(),
	]);
}

/** Search type and audiences for a page the search indexes, from its definition. */
export function searchDefaults(
	name: PageName,
	audience?: Audience
): { type: SearchType; audiences: readonly Audience[] } | undefined {
	const search = definitions[name].search;
	if (!search) return undefined;
	return { type: search.type, audiences: search.audiences ?? (audience ? [audience] : everyone) };
}
