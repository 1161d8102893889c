import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translationTable } from '../../tools/translations';
import { fingerprint, translatedFiles, translationState, translationStates } from './translations';

describe('translation state', () => {
	const root = mkdtempSync(join(tmpdir(), 'kit-translations-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const write = (file: string, text: string) => {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), text);
	};
	const english = '---\ntitle: Friend requests\n---\nBe wary.\n';
	const welsh = (block: string) => `---\ntitle: Ceisiadau ffrind\n${block}---\nBydd yn ofalus.\n`;
	write('content/advice/friend-requests.mdx', english);

	it('is up to date while the English file is the one it was made from, and out of date once it changes', () => {
		const file = 'content/cy/advice/friend-requests.mdx';
		write(
			file,
			welsh(`translation:\n  status: machine-assisted\n  sourceHash: ${fingerprint(english)}\n`)
		);
		expect(translationState(file, root)).toMatchObject({
			source: 'content/advice/friend-requests.mdx',
			locale: 'cy',
			status: 'machine-assisted',
			upToDate: true,
		});
		write('content/advice/friend-requests.mdx', `${english}Tell someone.\n`);
		const stale = translationState(file, root);
		expect(stale.upToDate).toBe(false);
		expect(translationTable([stale])).toMatch(
			/content\/cy\/advice\/friend-requests\.mdx\s+machine-assisted, not reviewed\s+OUT OF DATE/
		);
		write('content/advice/friend-requests.mdx', english);
	});

	it('refuses a reviewed translation without its reviewer, naming the file and field', () => {
		const file = 'content/cy/advice/reviewed.mdx';
		write('content/advice/reviewed.mdx', english);
		write(file, welsh(`translation:\n  status: reviewed\n  sourceHash: ${fingerprint(english)}\n`));
		expect(() => translationState(file, root)).toThrow(
			`${file}: translation.reviewedBy: is required when status is reviewed`
		);
	});

	it('refuses a translation of a file that does not exist', () => {
		write(
			'content/cy/advice/gone.mdx',
			welsh('translation:\n  status: machine-assisted\n  sourceHash: 000000000000\n')
		);
		expect(() => translationState('content/cy/advice/gone.mdx', root)).toThrow(
			/translates content\/advice\/gone\.mdx, which does not exist/
		);
	});

	it('finds every Welsh content file and data file', () => {
		write(
			'content/cy/data/glossary.yaml',
			'translation: { status: machine-assisted, sourceHash: 000000000000 }\nentries: []\n'
		);
		expect(translatedFiles(root)).toEqual([
			'content/cy/advice/friend-requests.mdx',
			'content/cy/advice/gone.mdx',
			'content/cy/advice/reviewed.mdx',
			'content/cy/data/glossary.yaml',
		]);
	});
});

describe("the kit's own translations", () => {
	it('all have a well-formed translation block and an English source', () => {
		expect(() => translationStates()).not.toThrow();
	});
});
