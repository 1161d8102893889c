import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../tools/list-files';
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

	it('catches the false claim that Report Remove only works on public pictures, in its variants', () => {
		for (const claim of [
			'It works on public content, not private chats.',
			'It works on pictures that are public online, not in private chats.',
			'It works on content that is public, not on private chats.',
			'It works on pictures posted publicly, not on private chats.',
			'Why does Report Remove only work on public pictures?',
			'Report Remove only works once the picture has been posted.',
			'It only works for images that have been posted online.',
		]) {
			expect(lintWording(claim, rules), claim).not.toEqual([]);
		}
		expect(
			lintWording(
				'You can use it even if nothing has been posted yet, and even if the picture is only in a private chat.',
				rules
			)
		).toEqual([]);
	});

	it('catches wording that says block before saving the evidence', () => {
		for (const line of [
			'Stop replying, block them and keep the messages.',
			'Block the account and stop replying; keep the messages, username and profile link.',
			'Block them first, then save the chat.',
		]) {
			expect(lintWording(line, rules), line).not.toEqual([]);
		}
		for (const line of [
			'Save the evidence first, then block them and report the account.',
			'Keep the chat. Write down their username, because blocking can hide it.',
			'Block the account. Report it to the app too.',
		]) {
			expect(lintWording(line, rules), line).toEqual([]);
		}
	});

	it('catches absolute rules and promises a teacher cannot keep', () => {
		for (const line of [
			'Only accept friend requests from people you know in real life.',
			'Encourage them to accept requests only from people they know.',
			'There are no marks and nobody else will read it.',
			'Nobody will see your answers unless you want them to.',
			"What's said here stays here.",
		]) {
			expect(lintWording(line, rules), line).not.toEqual([]);
		}
		for (const line of [
			"Be wary of requests from people you don't know in everyday life.",
			"There are no marks, and I won't collect it or share it.",
		]) {
			expect(lintWording(line, rules), line).toEqual([]);
		}
	});

	it('catches an overstated Outcome 21, blanket promises and "within the hour"', () => {
		for (const line of [
			'Outcome 21 (no further action, not disclosed on employment checks).',
			'It is not disclosed on employment record checks.',
			"It won't show up on a DBS check.",
			'It will not appear on future record checks.',
			'Whatever happens, you are not in trouble.',
			"You won't be in trouble.",
			'They are never to blame and not in trouble.',
			'Tell the DSL within the hour.',
		]) {
			expect(lintWording(line, rules), line).not.toEqual([]);
		}
		for (const line of [
			'It is likely not to appear on a future enhanced DBS check, but the police decide.',
			'Police and CEOP are there to help you, not to get you in trouble.',
			'Worry about being in trouble stops many boys telling.',
			'Tell the DSL at once. Offenders can move to blackmail in under an hour.',
		]) {
			expect(lintWording(line, rules), line).toEqual([]);
		}
	});

	it('every rule is a valid regular expression with a reason', () => {
		for (const rule of rules) {
			expect(() => new RegExp(rule.pattern, 'giu')).not.toThrow();
			expect(rule.why.length).toBeGreaterThan(5);
		}
	});
});

describe('lintWording in Welsh', () => {
	it('catches blame, threats, scare words and promises no school can keep, mutated forms too', () => {
		for (const line of [
			'Dy fai di yw e.',
			'Dylet ti fod wedi gwybod yn well.',
			'Fe fyddi di mewn trwbl.',
			"Byddi di'n cael dy arestio.",
			'Roedd yn hunllef.',
			'Fyddi di ddim mewn trwbl.',
		])
			expect(lintWording(line, rules), line).not.toEqual([]);
	});

	it('lets the kind versions through', () => {
		for (const line of [
			'Nid dy fai di yw e.',
			'Dwyt ti ddim ar dy ben dy hun.',
			"Mae'r heddlu a CEOP yno i dy helpu di, nid i dy gael di i drwbl.",
		])
			expect(lintWording(line, rules), line).toEqual([]);
	});
});

describe('content wording', () => {
	// Content in both languages, and the interface strings pupils read around it.
	const stringsDir = new URL('../i18n/strings/', import.meta.url).pathname;
	const files = [
		...contentFiles(contentDir),
		...listFiles(stringsDir, '*.yaml').map((file) => join(stringsDir, file)),
	];
	it('finds the content files', () => {
		expect(files.length).toBeGreaterThan(3);
	});
	for (const file of files) {
		it(`${file.replace(/^.*?\/(content|src)\//, '$1/')} uses no victim-blaming or scare phrases`, () => {
			const problems = lintWording(readFileSync(file, 'utf8'), rules);
			expect(problems.map((p) => `line ${p.line}: "${p.match}" — ${p.why}`)).toEqual([]);
		});
	}
});
