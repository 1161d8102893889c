import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listFiles } from './list-files';
import { lintWording, type WordingRule } from './wording';

const contentDir = new URL('../../content/', import.meta.url).pathname;
const rules = parse(readFileSync(join(contentDir, 'data/wording.yaml'), 'utf8')) as WordingRule[];

function contentFiles(dir: string): string[] {
	return listFiles(dir, '**/*.{mdx,md,yaml,yml}')
		.filter((file) => !file.endsWith('wording.yaml'))
		.map((file) => join(dir, file));
}

describe('lintWording', () => {
	it('catches victim-blaming and scare phrases', () => {
		const text = [
			"It's your own fault for sending it.",
			'You should have known better.',
			"He shouldn't have sent the photo.",
			'This will ruin your life.',
			'It is too late now.',
			"You'll be arrested.",
		].join('\n');
		expect(lintWording(text, rules).map((p) => p.line)).toEqual([1, 1, 2, 3, 4, 5, 6]);
	});

	it('lets the kind versions through', () => {
		const text =
			'It is not your fault. It was never your fault. You are not alone, and it is never too late to ask for help.';
		expect(lintWording(text, rules)).toEqual([]);
	});

	it('every rule is a valid regular expression with a reason', () => {
		for (const rule of rules) {
			expect(() => new RegExp(rule.pattern, 'giu')).not.toThrow();
			expect(rule.why.length).toBeGreaterThan(5);
		}
	});
});

describe('content wording', () => {
	const files = contentFiles(contentDir);
	it('finds the content files', () => {
		expect(files.length).toBeGreaterThan(3);
	});
	for (const file of files) {
		it(`${file.slice(contentDir.length)} uses no victim-blaming or scare phrases`, () => {
			const problems = lintWording(readFileSync(file, 'utf8'), rules);
			expect(problems.map((p) => `line ${p.line}: "${p.match}" — ${p.why}`)).toEqual([]);
		});
	}
});
