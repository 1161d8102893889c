/**
 * Every content query happens here, once, so pages and components only read typed, sorted lists.
 */
import { existsSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { translationFolder } from './i18n/files';
import type { Locale } from './i18n/locales';
import { translateEntries } from './i18n/overlay';
import { keepPlaceholders } from './i18n/templates';
import { strings } from './i18n/strings';
import {
	agesLabel as nationAgesLabel,
	localise,
	localiseData,
	nationIds,
	nationTerms,
	type NationTerms,
	withNationServices,
	yearsForSchool,
	yearsLabel as nationYearsLabel,
} from './lib/nations';
import { audienceLabel, keyStageLabelFor, type AudienceWords } from './lib/lessons';
import { serviceById } from './lib/services';
import type { OpeningSource } from './features/slides/lesson-slides';
import { printedAddress } from './site/paths';
import { help, lessonItem, talkItem, type Presentable } from './site/routes';
import { readSchoolProfile } from './features/school/profile';
import { readSettings } from './site/settings';
import type { GlossaryEntry } from './schemas/glossary';
import type { KeyStage } from './schemas/lesson';
import type { Nation } from './schemas/nation';
import type { PracticeData } from './schemas/practice';
import type { Service } from './schemas/service';
import type { StepsData } from './schemas/steps';

export type Lesson = CollectionEntry<'lessons'>;
export type Talk = CollectionEntry<'talks'>;
export type Advice = CollectionEntry<'advice'>;
export type Guide = CollectionEntry<'guides'>;
export type Sheet = CollectionEntry<'leaflet'>;
export type Practice = CollectionEntry<'practice'>;

const byOrder = (
	a: { data: { order: number; title: string } },
	b: { data: { order: number; title: string } }
) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en-GB');

const settings = readSettings();

/**
 * The school profile (`school.yaml`, docs/schools.md), or undefined when the school
 * has none: then every place that would name its staff says what to do instead.
 */
export const schoolProfile = readSchoolProfile(settings.schoolProfile);

/** The four nations (content/data/nations.yaml): England, Wales, Scotland, Northern Ireland. */
export const nations: Nation[] = (await getCollection('nations'))
	.map((entry) => entry.data)
	.sort((a, b) => nationIds.indexOf(a.id) - nationIds.indexOf(b.id));

/**
 * The school's nation (the profile's `nation`), or undefined: then the kit uses words that are true
 * in all four nations (src/lib/nations.ts).
 */
export const nation: Nation | undefined = (() => {
	const id = schoolProfile?.nation;
	if (!id) return undefined;
	const found = nations.find((n) => n.id === id);
	if (!found)
		throw new Error(
			`content/data/nations.yaml: no entry for "${id}" (the school profile's nation)`
		);
	return found;
})();

/** The words `<Lead />`, `<Guidance />` and the other nation slots show in this build. */
export const terms = nationTerms(nations, nation);

/**
 * Each nation's words, and the words for none (''): what the nation slots show when staff choose a
 * nation in the browser ("Make it your school's", and details kept there).
 */
export const termsByNation: Readonly<Record<string, NationTerms>> = Object.fromEntries(
	[undefined, ...nations].map((n) => [n?.id ?? '', nationTerms(nations, n)] as const)
);

/** A text of the kit (frontmatter, data) in the nation's words: "the DSL" becomes "the DSP" in Wales. */
export const localised = (text: string): string => localise(text, terms, nation);

/** A content entry with its frontmatter in the nation's words (its body uses `<Lead />`). */
const inNationWords = <E extends { data: object }>(entry: E): E => ({
	...entry,
	data: localiseData(entry.data, terms, nation),
});

export const lessons: Lesson[] = (await getCollection('lessons')).map(inNationWords).sort(byOrder);
export const talks: Talk[] = (await getCollection('talks')).map(inNationWords).sort(byOrder);
export const advice: Advice[] = (await getCollection('advice')).map(inNationWords).sort(byOrder);
export const guides: Guide[] = (await getCollection('guides')).map(inNationWords);
export const practice: Practice[] = (await getCollection('practice')).sort(byOrder);

/** The "if it happens" steps, in order (content/data/steps.yaml); missing data fails the build. */
export const ifItHappens: StepsData = await (async () => {
	const entry = (await getCollection('steps')).find((e) => e.id === 'if-it-happens');
	if (!entry) throw new Error('Missing "if-it-happens" in content/data/steps.yaml');
	return entry.data;
})();

const glossaryData: GlossaryEntry[] = (await getCollection('glossary')).map((e) => e.data);
export const glossary: GlossaryEntry[] = glossaryData
	.map((entry) => localiseData(entry, terms, nation))
	.sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));

