import { describe, expect, it } from 'vitest';
import { lessonItem } from '../../../site/routes';
import {
	exportsForPage,
	exportsOf,
	findPresentations,
	isOfflineDeck,
	isSlidesWindow,
} from './deck-exports';

describe('exportsForPage', () => {
	it('puts both exports beside the content page, named after its id', () => {
		expect(exportsForPage('lessons/friend-requests/present/index.html')).toEqual({
			item: lessonItem('friend-requests'),
			locale: 'en',
			dir: 'lessons/friend-requests/',
			id: 'friend-requests',
			slidesPage: 'lessons/friend-requests/present/index.html',
			presenterPage: 'lessons/friend-requests/present/presenter/index.html',
			pptx: 'lessons/friend-requests/friend-requests-slides.pptx',
			offline: 'lessons/friend-requests/friend-requests-slides-offline.html',
		});
	});

	it("puts a Welsh deck's exports beside its Welsh page, their names ending in -cy", () => {
		expect(exportsForPage('cy/lessons/friend-requests/present/index.html')).toEqual({
			item: lessonItem('friend-requests'),
			locale: 'cy',
			dir: 'cy/lessons/friend-requests/',
			id: 'friend-requests',
			slidesPage: 'cy/lessons/friend-requests/present/index.html',
			presenterPage: 'cy/lessons/friend-requests/present/presenter/index.html',
			pptx: 'cy/lessons/friend-requests/friend-requests-slides-cy.pptx',
			offline: 'cy/lessons/friend-requests/friend-requests-slides-offline-cy.html',
		});
	});

	it('knows nothing of other pages, the presenter view included', () => {
		for (const file of [
			'index.html',
			'lessons/a/index.html',
			'lessons/a/present/presenter/index.html',
			'present/index.html',
			'about/present/index.html',
		])
			expect(exportsForPage(file), file).toBeNull();
	});

	it('is the same for links from pages, which pass the item', () => {
		expect(exportsOf(lessonItem('a'))).toEqual(exportsForPage('lessons/a/present/index.html'));
	});
});

describe('findPresentations', () => {
	const deck = '<body><slide-deck data-deck="x"></slide-deck></body>';
	const pages: Record<string, string> = {
		'index.html': '<p>Home</p>',
		'lessons/b/present/index.html': deck,
		'lessons/a/present/index.html': deck,
		'lessons/a/present/presenter/index.html': '<presenter-view></presenter-view>',
		'lessons/a/index.html': '<p>Plan</p>',
		// A presentation address without a slide deck in it (an error page, say) is left alone.
		'lessons/c/present/index.html': '<p>Not a deck</p>',
	};

	it('finds every slides window in the build, in a stable order', () => {
		const found = findPresentations(Object.keys(pages), (f) => pages[f]!);
		expect(found.map((d) => d.id)).toEqual(['a', 'b']);
		expect(found.at(-1)!.pptx).toBe('lessons/b/b-slides.pptx');
	});

	it('recognises a slides window by its <slide-deck> element', () => {
		expect(isSlidesWindow(deck)).toBe(true);
		expect(isSlidesWindow('<slide-decks>')).toBe(false);
	});
});

describe('isOfflineDeck', () => {
	it('tells the offline decks from the pages of the site', () => {
		expect(isOfflineDeck('lessons/a/a-slides-offline.html')).toBe(true);
		expect(isOfflineDeck('lessons/a/b-slides-offline.html')).toBe(false);
		expect(isOfflineDeck('lessons/a/index.html')).toBe(false);
		expect(isOfflineDeck('lessons/a/present/index.html')).toBe(false);
		expect(isOfflineDeck('cy/lessons/a/a-slides-offline-cy.html')).toBe(true);
		expect(isOfflineDeck('cy/lessons/a/a-slides-offline.html')).toBe(false);
	});
});
