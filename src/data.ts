/**
 * Every content query happens here, once, so pages and components only read typed, sorted lists.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { serviceById } from './lib/services';
import type { OpeningSource } from './features/slides/lesson-slides';
import { printedAddress } from './site/paths';
import { help, lessonItem, talkItem, type Presentable } from './site/routes';
import { readSchoolProfile } from './features/school/profile';
import { readSettings } from './site/settings';
import type { GlossaryEntry } from './schemas/glossary';
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

export const lessons: Lesson[] = (await getCollection('lessons')).sort(byOrder);
export const talks: Talk[] = (await getCollection('talks')).sort(byOrder);
export const advice: Advice[] = (await getCollection('advice')).sort(byOrder);
export const guides: Guide[] = await getCollection('guides');
export const practice: Practice[] = (await getCollection('practice')).sort(byOrder);
export const services: Service[] = (await getCollection('services')).map((entry) => entry.data);

/** The "if it happens" steps, in order (content/data/steps.yaml); missing data fails the build. */
export const ifItHappens: StepsData = await (async () => {
	const entry = (await getCollection('steps')).find((e) => e.id === 'if-it-happens');
	if (!entry) throw new Error('Missing "if-it-happens" in content/data/steps.yaml');
	return entry.data;
})();

export const glossary: GlossaryEntry[] = (await getCollection('glossary'))
	.map((entry) => entry.data)
	.sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));

/** Printed sheets (`content/leaflet/`): the two-page leaflet and the A4 poster. */
export const sheets: Sheet[] = await getCollection('leaflet');

/** A printed sheet by id (`leaflet`, `poster`); missing content fails the build. */
export function sheet(id: string): Sheet {
	const found = sheets.find((s) => s.id === id);
	if (!found) throw new Error(`Missing content/leaflet/${id}.mdx`);
	return found;
}

const settings = readSettings();

/**
 * The school profile (`school.yaml`, docs/schools.md), or undefined when the school
 * has none: then every place that would name its staff says what to do instead.
 */
export const schoolProfile = readSchoolProfile(settings.schoolProfile);

/**
 * The help page's public address for paper and QR codes, or undefined when SITE_URL is unset or
 * local: then printed materials show the phone routes instead of an address that leads nowhere.
 */
export const printedHelpUrl = printedAddress(settings.publicSite, settings.basePath, help());

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
	entry: Lesson | Talk;
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