/** Printed sheets (`content/leaflet/`): the two-page leaflet and the A4 poster. */
export const sheets: Sheet[] = (await getCollection('leaflet')).map(inNationWords);

/** A printed sheet by id (`leaflet`, `poster`); missing content fails the build. */
export function sheet(id: string): Sheet {
	const found = sheets.find((s) => s.id === id);
	if (!found) throw new Error(`Missing content/leaflet/${id}.mdx`);
	return found;
}

/** Year groups named for the nation: "Years 7-9", "S1-S3", "Years 8-10". */
export const yearsLabel = (years: readonly number[]): string => nationYearsLabel(years, nation);

/** A key stage as a school in the nation names it ("S1-S3 (ages 11-14)" in Scotland). */
export const keyStageName = (keyStage: KeyStage): string => keyStageLabelFor(keyStage, nation);

/**
 * Who a lesson is for: "Years 8-11, ages 12-16 (key stages 3 and 4)" in England and Wales, "S2-S4,
 * ages 12-16" in Scotland; without a nation the year names are said to be England and Wales's.
 */
export const lessonAudience = (data: {
	keyStages: readonly KeyStage[];
	yearGroups: readonly number[];
}): string => audienceLabel(data.keyStages, data.yearGroups, nation);

/** Year groups with their ages, said to be England and Wales's names when there is no nation. */
export const yearsWithAges = (years: readonly number[]): string => yearsForSchool(years, nation);

/** Every help route, its words in the nation's terms ("Your school's DSP"). */
const serviceData: Service[] = (await getCollection('services')).map(({ data }) => data);
export const services: Service[] = serviceData.map((data) => ({
	...data,
	name: localised(data.name),
	what: localised(data.what),
	...(data.whatHappens ? { whatHappens: localised(data.whatHappens) } : {}),
}));

// Every nation's own routes must be in the services data, beside a route that is.
for (const n of nations)
	for (const own of n.services)
		for (const id of [own.id, own.besides])
			if (!services.some((s) => s.id === id))
				throw new Error(
					`content/data/nations.yaml: ${n.id}: services: "${id}" is not in content/data/services.yaml`
				);

/**
 * The help page's public address for paper and QR codes, or undefined when SITE_URL is unset or
 * local: then printed materials show the phone routes instead of an address that leads nowhere.
 */
export const printedHelpUrl = printedAddress(settings.publicSite, settings.basePath, help());
/** A route's address on paper: the public site's, or undefined when it has none (SITE_URL unset or local). */
export const printedUrl = (route: string): string | undefined =>
	printedAddress(settings.publicSite, settings.basePath, route);

/**
 * Something the kit can present (slides window and presenter view) and print as a pack: the lessons
 * and the talks. The present pages iterate this list, so a new presentable collection joins it here.
 */
export interface PresentableItem {
	ref: Presentable;
	title: string;
	summary: string;
	/** Minutes, for the presenter's clock. */
	duration: number;
	/** Notes to read before presenting ("before you teach" for a lesson), shown in the presenter view. */
	safeguarding: readonly string[];
	/** What the two opening slides are made from. */
	opening: OpeningSource;
	/** The content entry, to render its slides. */
	entry: Lesson | Talk | WelshLesson;
	/** A translation's files (`content/cy/…`), for the translation notice. */
	translated?: readonly string[];
}

