// The README is the front door: it must give the two commands that run and test the kit. The tables in
// docs/ are what editors and schools read: keep them in step with the schemas they describe, and keep
// every link between these pages pointing at a file and heading that exist.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lessonSchema } from './schemas/lesson';
import { pageSchema } from './schemas/page';
import { talkSchema } from './schemas/talk';
import { settingNames } from './site/settings';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const readme = read('README.md');

/** The Markdown pages people read: the README, CONTRIBUTING.md and everything in docs/. */
const pages = [
	'README.md',
	'CONTRIBUTING.md',
	...readdirSync(join(root, 'docs'))
		.filter((name) => name.endsWith('.md'))
		.map((name) => `docs/${name}`),
];

/** The names in the first column of a table's rows, written as code (`name`). */
function firstColumn(table: string, pattern: RegExp): string[] {
	return table
		.split('\n')
		.slice(2)
		.filter((row) => row.startsWith('|'))
		.flatMap((row) => [...row.split('|')[1]!.matchAll(pattern)].map((m) => m[1]!));
}

/** The Markdown tables (blocks starting with `start`) in a page, or in one of its `## ` sections. */
function tables(page: string, start: string, section?: string): string[] {
	const text = section ? (page.split(`\n## ${section}\n`)[1]?.split('\n## ')[0] ?? '') : page;
	return text.split('\n\n').filter((block) => block.startsWith(start));
}

/** Text without fenced code blocks, where a "heading" or a "link" is only an example. */
const withoutFences = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '');
/** Text without code, fenced or inline. */
const withoutCode = (text: string) => withoutFences(text).replace(/`[^`\n]*`/g, '');

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
function anchors(text: string): Set<string> {
	const seen = new Map<string, number>();
	const out = new Set<string>();
	for (const [, heading] of withoutFences(text).matchAll(/^#{1,6} (.+)$/gm)) {
		const slug = heading!
			.trim()
			.toLowerCase()
			.replace(/[^\p{L}\p{N} _-]/gu, '')
			.replace(/ /g, '-');
		const count = seen.get(slug) ?? 0;
		seen.set(slug, count + 1);
		out.add(count ? `${slug}-${count}` : slug);
	}
	return out;
}

describe('README', () => {
	it('gives the two commands on its first screen, and they are the ones package.json and CI run', () => {
		const firstScreen = readme.split('\n').slice(0, 30).join('\n');
		expect(firstScreen).toContain('npm ci && npm start');
		expect(firstScreen).toContain('npm test ');
		const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> })
			.scripts;
		expect(scripts.start).toBeTruthy();
		expect(scripts.test).toBeTruthy();
		expect(read('.ci/run')).toMatch(/^npm test$/m);
	});

	it('stays a front door: at most about 150 lines, the rest in docs/', () => {
		expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(150);
	});
});

describe('docs/settings.md', () => {
	it('lists every setting in the schema, in its own table, and no others', () => {
		const [build, tool, ...more] = tables(read('docs/settings.md'), '| Variable');
		expect(more).toEqual([]);
		expect(firstColumn(build!, /`([A-Z_0-9]+)`/g).sort()).toEqual([...settingNames.build].sort());
		expect(firstColumn(tool!, /`([A-Z_0-9]+)`/g).sort()).toEqual([...settingNames.tool].sort());
	});
});

describe('docs/writing-content.md', () => {
	const doc = read('docs/writing-content.md');

	it('documents every lesson frontmatter field in its table, and no others', () => {
		const [table] = tables(doc, '| Field', 'Adding a lesson');
		expect(firstColumn(table!, /^ `([a-zA-Z]+)` $/g).sort()).toEqual(
			Object.keys(lessonSchema.shape).sort()
		);
	});

	it('documents every talk frontmatter field in its table, and no others', () => {
		const [table] = tables(doc, '| Field', 'Adding a talk');
		expect(firstColumn(table!, /^ `([a-zA-Z]+)` $/g).sort()).toEqual(
			Object.keys(talkSchema.shape).sort()
		);
	});

	it('names every advice and guide field', () => {
		for (const field of Object.keys(pageSchema.shape)) expect(doc).toContain(`\`${field}\``);
	});
});

describe('links between the README, CONTRIBUTING.md and docs/', () => {
	it.each(pages)('every relative link in %s reaches a file, and a heading that exists', (page) => {
		const broken: string[] = [];
		for (const [, target] of withoutCode(read(page)).matchAll(/\]\(([^)\s]+)\)/g)) {
			if (/^[a-z]+:/.test(target!)) continue; // https:, mailto:: not ours to check here
			const [path, fragment] = target!.split('#');
			const file = path ? relative(root, join(root, dirname(page), path)) : page;
			if (!existsSync(join(root, file))) {
				broken.push(`${target}: no file ${file}`);
				continue;
			}
			if (fragment === undefined) continue;
			if (statSync(join(root, file)).isDirectory() || !file.endsWith('.md'))
				broken.push(`${target}: ${file} has no headings`);
			else if (!anchors(read(file)).has(fragment))
				broken.push(`${target}: no heading #${fragment}`);
		}
		expect(broken).toEqual([]);
	});
});
