import { describe, expect, it } from 'vitest';
import { kindRules } from './kinds';
import {
	deckId,
	help,
	itemPage,
	knownRoutes,
	leaflet,
	leafletCustomise,
	leafletPdf,
	leafletPrint,
	lesson,
	lessonItem,
	lessonPackPdf,
	worksheetPdf,
	worksheetPrint,
	handoutPdf,
	handoutPrint,
	lessonPrint,
	notFound,
	offline,
	packPdf,
	packPrint,
	pageAt,
	pageNames,
	poster,
	posterPdf,
	firstHour,
	firstHourPdf,
	firstDayPrint,
	firstHourPrint,
	letter,
	letterPdf,
	letterPrint,
	signposting,
	signpostingPdf,
	present,
	presenter,
	routeOf,
	search,
	searchDefaults,
	sitePages,
	talk,
	talkItem,
	type ContentIds,
	type PageName,
	posterBilingualPdf,
} from './routes';

const ids: ContentIds = {
	lessons: ['friend-requests', 'not-alone'],
	talks: ['parents-session', 'staff-briefing'],
	advice: ['if-it-happens'],
	guides: ['parents', 'teachers'],
	practice: ['real-or-fake'],
	translated: { cy: { lessons: ['friend-requests'], advice: ['if-it-happens'] } },
};
const item = lessonItem('friend-requests');

describe('route functions', () => {
	it('write the addresses the kit has always had', () => {
		expect(help()).toBe('/help/');
		expect(lesson('friend-requests')).toBe('/lessons/friend-requests/');
		expect(present(item)).toBe('/lessons/friend-requests/present/');
		expect(presenter(item)).toBe('/lessons/friend-requests/present/presenter/');
		expect(lessonPrint('friend-requests')).toBe('/lessons/friend-requests/print/');
		expect(poster()).toBe('/poster/');
		expect(firstHour()).toBe('/first-hour/');
		expect(firstHourPrint()).toBe('/first-hour/print/');
		expect(letter()).toBe('/letter/');
		expect(letterPrint()).toBe('/letter/print/');
		expect(signposting()).toBe('/signposting/');
		expect(leafletCustomise()).toBe('/leaflet/customise/');
		expect(notFound()).toBe('/404.html');
		expect(search('fake account')).toBe('/search/?q=fake%20account');
	});

	it('put each PDF beside the page that links to it', () => {
		expect(leafletPdf()).toBe('/leaflet/too-good-to-be-true-leaflet.pdf');
		expect(posterPdf()).toBe('/poster/too-good-to-be-true-poster.pdf');
		expect(firstHourPdf()).toBe('/first-hour/too-good-to-be-true-first-hour.pdf');
		expect(letterPdf()).toBe('/letter/too-good-to-be-true-letter-to-parents.pdf');
		expect(signpostingPdf()).toBe('/signposting/too-good-to-be-true-who-can-help.pdf');
		expect(lessonPackPdf('friend-requests')).toBe(
			'/lessons/friend-requests/friend-requests-lesson-pack.pdf'
		);
		expect(worksheetPrint('friend-requests')).toBe('/lessons/friend-requests/worksheet/');
		expect(worksheetPdf('friend-requests')).toBe(
			'/lessons/friend-requests/friend-requests-worksheet.pdf'
		);
	});

	it('give a talk the same presentation pages, pack and exports as a lesson, beside its page', () => {
		const briefing = talkItem('staff-briefing');
		expect(talk('staff-briefing')).toBe('/talks/staff-briefing/');
		expect(itemPage(briefing)).toBe('/talks/staff-briefing/');
		expect(present(briefing)).toBe('/talks/staff-briefing/present/');
		expect(presenter(briefing)).toBe('/talks/staff-briefing/present/presenter/');
		expect(packPdf(briefing)).toBe('/talks/staff-briefing/staff-briefing-talk-pack.pdf');
		expect(deckId(briefing)).toBe('talk-staff-briefing');
		expect(pageAt(present(briefing), ids)?.params).toEqual({
			collection: 'talks',
			id: 'staff-briefing',
		});
		expect(knownRoutes(ids)).toContain(packPdf(briefing));
	});

	it("give only the talks with a hand-out its page and PDF, beside the talk's page", () => {
		expect(handoutPrint('parents-session')).toBe('/talks/parents-session/take-home/');
		expect(handoutPdf('parents-session')).toBe(
			'/talks/parents-session/parents-session-take-home-sheet.pdf'
		);
		expect(() => handoutPrint('staff-briefing')).toThrow(/Only parents-session can have/);
		expect(pageAt('/talks/staff-briefing/take-home/', ids)).toBeUndefined();
		expect(pageAt('/talks/staff-briefing/take-home/')).toBeUndefined();
		expect(knownRoutes(ids)).toContain(handoutPdf('parents-session'));
		expect(sitePages(ids).filter((p) => p.name === 'handoutPrint')).toHaveLength(1);
	});

	it('find everything about a presentable item from the item', () => {
		expect(itemPage(item)).toBe(lesson('friend-requests'));
		expect(packPdf(item)).toBe(lessonPackPdf('friend-requests'));
		expect(deckId(item)).toBe('friend-requests');
	});

	it('refuse an id that would make an odd address', () => {
		expect(() => lesson('../x')).toThrow(/cannot be part of an address/);
		expect(() => lessonPackPdf('Big Lesson')).toThrow(/cannot be part of an address/);
		expect(() => routeOf('lesson')).toThrow(/needs :id/);
	});
});

