import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPageAt, contentIds, knownRoutesIn } from './content';
import { guide, lesson, lessonItem, presenter, search } from './routes';

describe('contentIds', () => {
	it('reads the entry ids of the real content', () => {
		const ids = contentIds();
		expect(ids.lessons).toContain('friend-requests');
		expect(ids.guides).toEqual(['parents', 'teachers']);
		expect(ids.practice).toContain('real-or-fake');
	});

	const root = mkdtempSync(join(tmpdir(), 'kit-ids-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('takes the files the loaders take, without their extension, and nothing else', () => {
		mkdirSync(join(root, 'content/lessons'), { recursive: true });
		mkdirSync(join(root, 'content/practice'), { recursive: true });
		mkdirSync(join(root, 'content/cy/lessons'), { recursive: true });
		for (const file of [
			'content/cy/lessons/a.mdx',
			'content/lessons/b.mdx',
			'content/lessons/a.mdx',
			'content/lessons/notes.txt',
			'content/lessons/draft.md',
		])
			writeFileSync(join(root, file), '');
		writeFileSync(join(root, 'content/practice/quiz.yaml'), '');
		expect(contentIds(root)).toEqual({
			lessons: ['a', 'b'],
			talks: [],
			advice: [],
			guides: [],
			practice: ['quiz'],
			// A Welsh file is a translation of its entry, not an entry of its own.
			translated: { cy: { advice: [], guides: [], lessons: ['a'] } },
		});
	});
});

describe('knownRoutesIn', () => {
	it('gives the real kit its pages', () => {
		const routes = knownRoutesIn();
		expect(routes).toContain('/');
		expect(routes).toContain(search());
		expect(routes).toContain(presenter(lessonItem('friend-requests')));
		expect(routes).toContain('/robots.txt');
	});
});

describe('builtPageAt', () => {
	it('knows the pages of the real kit, with their entries', () => {
		expect(builtPageAt(presenter(lessonItem('friend-requests')))).toMatchObject({
			name: 'presenter',
			kind: 'presentation',
			params: { collection: 'lessons', id: 'friend-requests' },
		});
		expect(builtPageAt(guide('parents')).name).toBe('guide');
	});

	it('refuses a page the model does not have, rather than taking it for a guide or a lesson', () => {
		expect(() => builtPageAt('/new-page/')).toThrow(/no page at \/new-page\/.*content/);
		expect(() => builtPageAt(lesson('not-a-lesson'))).toThrow(/no page at/);
	});
});
