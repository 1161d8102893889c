import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { overlay, translateEntries } from './overlay';

const childline = {
	id: 'childline',
	name: 'Childline',
	what: 'Free, confidential support.',
	phone: '0800 1111',
	situations: ['talk'],
};

describe('translated data', () => {
	const dir = mkdtempSync(join(tmpdir(), 'kit-overlay-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const file = (name: string, text: string) => {
		const path = join(dir, name);
		writeFileSync(path, text);
		return path;
	};

	it('lays the words over the English entry and keeps its numbers', () => {
		const path = file(
			'ok.yaml',
			'entries:\n  - id: childline\n    what: Cymorth cyfrinachol am ddim.\n'
		);
		expect(translateEntries([childline], path)).toEqual([
			{ ...childline, what: 'Cymorth cyfrinachol am ddim.' },
		]);
	});

	it('refuses a phone number typed into a translation, naming the file, entry and field', () => {
		const path = file('phone.yaml', 'entries:\n  - id: childline\n    phone: "0800 111"\n');
		expect(() => translateEntries([childline], path)).toThrow(
			`${path}: childline.phone: is data, not words`
		);
	});

	it("takes a step's text as words, and refuses a service's text number", () => {
		const step = { id: 'tell', title: 'Tell an adult.', text: 'You do not have to do this alone.' };
		expect(overlay(step, { text: 'Does dim rhaid i ti.' }, 'f: tell')).toEqual({
			...step,
			text: 'Does dim rhaid i ti.',
		});
		const shout = { id: 'shout', name: 'Shout', text: { number: '85258', word: 'SHOUT' } };
		expect(() => overlay(shout, { text: { word: 'GWEIDDI' } }, 'f: shout')).toThrow(
			'f: shout.text: is data, not words'
		);
	});

	it('refuses entries and fields the English does not have', () => {
		const unknown = file('unknown.yaml', 'entries:\n  - id: helpline\n    what: x\n');
		expect(() => translateEntries([childline], unknown)).toThrow(/"helpline" is not an entry/);
		expect(() => overlay(childline, { hours: 'Bob dydd' }, 'f: childline')).toThrow(
			'f: childline.hours: is not a field of the English entry'
		);
	});

	it('matches nested lists by id and keeps what is not translated yet in English', () => {
		const steps = {
			title: 'Steps',
			steps: [
				{ id: 'a', title: 'A' },
				{ id: 'b', title: 'B' },
			],
		};
		expect(overlay(steps, { steps: [{ id: 'b', title: 'Bee' }] }, 'f')).toEqual({
			title: 'Steps',
			steps: [
				{ id: 'a', title: 'A' },
				{ id: 'b', title: 'Bee' },
			],
		});
	});
});