describe('pageAt', () => {
	it('knows every page the kit builds, with its entry, by its route alone', () => {
		const pages = sitePages(ids);
		expect(new Set(pages.map((p) => p.name))).toEqual(new Set(pageNames));
		for (const page of pages) {
			expect(pageAt(page.route, ids), page.route).toEqual(page);
			expect(pageAt(page.route)?.name, page.route).toBe(page.name);
		}
	});

	it('ignores the query and the fragment', () => {
		expect(pageAt(search('x'))?.name).toBe('search');
		expect(pageAt(`${present(item)}#3`)?.name).toBe('present');
	});

	it('finds nothing at an address the kit does not have', () => {
		expect(pageAt('/lessons/missing/', ids)).toBeUndefined();
		expect(pageAt('/elsewhere/', ids)).toBeUndefined();
		expect(pageAt('/lessons/a/b/')).toBeUndefined();
		expect(pageAt('/talks/missing/present/', ids)).toBeUndefined();
		expect(pageAt('/notes/a/present/')).toBeUndefined();
	});
});

describe('page kinds', () => {
	const kindAt = (route: string) => kindRules[pageAt(route)!.kind];

	it('keep print and presentation pages out of the sitemap and the search index', () => {
		for (const route of [
			poster(),
			firstHourPrint(),
			leafletPrint(),
			lessonPrint('friend-requests'),
			present(item),
			presenter(item),
		]) {
			expect(kindAt(route).sitemap, route).toBe(false);
			expect(kindAt(route).search, route).toBe(false);
		}
	});

	it('print exactly the print pages, each of them noindex and left to its PDF offline', () => {
		const printed = sitePages(ids).filter((p) => kindRules[p.kind].pdf);
		expect(printed.map((p) => p.route).sort()).toEqual(
			[
				poster(),
				leafletPrint(),
				firstHourPrint(),
				firstDayPrint(),
				letterPrint(),
				signposting(),
				...ids.lessons.map(lessonPrint),
				...ids.lessons.map((id) => worksheetPrint(id)),
				handoutPrint('parents-session'),
				...ids.talks.map((id) => packPrint(talkItem(id))),
				...['leafletPrint', 'poster', 'posterBilingual', 'firstHourPrint', 'letterPrint']
					.concat('signposting', 'signpostingBilingual')
					.map((name) => routeOf(name as PageName, {}, 'cy')),
				packPrint(item, 'cy'),
				worksheetPrint('friend-requests', 'cy'),
			].sort()
		);
		for (const page of printed) {
			expect(kindRules[page.kind].noindex).toBe(true);
			expect(kindRules[page.kind].precache).toBe(false);
		}
	});

	it('send search engines from the slides to the lesson, and keep the offline and 404 pages out', () => {
		expect(kindAt(present(item)).canonical).toBe('item');
		for (const route of [offline(), notFound()]) {
			expect(kindAt(route).noindex, route).toBe(true);
			expect(kindAt(route).sitemap, route).toBe(false);
		}
		expect(kindAt(offline()).precache).toBe(true);
		expect(kindAt(notFound()).precache).toBe(false);
	});

	it('index only pages that have a search type', () => {
		for (const page of sitePages(ids))
			expect(searchDefaults(page.name) !== undefined, page.route).toBe(kindRules[page.kind].search);
	});
});

