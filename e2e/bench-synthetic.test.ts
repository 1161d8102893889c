// The benchmark's synthetic lessons (bench/lib/synthetic.mjs) must be lessons the kit accepts:
// valid frontmatter, activity minutes adding up, unique slide titles. Their Starlight versions must
// keep none of the kit's own components.
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadData, loadTemplates, syntheticLesson, toStarlight } from '../bench/lib/synthetic.mjs';
import { frameProblems, timingProblems } from '../src/lib/activities';
import {
	otherCharacterFiles,
	reusedCharacterProblems,
	scenarioCharacters,
} from '../src/lib/characters';
import { internalLinkProblems, knownRoutes } from '../src/lib/content-checks';
import { slideTitleProblems } from '../src/lib/slides';
import { lessonSchema } from '../src/schemas/lesson';

const root = fileURLToPath(new URL('..', import.meta.url));
const templates = loadTemplates(root);
const data = loadData(root);
const sample = [0, 1, 2, 3, 4, 5, 99, 999].map((i) => syntheticLesson(templates, i));

describe('synthetic lessons for npm run bench', () => {
	it('pass the lesson schema and the loader checks', () => {
		for (const lesson of sample) {
			const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(lesson.mdx)![1]!);
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
	});

	it('are the same every run and differ from one another', () => {
		expect(syntheticLesson(templates, 7).mdx).toBe(syntheticLesson(templates, 7).mdx);
		expect(new Set(sample.map((l) => l.slug)).size).toBe(sample.length);
		expect(sample[0]!.body).not.toBe(sample[5]!.body);
	});

	it('become Starlight docs without the kit components', () => {
		for (const lesson of sample) {
			const doc = toStarlight(lesson, data);
			expect(doc).not.toMatch(
				/<\/?(Activity|Slide|Notes|Scenario|Questions|TeacherNote|SafeguardingNote|Worksheet|HelpRoutes|Steps|Term)\b/
			);
			expect(doc).toContain('<Card title=');
		}
	});

	it('keep every link in the kit working, so the smallest bench build passes the content checks', () => {
		// The bench replaces content/lessons with N synthetic lessons (smallest N: 10). Lay out the same
		// folders, let the build's own route list read them, and check the links the build checks.
		const copy = mkdtempSync(join(tmpdir(), 'kit-bench-links-'));
		try {
			mkdirSync(join(copy, 'src'));
			symlinkSync(join(root, 'src/pages'), join(copy, 'src/pages'));
			mkdirSync(join(copy, 'content/lessons'), { recursive: true });
			for (const folder of readdirSync(join(root, 'content'))) {
				if (folder !== 'lessons')
					symlinkSync(join(root, 'content', folder), join(copy, 'content', folder));
			}
			const lessons = Array.from({ length: 10 }, (_, i) => syntheticLesson(templates, i));
			for (const lesson of lessons)
				writeFileSync(join(copy, 'content/lessons', `${lesson.slug}.mdx`), lesson.mdx);
			const routes = knownRoutes(copy);
			const published: [string, string][] = [
				...lessons.map((l): [string, string] => [`/lessons/${l.slug}/`, l.body]),
				...(['advice', 'guides'] as const).flatMap((folder) =>
					readdirSync(join(root, 'content', folder))
						.filter((f) => f.endsWith('.mdx'))
						.map((f): [string, string] => {
							const id = f.replace(/\.mdx$/, '');
							return [
								folder === 'advice' ? `/advice/${id}/` : `/${id}/`,
								readFileSync(join(root, 'content', folder, f), 'utf8'),
							];
						})
				),
			];
			expect(published.length).toBeGreaterThan(lessons.length);
			for (const [route, body] of published)
				expect(internalLinkProblems(body, routes, route), route).toEqual([]);
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});
});