export const presentables: PresentableItem[] = [
	...lessons.map((lesson) => ({
		ref: lessonItem(lesson.id),
		title: lesson.data.title,
		summary: lesson.data.summary,
		duration: lesson.data.duration,
		safeguarding: lesson.data.safeguarding,
		opening: lesson.data,
		entry: lesson,
	})),
	...talks.map((talk) => ({
		ref: talkItem(talk.id),
		title: talk.data.title,
		summary: talk.data.summary,
		duration: talk.data.duration,
		safeguarding: talk.data.presenterNotes,
		opening: talk.data,
		entry: talk,
	})),
];

/** A glossary entry by id; an unknown id fails the build. */
export function term(id: string): GlossaryEntry {
	const found = glossary.find((g) => g.id === id);
	if (!found)
		throw new Error(`Unknown glossary term "${id}" (add it to content/data/glossary.yaml)`);
	return found;
}

/** A service by id; an unknown id fails the build with the list of known ones. */
export const service = (id: string): Service => serviceById(services, id);

/** Services by id, with the nation's own beside the UK-wide ones they go with (Meic after Childline). */
export const servicesBeside = (ids: readonly string[]): Service[] =>
	withNationServices(ids, nation).map(service);

/** A list of services with the nation's own moved beside the UK-wide ones they go with. */
export const arrangedBeside = (list: readonly Service[]): Service[] => {
	const own = new Set(nation?.services.map((s) => s.id));
	const ids = list.map((s) => s.id);
	const placed = withNationServices(
		ids.filter((id) => !own.has(id)),
		nation
	).filter((id) => ids.includes(id));
	return [...placed, ...ids.filter((id) => !placed.includes(id))].map(service);
};

/** Services of a situation's group for this build: UK-wide ones and the nation's own, not other nations'. */
export const servicesHere = (list: readonly Service[]): Service[] => {
	const elsewhere = new Set(
		nations.filter((n) => n !== nation).flatMap((n) => n.services.map((s) => s.id))
	);
	const own = new Set(nation?.services.map((s) => s.id));
	return list.filter((s) => own.has(s.id) || !elsewhere.has(s.id));
};

/** A guide by id (`parents`, `teachers`); missing content fails the build. */
export function guide(id: string): Guide {
	const found = guides.find((g) => g.id === id);
	if (!found) throw new Error(`Missing guide content/guides/${id}.mdx`);
	return found;
}

/**
 * A practice activity by id (its file name in content/practice/), narrowed to the kind its page
 * renders: `practiceActivity('real-or-fake', 'spot')`. Missing content or the wrong kind fails the build.
 */
export function practiceActivity<K extends PracticeData['kind']>(
	id: string,
	kind: K
): Extract<PracticeData, { kind: K }> {
	const found = practice.find((p) => p.id === id)?.data;
	if (!found) throw new Error(`Missing practice activity content/practice/${id}.yaml`);
	if (found.kind !== kind)
		throw new Error(`content/practice/${id}.yaml has kind "${found.kind}", expected "${kind}"`);
	return found as Extract<PracticeData, { kind: K }>;
}

/**
 * What a page shows in its language: the help routes, the steps, the glossary and the nation's words.
 * English pages get this build's (the school's nation, or words true in all four); Welsh pages are
 * for schools in Wales, so they use Wales's words and routes (Meic beside Childline), with the Welsh
 * words of content/cy/data/ laid over the English data (src/i18n/overlay.ts): every number and
 * address still comes from the English files.
 */
export interface LocaleData {
	nation: Nation | undefined;
	terms: ReturnType<typeof nationTerms>;
	services: Service[];
	service: (id: string) => Service;
	servicesBeside: (ids: readonly string[]) => Service[];
	arrangedBeside: (list: readonly Service[]) => Service[];
	servicesHere: (list: readonly Service[]) => Service[];
	ifItHappens: StepsData;
	glossary: GlossaryEntry[];
	term: (id: string) => GlossaryEntry;
}

