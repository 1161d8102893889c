// The kit's data files, read as a reader would meet them: help cards and glossary definitions plain
// enough for a 16-year-old in a hurry (Flesch-Kincaid grade 8 or below), and the steps data valid.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { descriptionGradeLimit, readability } from './lib/readability';
import { stepsSchema } from './schemas/steps';

const read = (path: string): unknown =>
	parse(readFileSync(new URL(`../content/data/${path}`, import.meta.url), 'utf8'));

const services = read('services.yaml') as { id: string; what: string; whatHappens?: string }[];
const glossary = read('glossary.yaml') as { id: string; definition: string }[];
const steps = read('steps.yaml') as Record<string, unknown>;

describe(`help cards and glossary definitions read at grade ${descriptionGradeLimit} or below`, () => {
	it('finds the data', () => {
		expect(services.length).toBeGreaterThan(5);
		expect(glossary.length).toBeGreaterThan(5);
	});

	for (const s of services) {
		it(`content/data/services.yaml: ${s.id} (what and whatHappens)`, () => {
			const score = readability([s.what, s.whatHappens ?? ''].join('\n'));
			expect(score.grade, `grade ${score.grade}`).toBeLessThanOrEqual(descriptionGradeLimit);
		});
	}

	for (const g of glossary) {
		it(`content/data/glossary.yaml: ${g.id}`, () => {
			const score = readability(g.definition);
			expect(score.grade, `grade ${score.grade}`).toBeLessThanOrEqual(descriptionGradeLimit);
		});
	}
});

describe('content/data/steps.yaml', () => {
	it('passes the steps schema: saving the evidence comes before blocking', () => {
		const parsed = stepsSchema.safeParse(steps['if-it-happens']);
		expect(parsed.success, parsed.error?.message).toBe(true);
	});
});
