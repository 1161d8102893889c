/**
 * What is in the search index: exactly the pages whose kind the site model indexes, their bodies only
 * (no presenter notes, header or footer), each with a type, an audience and a summary. One index per
 * language: a page in a language searches that language's pages, labelled in it.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { kindRules } from '../src/site/kinds';
import { fileOfRoute } from '../src/site/paths';
import { inLocale, localeIds } from '../src/i18n/locales';
import { strings } from '../src/i18n/strings';
import { searchLabels } from '../src/features/search/labels';
import { searchTypes } from '../src/features/search/search';
import { audiences } from '../src/schemas/page';
import { lesson, lessonList, search } from '../src/site/routes';
import { failOnPageProblems, pagefindSearch, type Hit } from './support/search';
import { at, builtIds, builtPages, distDir } from './support/site';

failOnPageProblems();

test.describe('what is in the index', () => {
	test('exactly the pages whose kind is searched, in the language of the page searching, bodies only: no presenter notes, header or footer', async ({
		page,
	}) => {
		const everyHit: Hit[] = [];
		for (const locale of localeIds) {
			await page.goto(at(inLocale(search(), locale)));
			const { hits } = await pagefindSearch(page, null, { limit: 0 });
			const indexed = hits.map((h) => h.route).sort();
			const searchable = builtPages()
				.filter((p) => kindRules[p.kind].search && p.locale === locale)
				.map((p) => p.route)
				.sort();
			expect(indexed.length, locale).toBeGreaterThan(0);
			expect(indexed, locale).toEqual(searchable);
			everyHit.push(...hits);
		}
		const hits = everyHit;

		// Presenter notes: every <Notes> text in the built lesson pages, none of it in the index.
		const notes = builtIds('lesson')
			.map(lesson)
			.flatMap((route) => [
				...readFileSync(`${distDir}${fileOfRoute(route)}`, 'utf8').matchAll(
					/<div class="speaker-notes"[^>]*>([\s\S]*?)<\/div>/g
				),
			])
			.map((m) =>
				m[1]!
					.replace(/<[^>]+>/g, ' ')
					.replace('Say or do', '')
					.replace(/\s+/g, ' ')
					.trim()
			)
			.filter((text) => text.length > 12);
		for (const hit of hits) {
			for (const text of notes)
				expect(hit.content, `${hit.route} indexes presenter notes`).not.toContain(text);
			expect(hit.content).not.toContain('Need to talk?');
			expect(hit.content).not.toContain('Quick exit');
		}
	});

	test('every indexed page has a type, an audience and a summary, in its language', async ({
		page,
	}) => {
		for (const locale of localeIds) {
			const label = searchLabels(strings(locale));
			const types = searchTypes.map((type) => label.type(type));
			const audienceNames = audiences.map((a) => label.audience(a));
			const forAudience = strings(locale)('search.forAudience', { audiences: '' });
			await page.goto(at(inLocale(search(), locale)));
			const { hits } = await pagefindSearch(page, null, { limit: 0 });
			for (const hit of hits) {
				expect(types, hit.route).toContain(hit.type);
				expect(hit.audience.startsWith(forAudience), hit.route).toBe(true);
				expect(hit.filters['type'], hit.route).toEqual([hit.type]);
				expect(hit.filters['audience']?.length, hit.route).toBeGreaterThan(0);
				for (const a of hit.filters['audience'] ?? [])
					expect(audienceNames, hit.route).toContain(a);
				if (hit.type === label.type('lesson') && hit.route !== inLocale(lessonList(), locale))
					expect(hit.filters['stage']?.length, hit.route).toBeGreaterThan(0);
			}
		}
	});
});