const english: LocaleData = {
	nation,
	terms,
	services,
	service,
	servicesBeside,
	arrangedBeside,
	servicesHere,
	ifItHappens,
	glossary,
	term,
};

/** A Welsh data file's words over the English entries, or the English ones until it exists. */
const inWelsh = <T extends { id: string }>(entries: readonly T[], name: string): T[] => {
	const file = `${translationFolder('content/data', 'cy')}/${name}.yaml`;
	return existsSync(file) ? translateEntries(entries, file) : [...entries];
};

/**
 * The data of a page for schools in Wales, in the words of `words`: Wales's nation and routes (Meic
 * beside Childline), the other nations' own routes left out.
 */
function forWales(words: {
	nations: Nation[];
	services: Service[];
	steps: StepsData;
	glossary: GlossaryEntry[];
}): LocaleData {
	const wales = words.nations.find((n) => n.id === 'wales');
	if (!wales)
		throw new Error('content/data/nations.yaml: no entry for "wales" (the Welsh pages\' nation)');
	const byId = (id: string) => serviceById(words.services, id);
	const own = new Set(wales.services.map((s) => s.id));
	const elsewhere = new Set(
		nations.filter((n) => n.id !== 'wales').flatMap((n) => n.services.map((s) => s.id))
	);
	return {
		nation: wales,
		terms: nationTerms(words.nations, wales),
		services: words.services,
		service: byId,
		servicesBeside: (ids) => withNationServices(ids, wales).map(byId),
		arrangedBeside: (list) => {
			const ids = list.map((s) => s.id);
			const placed = withNationServices(
				ids.filter((id) => !own.has(id)),
				wales
			).filter((id) => ids.includes(id));
			return [...placed, ...ids.filter((id) => !placed.includes(id))].map(byId);
		},
		servicesHere: (list) => list.filter((s) => own.has(s.id) || !elsewhere.has(s.id)),
		ifItHappens: words.steps,
		glossary: words.glossary,
		term: (id) => {
			const found = words.glossary.find((g) => g.id === id);
			if (!found)
				throw new Error(`Unknown glossary term "${id}" (add it to content/data/glossary.yaml)`);
			return found;
		},
	};
}

const welsh: LocaleData = (() => {
	const { id: _steps, ...steps } = inWelsh([{ id: 'if-it-happens', ...ifItHappens }], 'steps')[0]!;
	return forWales({
		nations: inWelsh(nations, 'nations'),
		services: inWelsh(serviceData, 'services'),
		steps,
		glossary: inWelsh(glossaryData, 'glossary').sort((a, b) => a.term.localeCompare(b.term, 'cy')),
	});
})();

/**
 * The English words of a Welsh page that carries both languages (the bilingual sheets): for Wales,
 * like the Welsh words beside them (the Designated Safeguarding Person, Meic beside Childline),
 * whatever this build's own nation.
 */
const englishInWales: LocaleData = (() => {
	const wales = nations.find((n) => n.id === 'wales');
	const walesTerms = nationTerms(nations, wales);
	const inWales = (text: string) => localise(text, walesTerms, wales);
	return forWales({
		nations,
		services: serviceData.map((data) => ({
			...data,
			name: inWales(data.name),
			what: inWales(data.what),
			...(data.whatHappens ? { whatHappens: inWales(data.whatHappens) } : {}),
		})),
		steps: ifItHappens,
		glossary: glossaryData
			.map((entry) => localiseData(entry, walesTerms, wales))
			.sort((a, b) => a.term.localeCompare(b.term, 'en-GB')),
	});
})();

/** The data a page in `locale` shows. */
export const dataIn = (locale: Locale): LocaleData => (locale === 'cy' ? welsh : english);

