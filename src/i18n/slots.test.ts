import { describe, expect, it } from 'vitest';
import { keepPlaceholders, withSlots } from './slots';
import { translator } from './strings';

const t = translator(
	new Map([
		['help', 'Worried? {link}: call {name} on {phone}.'],
		['quiet', 'Dewis tawel arall (cytunwch arno gyda’ch {lead})'],
		['count', '{n} o {total}'],
	]),
	'test.yaml'
);

describe('withSlots', () => {
	it('splits a sentence around the parts a component draws, where the language puts them', () => {
		expect(withSlots(t, 'help', { name: 'Childline' }, ['link', 'phone'])).toEqual([
			'Worried? ',
			{ slot: 'link' },
			': call Childline on ',
			{ slot: 'phone' },
			'.',
		]);
		expect(withSlots(t, 'quiet', {}, ['lead'])).toEqual([
			'Dewis tawel arall (cytunwch arno gyda’ch ',
			{ slot: 'lead' },
			')',
		]);
	});
});

describe('keepPlaceholders', () => {
	it('gives a template with its places kept, for a script to fill', () => {
		expect(keepPlaceholders(t, 'count')).toBe('{n} o {total}');
	});
});
