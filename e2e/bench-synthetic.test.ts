// The benchmark's synthetic lessons (bench/lib/synthetic.mjs) must be lessons the kit accepts:
// valid frontmatter, activity minutes adding up, unique slide titles. Their Starlight versions must
// keep none of the kit's own components.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadData, loadTemplates, syntheticLesson, toStarlight } from '../bench/lib/synthetic.mjs';
import { frameProblems, timingProblems } from '../src/lib/activities';
import { chatProblems } from '../src/lib/chats';
import {
	otherCharacterFiles,
	reusedCharacterProblems,
	scenarioCharacters,
} from '../src/lib/characters';
import { internalLinkProblems } from '../src/lib/content-checks';
import { mdxElements, splitFrontmatter } from '../src/lib/mdx';
import { slideTitleProblems } from '../src/features/slides/lesson-slides';
import { lessonSchema } from '../src/schemas/lesson';
import { contentIds } from '../src/site/content';
import { advicePage, contentFolders, guide, knownRoutes, lesson } from '../src/site/routes';

const root = fileURLToPath(new URL('..', import.meta.url));
const templates = loadTemplates(root);
const data = loadData(root);
const sample = [0, 1, 2, 3, 4, 5, 99, 999].map((i) => syntheticLesson(templates, i));

describe('synthetic lessons for npm run bench', () => {
	it('pass the lesson schema and the loader checks', () => {
		for (const lesson of sample) {
			const frontmatter = parse(splitFrontmatter(lesson.mdx).frontmatter!);
			const parsed = lessonSchema.safeParse(frontmatter);
			expect(parsed.success, `${lesson.slug}: ${parsed.error?.message}`).toBe(true);
			expect(timingProblems(lesson.body, lesson.data.duration)).toEqual([]);
			expect(frameProblems(lesson.body)).toEqual([]);
			expect(slideTitleProblems(lesson.body)).toEqual([]);
		}
	});

	it('give every copy its own invented characters, as the build requires', () => {
		const files = sample.map((lesson) => ({
			file: `content/lessons/${lesson.slug}.mdx`,
			characters: scenarioCharacters(lesson.body),
		}));
		expect(files.some((f) => f.characters.length > 0)).toBe(true);
		expect(reusedCharacterProblems([...files, ...otherCharacterFiles(root)])).toEqual([]);
		// Their chats follow the new names, so the chat check still finds every sender in the story.
		expect(sample.flatMap((lesson) => chatProblems(lesson.body))).toEqual([]);
	});

	it('are the same every run and differ from one another', () => {
		expect(syntheticLesson(templates, 7).mdx).toBe(syntheticLesson(templates, 7).mdx);
		expect(new Set(sample.map((l) => l.slug)).size).toBe(sample.length);
		expect(sample[0]!.body).not.toBe(sample[5]!.body);
	});

	it('become Starlight docs without the kit components', () => {
		for (const lesson of sample) {
			const doc = toStarlight(lesson, data);
			const used = new Set(mdxElements(doc).map((element) => element.name));
			for (const name of used) expect(['Aside', 'Card', 'LinkCard', 'abbr']).toContain(name);
			expect(used).toContain('Card');
		}
	});

	it('keep every link in the kit working, so the smallest bench build passes the content checks', () => {
		// The bench replaces content/lessons with N synthetic lessons (smallest N: 10): check the links
		// the build checks against the routes the site model gives that content.
		const lessons = Array.from({ length: 10 }, (_, i) => syntheticLesson(templates, i));
		const ids = { ...contentIds(root), lessons: lessons.map((l) => l.slug) };
		const routes = knownRoutes(ids);
		const read = (folder: string, id: string) =>
			readFileSync(join(root, folder, `${id}.mdx`), 'utf8');
		const published: [string, string][] = [
			...lessons.map((l): [string, string] => [lesson(l.slug), l.body]),
			...ids.advice.map((id): [string, string] => [
				advicePage(id),
				read(contentFolders.advice, id),
			]),
			...ids.guides.map((id): [string, string] => [guide(id), read(contentFolders.guides, id)]),
		];
		expect(published.length).toBeGreaterThan(lessons.length);
		for (const [route, body] of published)
			expect(internalLinkProblems(body, routes, route), route).toEqual([]);
	});
});