/**
 * The data for words in `locale` on a page in `page`'s language: the page's own data, or, for the
 * English parts of a Welsh page (the bilingual sheets), English words for Wales.
 */
export const dataFor = (locale: Locale, page: Locale): LocaleData =>
	page === 'cy' && locale === 'en' ? englishInWales : dataIn(locale);

/**
 * The translated data files (`content/cy/data/<name>.yaml`) a page in `locale` shows words from, for
 * its translation notice: those that exist (English pages have none).
 */
export const translatedDataFiles = (locale: Locale, names: readonly string[]): string[] =>
	locale === 'cy'
		? names
				.map((name) => `${translationFolder('content/data', 'cy')}/${name}.yaml`)
				.filter((file) => existsSync(file))
		: [];

export type WelshLesson = CollectionEntry<'cyLessons'>;
export type WelshAdvice = CollectionEntry<'cyAdvice'>;
export type WelshGuide = CollectionEntry<'cyGuides'>;
export type WelshSheet = CollectionEntry<'cyLeaflet'>;

/** The Welsh translations of the content (content/cy/), in the English lists' order. */
export const cy = {
	lessons: (await getCollection('cyLessons')).sort(byOrder),
	advice: (await getCollection('cyAdvice')).sort(byOrder),
	guides: await getCollection('cyGuides'),
	sheets: await getCollection('cyLeaflet'),
};

/** A lesson in any language: the English entry or its Welsh translation (the same fields). */
export type AnyLesson = Lesson | WelshLesson;

/** A lesson as something to present and print. */
const presentableLesson = (lesson: AnyLesson): PresentableItem => ({
	ref: lessonItem(lesson.id),
	title: lesson.data.title,
	summary: lesson.data.summary,
	duration: lesson.data.duration,
	safeguarding: lesson.data.safeguarding,
	opening: lesson.data,
	entry: lesson,
	...(lesson.collection === 'cyLessons' && lesson.filePath
		? { translated: [lesson.filePath] }
		: {}),
});

/** The presentable items of a language: every lesson and talk in English, the translated ones in Welsh. */
export const presentablesIn = (locale: Locale): PresentableItem[] =>
	locale === 'cy' ? cy.lessons.map(presentableLesson) : presentables;

/** The words year groups, ages and key stages are put in, in a language (`slides.audience`). */
const audienceWords = (locale: Locale): AudienceWords => {
	const t = strings(locale);
	const word = (name: string) => keepPlaceholders(t, `slides.audience.${name}`);
	return {
		year: word('year'),
		years: word('years'),
		ages: word('ages'),
		keyStage: word('keyStage'),
		keyStages: word('keyStages'),
		post16: word('post16'),
		and: word('and'),
	};
};

/**
 * What a lesson's pages say in a language, in its nation's words (`dataIn`): English pages in
 * this build's nation, Welsh pages for Wales, with Welsh year names ("Blynyddoedd 8-11").
 */
export const lessonWordsIn = (locale: Locale) => {
	const { nation: here, terms: words } = dataIn(locale);
	const counted = audienceWords(locale);
	return {
		/** A text of the kit (a slide's title, a prop) in the nation's words: "the DSL" is "the DSP" in Wales. */
		localised: (text: string): string => localise(text, words, here),
		/** Year groups named for the nation, in the language: "Years 8-11", "Blynyddoedd 8-11". */
		yearsLabel: (years: readonly number[]): string => nationYearsLabel(years, here, counted),
		/** The ages of year groups, in the language: "ages 12-16", "12-16 oed". */
		agesLabel: (years: readonly number[]): string => nationAgesLabel(years, counted),
		/** Who a lesson is for: "Years 8-11, ages 12-16 (key stages 3 and 4)". */
		lessonAudience: (data: {
			keyStages: readonly KeyStage[];
			yearGroups: readonly number[];
		}): string => audienceLabel(data.keyStages, data.yearGroups, here, counted),
	};
};
