import { describe, expect, it } from 'vitest';
import { translator } from './strings';
import { keepPlaceholders } from './templates';

const t = translator(new Map([['count', '{n} o {total}']]), 'cy.yaml');

describe('keepPlaceholders', () => {
	it('gives a template with its places kept, for a script to fill', () => {
		expect(keepPlaceholders(t, 'count')).toBe('{n} o {total}');
	});

	it('names an unknown key', () => {
		expect(() => keepPlaceholders(t, 'missing')).toThrow('cy.yaml: has no string "missing"');
	});
});
