import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nationSchema, type Nation } from '../schemas/nation';
import { serviceSchema } from '../schemas/service';
import {
	localise,
	localiseData,
	nationIds,
	nationShown,
	nationTerms,
	withNationServices,
	yearsForSchool,
	yearsLabel,
} from './nations';
import { audienceLabel, keyStageLabelFor } from './lessons';
import { keepPlaceholders } from '../i18n/templates';
import { strings } from '../i18n/strings';

const read = (path: string): unknown =>
	parse(readFileSync(new URL(`../../content/data/${path}`, import.meta.url), 'utf8'));

const nations: Nation[] = (read('nations.yaml') as unknown[]).map((entry, i) => {
	const parsed = nationSchema.safeParse(entry);
	if (!parsed.success) throw new Error(`nations.yaml entry ${i}: ${parsed.error.message}`);
	return parsed.data;
});
const services = (read('services.yaml') as unknown[]).map((s) => serviceSchema.parse(s));
const byId = (id: string) => nations.find((n) => n.id === id)!;
const [england, wales, scotland, ni] = (
	['england', 'wales', 'scotland', 'northern-ireland'] as const
).map(byId) as [Nation, Nation, Nation, Nation];

describe('content/data/nations.yaml', () => {
	it('has the four nations, each once, with a source and a checked date for every part', () => {
		expect(nations.map((n) => n.id)).toEqual([...nationIds]);
		for (const n of nations)
			for (const part of [n.lead, n.guidance, n.years]) {
				expect(part.source.title.length, n.id).toBeGreaterThan(3);
				expect(part.checked, n.id).toBeInstanceOf(Date);
			}
	});

	it("names each nation's lead as the facts do", () => {
		expect(nations.map((n) => n.lead.title)).toEqual([
			'Designated Safeguarding Lead',
			'Designated Safeguarding Person',
			'Child Protection Coordinator',
			'Designated Teacher for Child Protection',
		]);
		expect([england.lead.short, wales.lead.short]).toEqual(['DSL', 'DSP']);
	});

	it('applies England and Wales law (Outcome 21, s66B) in England and Wales only', () => {
		expect(nations.filter((n) => n.englandAndWalesLaw).map((n) => n.id)).toEqual([
			'england',
			'wales',
		]);
	});

	it("lists each nation's own routes, which are in the services data with their facts", () => {
		expect(wales.services).toEqual([{ id: 'meic', besides: 'childline' }]);
		expect(ni.services).toEqual([{ id: 'lifeline', besides: 'samaritans' }]);
		const service = (id: string) => services.find((s) => s.id === id);
		expect(service('meic')).toMatchObject({ phone: '080 880 23456', text: { number: '84001' } });
		expect(service('lifeline')).toMatchObject({ phone: '0808 808 8000', situations: ['crisis'] });
		expect(service('posh')).toMatchObject({
			phone: '0344 381 4772',
			email: 'helpline@saferinternet.org.uk',
		});
		for (const n of nations)
			for (const own of n.services) {
				expect(service(own.id), own.id).toBeDefined();
				expect(service(own.besides), own.besides).toBeDefined();
			}
	});

	it('refuses a nation the kit does not know, naming the field', () => {
		const parsed = nationSchema.safeParse({ ...england, id: 'cornwall' });
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]?.path).toEqual(['id']);
	});
});

describe('nationTerms and localise', () => {
	const none = nationTerms(nations);

	it("words England's lead, as content writes it, for each nation", () => {
		const text = 'Tell your Designated Safeguarding Lead (DSL) today. The DSL will help.';
		expect(localise(text, nationTerms(nations, england))).toBe(text);
		expect(localise(text, nationTerms(nations, wales))).toBe(
			'Tell your Designated Safeguarding Person (DSP) today. The DSP will help.'
		);
		expect(localise(text, nationTerms(nations, scotland))).toBe(
			'Tell your Child Protection Coordinator today. The Child Protection Coordinator will help.'
		);
		expect(localise('Ask the DSL.', nationTerms(nations, ni))).toBe('Ask the Designated Teacher.');
	});

	it('without a nation, says what is true everywhere and keeps a capital at the start of a sentence', () => {
		expect(localise('Tell your Designated Safeguarding Lead (DSL).', none)).toBe(
			'Tell your safeguarding lead (in England, the Designated Safeguarding Lead or DSL).'
		);
		expect(localise('Done. DSL first, always.', none)).toBe(
			'Done. Safeguarding lead first, always.'
		);
		expect(localise('DSLs and the DSL-led plan', none)).toBe(
			'DSLs and the safeguarding lead-led plan'
		);
	});

	it("names each nation's guidance, or all four without a nation", () => {
		expect(nationTerms(nations, england).guidance).toBe('the UKCIS advice');
		expect(none.guidance).toContain('in England, the UKCIS advice');
		expect(none.guidance).toContain('in Scotland, the National Guidance for Child Protection');
		expect(none.guidance).toContain('in Northern Ireland, the Safeguarding Board');
	});

	it("puts year groups in the nation's names, and leaves sources and keywords as written", () => {
		expect(localise('For Years 12 and 13.', none, scotland)).toBe('For S5-S6.');
		expect(localise('Adapting for Year 7', none, ni)).toBe('Adapting for Year 8');
		expect(localise('Year 5 and Year 14 stay', none, ni)).toBe('Year 5 and Year 14 stay');
		const data = localiseData(
			{ summary: 'Ask the DSL', keywords: ['DSL'], sources: [{ title: 'DSL guide' }] },
			nationTerms(nations, wales),
			wales
		);
		expect(data).toEqual({
			summary: 'Ask the DSP',
			keywords: ['DSL'],
			sources: [{ title: 'DSL guide' }],
		});
	});
});

