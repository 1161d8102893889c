// README's frontmatter table is what editors read: keep it in step with the one schema.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonSchema } from './schemas/lesson';
import { pageSchema } from './schemas/page';

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

	it('names every advice and guide field', () => {
		for (const field of Object.keys(pageSchema.shape)) expect(readme).toContain(`\`${field}\``);
	});

	it('gives the two commands on its first screen', () => {
		const firstScreen = readme.split('\n').slice(0, 30).join('\n');
		expect(firstScreen).toContain('npm ci && npm start');
		expect(firstScreen).toContain('npm test');
	});
});
