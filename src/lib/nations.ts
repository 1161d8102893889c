/**
 * The words that change with the school's nation (content/data/nations.yaml, chosen by `nation:` in
 * the school profile): the safeguarding lead's title, the guidance named, year-group names and the
 * nation's own help routes. Without a nation the kit uses words that are true in all four nations.
 * Pure: used by the build and by the "Make it your school's" page alike.
 */

/** The four UK nations a school profile may name (`nation:` in school.yaml). */
export const nationIds = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type NationId = (typeof nationIds)[number];

export const isNationId = (value: unknown): value is NationId =>
	typeof value === 'string' && (nationIds as readonly string[]).includes(value);

/** The nation data these helpers read (src/schemas/nation.ts has the whole schema). */
export interface NationLike {
	id: string;
	name: string;
	lead: { title: string; short: string; deputy: string };
	guidance: { name: string; short: string; url?: string | undefined };
	years: { names: Partial<Record<string, string>> };
	services: readonly { id: string; besides: string }[];
	curriculum?: string | undefined;
	englandAndWalesLaw: boolean;
}

/**
 * The words a `<Lead />`, `<Guidance />` or other nation slot shows, by name. The build renders them
 * for the profile's nation; the customise page refills `[data-nation-term]` slots from the same table.
 */
export const nationTermNames = [
	/** In running text: "DSL", "DSP", "Child Protection Coordinator"; "safeguarding lead" without a nation. */
	'lead',
	/** The title in full: "Designated Safeguarding Lead". */
	'lead.title',
	/** The title and its short form on first mention: "Designated Safeguarding Lead (DSL)". */
	'lead.full',
	/** A deputy's title: "Deputy Designated Safeguarding Lead". */
	'lead.deputy',
	/** The guidance named briefly: "the UKCIS advice". */
	'guidance',
	/** The guidance named in full, with its title. */
	'guidance.full',
] as const;
export type NationTerm = (typeof nationTermNames)[number];
export type NationTerms = Record<NationTerm, string>;

/** The kit's words for England's lead, which content writes and the build rewords for the nation. */
export const englandLead = { title: 'Designated Safeguarding Lead', short: 'DSL' } as const;

/** "England, Wales and Scotland" */
function listOf(items: readonly string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The words for a nation, or the words true everywhere when `nation` is undefined. */
export function nationTerms(nations: readonly NationLike[], nation?: NationLike): NationTerms {
	if (nation)
		return {
			lead: nation.lead.short,
			'lead.title': nation.lead.title,
			'lead.full':
				nation.lead.short === nation.lead.title
					? nation.lead.title
					: `${nation.lead.title} (${nation.lead.short})`,
			'lead.deputy': nation.lead.deputy,
			guidance: nation.guidance.short,
			'guidance.full': nation.guidance.name,
		};
	const each = nations.map((n) => `in ${n.name}, ${n.guidance.short}`).join('; ');
	const guidance = `the safeguarding guidance for your nation (${each})`;
	return {
		lead: 'safeguarding lead',
		'lead.title': 'safeguarding lead',
		'lead.full': `safeguarding lead (in England, the ${englandLead.title} or ${englandLead.short})`,
		'lead.deputy': 'deputy safeguarding lead',
		guidance,
		'guidance.full': guidance,
	};
}

/** The text with its first letter a capital, for a term that starts a sentence or a label. */
export const capitalise = (text: string): string =>
	text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);

