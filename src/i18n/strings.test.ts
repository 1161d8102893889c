import { describe, expect, it } from 'vitest';
import { flattenStrings, keyProblems, strings, translator } from './strings';

describe('interface strings', () => {
	const en = flattenStrings({ site: { help: 'Get help now', hello: 'Hello {name}' } }, 'en.yaml');

	it('name the file and key a translation misses, adds or words with other placeholders', () => {
		const cy = flattenStrings(
			{ translation: { status: 'machine-assisted' }, site: { hello: 'Helo {enw}', extra: 'x' } },
			'cy.yaml'
		);
		expect(keyProblems(en, cy, 'cy.yaml')).toEqual([
			'cy.yaml: site.help: is missing (it is in src/i18n/strings/en.yaml)',
			'cy.yaml: site.extra: is not in src/i18n/strings/en.yaml (remove it, or add it there)',
			'cy.yaml: site.hello: must use the placeholders {name}, not {enw}',
		]);
	});

	it('fill placeholders and refuse unknown keys', () => {
		const t = translator(en, 'en.yaml');
		expect(t('site.hello', { name: 'Sam' })).toBe('Hello Sam');
		expect(() => t('site.missing')).toThrow('en.yaml: has no string "site.missing"');
	});

	it('are complete in Welsh: every English key has Welsh words', () => {
		expect(() => strings('cy')).not.toThrow();
		expect(strings('cy')('site.getHelpNow')).not.toBe(strings('en')('site.getHelpNow'));
	});
});
