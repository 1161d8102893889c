/**
 * What the search index knows about a page besides its text: the filter values and labels shown on
 * each result, and the extra words (misspellings, slang) indexed beside a page's frontmatter keywords.
 * Pure data and functions, so the unit tests and the layouts share one definition.
 */
import type { KeyStage } from '../schemas/lesson';
import type { Audience } from '../schemas/page';

/** Kinds of page, used as the `type` filter and the label on each result. */
export const searchTypes = ['lesson', 'advice', 'help', 'leaflet', 'guide', 'glossary', 'practice', 'about'] as const;
export type SearchType = (typeof searchTypes)[number];

/** The label shown on a result and offered in the type filter. */
export const typeLabel: Record<SearchType, string> = {
	lesson: 'Lesson',
	advice: 'Advice',
	help: 'Help',
	leaflet: 'Leaflet',
	guide: 'Guide',
	glossary: 'Glossary',
	practice: 'Practice',
	about: 'About the kit',
};

/** Audience filter values, as offered in the filter. */
export const audienceLabel: Record<Audience, string> = {
	pupils: 'Pupils',
	parents: 'Parents and carers',
	teachers: 'Teachers',
};

/** Key stage filter values. */
export const keyStageFilterLabel: Record<KeyStage, string> = {
	KS3: 'KS3',
	KS4: 'KS4',
	'post-16': 'Post-16',
};

/** Filter keys in the index (`data-pagefind-filter`), with the label the search page shows. */
export const searchFilters = {
	audience: 'Who it is for',
	type: 'Type of page',
	stage: 'Key stage',
} as const;

/** "For pupils", "For parents and carers and teachers": the audience line on a result. */
export function audienceLine(audiences: readonly Audience[]): string {
	const names = audiences.map((a) => audienceLabel[a].toLowerCase());
	if (names.length === 0) return 'For everyone';
	if (names.length === 1) return `For ${names[0]}`;
	return `For ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Other ways people write a keyword: common misspellings, slang and plain-word versions. When a
 * page's keywords contain the key (whole words, any case), the variants are indexed with them, so
 * Pagefind itself finds "blackmale" or "catfished" without any fuzzy matching in the browser.
 */
export const keywordVariants: Readonly<Record<string, readonly string[]>> = {
	sextortion: ['sextortin', 'sextorshun', 'sextorsion', 'sextotion', 'sex extortion', 'sextorted'],
	blackmail: ['blackmale', 'blackmailed', 'blackmailing', 'blakmail', 'black mail'],
	nudes: ['nude', 'nudez', 'naked pics', 'nude pics', 'nude photos', 'my pics'],
	'fake account': ['catfish', 'catfished', 'catfishing', 'fake acc', 'fake profile'],
	'friend request': ['friend req', 'follow request', 'added me', 'stranger added me'],
	childline: ['childlne', 'childine', 'child line', 'childlin'],
	ceop: ['ceops', 'seop', 'ceop button'],
	'report remove': ['report and remove', 'reportremove'],
	'taken down': ['take down', 'takedown', 'removed', 'remove', 'delete', 'deleted'],
	picture: ['photo', 'photos', 'pic', 'pics', 'image', 'images', 'selfie', 'video', 'vid'],
	privacy: ['privasy', 'privicy', 'privacy setings', 'private account', 'who can see my'],
	leaflet: ['leeflet', 'leaflett', 'flyer', 'handout'],
	'lesson plan': ['lesson plans', 'lessonplan', 'scheme of work'],
	disclosure: ['disclose', 'discloses', 'disclosed', 'disclosur'],
	'ground rules': ['groundrules', 'class rules'],
	safeguarding: ['safegaurding', 'safeguard', 'dsl'],
};

/** Lowercases and collapses spaces, so keyword matching ignores case and spacing. */
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** A page's keywords plus the variants of every keyword that contains a known key, without duplicates. */
export function expandKeywords(keywords: readonly string[]): string[] {
	const out = new Map<string, string>();
	const add = (word: string) => {
		const key = norm(word);
		if (key && !out.has(key)) out.set(key, word.trim());
	};
	keywords.forEach(add);
	for (const keyword of keywords) {
		const padded = ` ${norm(keyword)} `;
		for (const [key, variants] of Object.entries(keywordVariants)) {
			if (padded.includes(` ${key} `)) variants.forEach(add);
		}
	}
	return [...out.values()];
}

/** What SearchMeta needs to describe a page to the index. */
export interface SearchInfo {
	/** Kind of page: the `type` filter and the label on the result. */
	type: SearchType;
	/** Who the page is for: the `audience` filter and the audience line on the result. */
	audiences: readonly Audience[];
	/** Key stages, for lessons: the `stage` filter. */
	keyStages?: readonly KeyStage[];
	/** One or two sentences shown under the result title. */
	summary?: string;
	/** Words people type to find the page; indexed with extra weight, with their variants. */
	keywords?: readonly string[];
}

const everyone: readonly Audience[] = ['pupils', 'parents', 'teachers'];

/**
 * Type and audience of a page from its route (relative to the base path, e.g. "/advice/x/"), so a
 * new page gets sensible filters without extra props; pages and layouts may override any field.
 */
export function searchDefaults(route: string, audience?: Audience): Pick<SearchInfo, 'type' | 'audiences'> {
	const first = route.split('/').filter(Boolean)[0] ?? '';
	const own = audience ? [audience] : undefined;
	switch (first) {
		case 'lessons':
			return { type: 'lesson', audiences: own ?? ['teachers'] };
		case 'advice':
			return { type: 'advice', audiences: own ?? ['pupils'] };
		case 'help':
			return { type: 'help', audiences: everyone };
		case 'leaflet':
			return { type: 'leaflet', audiences: own ?? everyone };
		case 'practice':
			return { type: 'practice', audiences: own ?? ['pupils'] };
		case 'glossary':
			return { type: 'glossary', audiences: own ?? everyone };
		case 'parents':
			return { type: 'guide', audiences: ['parents'] };
		case 'teachers':
			return { type: 'guide', audiences: ['teachers'] };
		default:
			return { type: 'about', audiences: own ?? everyone };
	}
}
