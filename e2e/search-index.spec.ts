/**
 * What is in the search index: exactly the pages whose kind the site model indexes, their bodies only
 * (no presenter notes, header or footer), each with a type, an audience and a summary.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { kindRules } from '../src/site/kinds';
import { fileOfRoute } from '../src/site/paths';
import { lesson, lessonList, search } from '../src/site/routes';
import { failOnPageProblems, pagefindSearch } from './support/search';
import { at, builtIds, builtPages, distDir } from './support/site';

failOnPageProblems();

test.describe('what is in the index', () => {
	test('exactly the pages whose kind is searched, bodies only: no presenter notes, header or footer', async ({
		page,
	}) => {
		await page.goto(at(search()));
		const { hits } = await pagefindSearch(page, null, { limit: 0 });
		const indexed = hits.map((h) => h.route).sort();
		const searchable = builtPages()
			.filter((p) => kindRules[p.kind].search)
			.map((p) => p.route)
			.sort();
		expect(indexed.length).toBeGreaterThan(5);
		expect(indexed).toEqual(searchable);

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

	test('every indexed page has a type, an audience and a summary', async ({ page }) => {
		await page.goto(at(search()));
		const { hits } = await pagefindSearch(page, null, { limit: 0 });
		for (const hit of hits) {
			expect(hit.type, hit.route).not.toBe('');
			expect(hit.audience, hit.route).toMatch(/^For /);
			expect(hit.filters['type'], hit.route).toHaveLength(1);
			expect(hit.filters['audience']?.length, hit.route).toBeGreaterThan(0);
			if (hit.type === 'Lesson' && hit.route !== lessonList())
				expect(hit.filters['stage']?.length, hit.route).toBeGreaterThan(0);
		}
	});
});