describe('year groups and key stages', () => {
	it('names English year groups in each nation, run together where they follow on', () => {
		expect(yearsLabel([7, 8, 9])).toBe('Years 7-9');
		expect(yearsLabel([7, 8, 9], scotland)).toBe('S1-S3');
		expect(yearsLabel([10, 11], scotland)).toBe('S4');
		expect(yearsLabel([7, 8, 9], ni)).toBe('Years 8-10');
		expect(yearsLabel([12, 13], ni)).toBe('Years 13-14');
	});

	it("says, without a nation, that the names are England and Wales's, with ages true everywhere", () => {
		expect(yearsForSchool([7, 8, 9])).toBe('Years 7-9 in England and Wales, ages 11-14');
		expect(yearsForSchool([7, 8, 9], scotland)).toBe('S1-S3, ages 11-14');
		expect(keyStageLabelFor('KS3')).toBe(
			'Key stage 3 (Years 7-9 in England and Wales, ages 11-14)'
		);
		expect(keyStageLabelFor('KS3', wales)).toBe('Key stage 3 (Years 7-9)');
		expect(keyStageLabelFor('post-16', scotland)).toBe('S5-S6 (ages 16-18)');
	});

	it("states a lesson's year groups once, in the nation's names, with key stages only where schools have them", () => {
		expect(audienceLabel(['KS3', 'KS4'], [8, 9, 10, 11], wales)).toBe(
			'Years 8-11, ages 12-16 (key stages 3 and 4)'
		);
		expect(audienceLabel(['KS3', 'KS4'], [8, 9, 10, 11], scotland)).toBe('S2-S4, ages 12-16');
		expect(audienceLabel(['KS3'], [7, 8, 9], ni)).toBe('Years 8-10, ages 11-14');
	});

	it("names them in Welsh on Welsh pages: Wales's Welsh year names, Welsh ages and key stages", () => {
		const t = strings('cy');
		const word = (name: string) => keepPlaceholders(t, `slides.audience.${name}`);
		const welsh = {
			year: word('year'),
			years: word('years'),
			ages: word('ages'),
			keyStage: word('keyStage'),
			keyStages: word('keyStages'),
			post16: word('post16'),
			and: word('and'),
		};
		const names = Object.fromEntries(
			[7, 8, 9, 10, 11, 12, 13].map((y) => [String(y), `Blwyddyn ${y}`])
		);
		const cymru = { ...wales, years: { ...wales.years, names } };
		expect(audienceLabel(['KS3', 'KS4'], [8, 9, 10, 11], cymru, welsh)).toBe(
			'Blynyddoedd 8-11, 12-16 oed (cyfnodau allweddol 3 a 4)'
		);
		expect(audienceLabel(['KS4', 'post-16'], [11, 12], cymru, welsh)).toBe(
			'Blynyddoedd 11-12, 15-17 oed (cyfnod allweddol 4 a ôl-16)'
		);
		expect(yearsLabel([7], cymru, welsh)).toBe('Blwyddyn 7');
		expect(yearsLabel([7, 9], cymru, welsh)).toBe('Blynyddoedd 7, 9');
	});
});

describe('the nation chooses its own help routes and words', () => {
	it("puts the nation's own routes beside the UK-wide ones, and none without a nation", () => {
		const ids = ['childline', 'ceop', 'samaritans'];
		expect(withNationServices(ids)).toEqual(ids);
		expect(withNationServices(ids, wales)).toEqual(['childline', 'meic', 'ceop', 'samaritans']);
		expect(withNationServices(ids, ni)).toEqual(['childline', 'ceop', 'samaritans', 'lifeline']);
		expect(withNationServices(['childline', 'meic'], wales)).toEqual(['childline', 'meic']);
	});

	it('shows words meant for some nations only to them', () => {
		expect(nationShown('england wales', 'wales')).toBe(true);
		expect(nationShown('england wales', 'scotland')).toBe(false);
		expect(nationShown('england wales', undefined)).toBe(false);
		expect(nationShown('none', undefined)).toBe(true);
	});
});
