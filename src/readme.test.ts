// README's tables are what editors and schools read: keep them in step with the schemas they describe.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonSchema } from './schemas/lesson';
import { pageSchema } from './schemas/page';
import { talkSchema } from './schemas/talk';
import { settingNames } from './site/settings';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
	it('documents every lesson frontmatter field in its table, and no others', () => {
		const table = readme
			.split('## Adding a lesson')[1]!
			.split('\n\n')
			.find((block) => block.startsWith('| Field'))!;
		const documented = [...table.matchAll(/^\| `([a-zA-Z]+)` \|/gm)].map((m) => m[1]);
		expect(documented.sort()).toEqual(Object.keys(lessonSchema.shape).sort());
	});

	it('documents every talk frontmatter field in its table, and no others', () => {
		const table = readme
			.split('## Adding a talk')[1]!
			.split('\n\n')
			.find((block) => block.startsWith('| Field'))!;
		const documented = [...table.matchAll(/^\| `([a-zA-Z]+)` \|/gm)].map((m) => m[1]);
		expect(documented.sort()).toEqual(Object.keys(talkSchema.shape).sort());
	});

	it('names every advice and guide field', () => {
		for (const field of Object.keys(pageSchema.shape)) expect(readme).toContain(`\`${field}\``);
	});

	it('lists every setting in the schema, in its own table, and no others', () => {
		const section = readme.split('\n## Settings\n')[1]!.split('\n## ')[0]!;
		const tables = section.split('\n\n').filter((block) => block.startsWith('| Variable'));
		expect(tables).toHaveLength(2);
		const names = (table: string) =>
			table
				.split('\n')
				.slice(2)
				.filter((row) => row.startsWith('|'))
				.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([A-Z_0-9]+)`/g)].map((m) => m[1]));
		expect(names(tables[0]!).sort()).toEqual([...settingNames.build].sort());
		expect(names(tables[1]!).sort()).toEqual([...settingNames.tool].sort());
	});

	it('gives the two commands on its first screen', () => {
		const firstScreen = readme.split('\n').slice(0, 30).join('\n');
		expect(firstScreen).toContain('npm ci && npm start');
		expect(firstScreen).toContain('npm test');
	});
});
