import { describe, expect, it } from 'vitest';
import { translator } from './strings';
import { withSlots } from './words';

const t = translator(
	new Map([
		['call', 'Talk to {name}, free: {phone}. In danger? Call {emergency}.'],
		['plain', 'It is not your fault.'],
	]),
	'en.yaml'
);

describe('strings with slots', () => {
	it('fills text placeholders and leaves the others as slots, in order', () => {
		expect(withSlots(t, 'call', { name: 'Childline' })).toEqual([
			'Talk to Childline, free: ',
			{ slot: 'phone' },
			'. In danger? Call ',
			{ slot: 'emergency' },
			'.',
		]);
	});

	it('gives a string without placeholders whole, and names an unknown key', () => {
		expect(withSlots(t, 'plain')).toEqual(['It is not your fault.']);
		expect(() => withSlots(t, 'missing')).toThrow('en.yaml: has no string "missing"');
	});
});