describe('knownRoutes', () => {
	it('lists every page but the 404 page, and the files readers open', () => {
		const known = knownRoutes(ids);
		expect(known).toContain('/');
		expect(known).toContain('/parents/');
		expect(known).toContain(presenter(lessonItem('not-alone')));
		expect(known).toContain(lessonPackPdf('not-alone'));
		expect(known).toContain(worksheetPdf('not-alone'));
		expect(known).toContain(leafletPdf());
		expect(known).not.toContain(notFound());
		expect(known).not.toContain(lesson('missing'));
		expect(leaflet()).toBe('/leaflet/');
	});
});

describe('searchDefaults', () => {
	it('type from the page, audiences from the page or everyone', () => {
		expect(searchDefaults('lesson', 'teachers')).toEqual({
			type: 'lesson',
			audiences: ['teachers'],
		});
		expect(searchDefaults('adviceItem', 'pupils')).toEqual({
			type: 'advice',
			audiences: ['pupils'],
		});
		expect(searchDefaults('guide', 'parents')).toEqual({ type: 'guide', audiences: ['parents'] });
		expect(searchDefaults('about')).toEqual({
			type: 'about',
			audiences: ['pupils', 'parents', 'teachers'],
		});
	});

	it('help is for everyone, whoever the page is written for', () => {
		expect(searchDefaults('help', 'pupils')?.audiences).toEqual(['pupils', 'parents', 'teachers']);
	});

	it('pages the search leaves out have none', () => {
		expect(searchDefaults('home')).toBeUndefined();
		expect(searchDefaults('present')).toBeUndefined();
	});
});

describe('Welsh pages', () => {
	it('live under /cy/, and only where the page or its entry is translated', () => {
		expect(help()).toBe('/help/');
		expect(routeOf('help', {}, 'cy')).toBe('/cy/help/');
		expect(present(item, 'cy')).toBe('/cy/lessons/friend-requests/present/');
		expect(pageAt('/cy/help/', ids)).toMatchObject({
			name: 'help',
			locale: 'cy',
			route: '/cy/help/',
		});
		expect(pageAt('/cy/', ids)).toMatchObject({ name: 'home', locale: 'cy' });
		expect(pageAt('/help/', ids)?.locale).toBe('en');
		// An English-only entry, an untranslated page and an English-only collection have no Welsh page.
		expect(pageAt('/cy/lessons/not-alone/', ids)).toBeUndefined();
		expect(pageAt('/cy/about/', ids)).toBeUndefined();
		expect(pageAt('/cy/talks/staff-briefing/present/', ids)).toBeUndefined();
		expect(() => routeOf('about', {}, 'cy')).toThrow(/no cy version/);
	});

	it('keep the bilingual sheets under /cy/ only, and name Welsh files apart from English ones', () => {
		expect(pageAt('/cy/poster/bilingual/', ids)?.name).toBe('posterBilingual');
		expect(pageAt('/poster/bilingual/', ids)).toBeUndefined();
		expect(posterBilingualPdf()).toBe('/cy/poster/bilingual/too-good-to-be-true-poster-cy-en.pdf');
		expect(leafletPdf('cy')).toBe('/cy/leaflet/too-good-to-be-true-leaflet-cy.pdf');
		expect(knownRoutes(ids)).toContain(worksheetPdf('friend-requests', 'cy'));
		expect(knownRoutes(ids)).not.toContain(worksheetPdf('not-alone', 'cy'));
	});

	it('are found again from their own routes', () => {
		for (const page of sitePages(ids).filter((p) => p.locale === 'cy'))
			expect(pageAt(page.route, ids), page.route).toEqual(page);
	});
});