/** Whether the text before a word ends a sentence (or is empty), so the word needs a capital. */
export const startsSentence = (before: string): boolean => /(^|[.!?]["”’)]?\s+)["“]?$/.test(before);

/**
 * A text of the kit (frontmatter, data, a component's words) with England's lead, as content writes
 * it ("Designated Safeguarding Lead (DSL)", "Designated Safeguarding Lead", "DSL"), in the nation's
 * words; a term that starts a sentence keeps its capital.
 */
export function localise(text: string, terms: NationTerms, nation?: NationLike): string {
	const lead = /Designated Safeguarding Lead \(DSL\)|Designated Safeguarding Lead|\bDSL\b/g;
	const worded = text.replace(lead, (match, offset: number) => {
		const word =
			match === 'DSL'
				? terms.lead
				: match.endsWith('(DSL)')
					? terms['lead.full']
					: terms['lead.title'];
		return startsSentence(text.slice(0, offset)) ? capitalise(word) : word;
	});
	return nation ? localiseYears(worded, nation) : worded;
}

/** "Years 12-13", "Years 12 and 13", "Year 7" in the nation's year-group names. */
export function localiseYears(text: string, nation: NationLike): string {
	return text.replace(
		/\bYears? (\d{1,2})(?:(?:-|–| and | to )(\d{1,2}))?\b/g,
		(match, from: string, to: string | undefined) => {
			const a = Number(from);
			const b = to === undefined ? a : Number(to);
			if (a < 7 || b > 13 || b < a) return match;
			return yearsLabel(
				Array.from({ length: b - a + 1 }, (_, i) => a + i),
				nation
			);
		}
	);
}

/** Keys whose text is quoted or searched as written, never reworded: sources, keywords, ids. */
const keptAsWritten = new Set(['sources', 'source', 'keywords', 'id', 'curriculum', 'url']);

/** Every text in content data (frontmatter, YAML) in the nation's words; sources and keywords as written. */
export function localiseData<T>(data: T, terms: NationTerms, nation?: NationLike): T {
	const walk = (value: unknown): unknown => {
		if (typeof value === 'string') return localise(value, terms, nation);
		if (Array.isArray(value)) return value.map(walk);
		if (value !== null && typeof value === 'object' && !(value instanceof Date))
			return Object.fromEntries(
				Object.entries(value).map(([key, v]) => [key, keptAsWritten.has(key) ? v : walk(v)])
			);
		return value;
	};
	return walk(data) as T;
}

/** The name of an English year group (7 to 13) in the nation; England and Wales's name without one. */
export function yearName(year: number, nation?: NationLike): string {
	return nation?.years.names[String(year)] ?? `Year ${year}`;
}

/**
 * The words year groups are counted in, in the page's language (src/i18n/strings/<locale>.yaml,
 * `slides.audience`): English by default, "Blwyddyn 8", "Blynyddoedd 8-11", "12-16 oed" in Welsh.
 */
export interface YearWords {
	/** One year group's word, as the nation's year names start: "Year", "Blwyddyn". */
	year: string;
	/** Its plural: "Years", "Blynyddoedd". */
	years: string;
	/** Ages, with `{from}` and `{to}`: "ages {from}-{to}". */
	ages: string;
}
export const englishYearWords: YearWords = {
	year: 'Year',
	years: 'Years',
	ages: 'ages {from}-{to}',
};

/**
 * "Years 7-9", "S1-S3", "Years 8-10" or "Year 7" from English year groups: the nation's names, run
 * together where they follow on. Years that share a name (S4 is Years 10 and 11) are named once.
 */
export function yearsLabel(
	years: readonly number[],
	nation?: NationLike,
	words: YearWords = englishYearWords
): string {
	const sorted = [...new Set(years)].sort((a, b) => a - b);
	const names = [...new Set(sorted.map((year) => yearName(year, nation)))];
	const first = names[0];
	const last = names.at(-1);
	if (first === undefined || last === undefined) return '';
	if (first === last) return first;
	const contiguous = sorted.every((y, i) => i === 0 || y === sorted[i - 1]! + 1);
	const one = `${words.year} `;
	const plural = (name: string) =>
		name.startsWith(one) ? `${words.years} ${name.slice(one.length)}` : name;
	const bare = (name: string) => (name.startsWith(one) ? name.slice(one.length) : name);
	if (contiguous) return `${plural(first)}-${bare(last)}`;
	return `${plural(first)}, ${names.slice(1).map(bare).join(', ')}`;
}

/** Ages for English year groups: Year 7 is 11 to 12, so Years 7-9 are ages 11-14. */
export function agesLabel(years: readonly number[], words: YearWords = englishYearWords): string {
	const sorted = [...years].sort((a, b) => a - b);
	const first = sorted[0];
	const last = sorted.at(-1);
	if (first === undefined || last === undefined) return '';
	return words.ages.replace('{from}', String(first + 4)).replace('{to}', String(last + 5));
}

/**
 * Year groups as a lesson's glance and lists show them: the nation's names with ages, or without a
 * nation, England and Wales's names said to be theirs, with the ages that hold everywhere.
 */
export function yearsForSchool(
	years: readonly number[],
	nation?: NationLike,
	words: YearWords = englishYearWords
): string {
	const label = yearsLabel(years, nation, words);
	return nation
		? `${label}, ${agesLabel(years, words)}`
		: `${label} in England and Wales, ${agesLabel(years, words)}`;
}

/**
 * Help routes by id with the nation's own routes beside the UK-wide ones they go with (Meic after
 * Childline in Wales), each once.
 */
export function withNationServices(ids: readonly string[], nation?: NationLike): string[] {
	const out: string[] = [];
	for (const id of ids) {
		out.push(id);
		for (const own of nation?.services ?? []) if (own.besides === id) out.push(own.id);
	}
	return [...new Set(out)];
}

/** The nations named in a sentence: "England, Wales, Scotland and Northern Ireland". */
export const nationNames = (nations: readonly NationLike[]): string =>
	listOf(nations.map((n) => n.name));

/** Whether words for the nations `list` names ("england wales", "none") show for `nation`. */
export function nationShown(list: string, nation: string | undefined): boolean {
	const ids = list.split(/\s+/).filter(Boolean);
	return ids.includes(nation ?? 'none');
}
