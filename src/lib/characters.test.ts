import { describe, expect, it } from 'vitest';
import { reusedCharacterProblems, scenarioCharacters, similarNames } from './characters';

describe('scenarioCharacters', () => {
	it('reads the character and the other invented names of every scenario', () => {
		const body =
			'Text\n\n<Scenario title="Leo\'s evening" character="Leo" others={[\'Sofia\']}>\nStory\n</Scenario>\n\n<Scenario title="Priya" character="Priya">\nx\n</Scenario>';
		expect(scenarioCharacters(body)).toEqual([
			{ name: 'Leo', line: 3 },
			{ name: 'Sofia', line: 3 },
			{ name: 'Priya', line: 7 },
		]);
	});

	it('refuses others that are not a list of names', () => {
		expect(() =>
			scenarioCharacters('<Scenario title="x" character="Leo" others="Sofia">\ny\n</Scenario>')
		).toThrow(/<Scenario others> must be a list of names/);
	});
});

describe('reusedCharacterProblems', () => {
	it('allows a name used many times in one file', () => {
		expect(
			reusedCharacterProblems([
				{
					file: 'a.mdx',
					characters: [
						{ name: 'Leo', line: 3 },
						{ name: 'Leo', line: 9 },
					],
				},
				{ file: 'b.mdx', characters: [{ name: 'Priya', line: 4 }] },
			])
		).toEqual([]);
	});

	it('names both files when a character appears in two, whatever the case', () => {
		expect(
			reusedCharacterProblems([
				{ file: 'content/lessons/a.mdx', characters: [{ name: 'Leo', line: 3 }] },
				{ file: 'content/practice/story.yaml', characters: [{ name: 'leo', line: 9 }] },
			])
		).toEqual([
			'content/lessons/a.mdx: line 3: the invented character "Leo" is also used in content/practice/story.yaml (line 9); give each lesson and activity its own names',
			'content/practice/story.yaml: line 9: the invented character "leo" is also used in content/lessons/a.mdx (line 3); give each lesson and activity its own names',
		]);
	});
});

describe('near-identical names across the kit', () => {
	it('takes a name that starts another, or differs by a letter or two, for the same character', () => {
		for (const [a, b] of [
			['Jay', 'Jayden'],
			['Amir', 'Amira'],
			['Ella', 'Ellie'],
			['Lena', 'Lina'],
		])
			expect(similarNames(a!, b!), `${a} / ${b}`).toBe(true);
		for (const [a, b] of [
			['Leo', 'Lee'],
			['Marcus', 'Maria'],
			['Noah', 'Nadia'],
			['Kai', 'Kate'],
			// The benchmark's numbered copies are not names a pupil reads.
			['Noah', 'Noah 0100'],
		])
			expect(similarNames(a!, b!), `${a} / ${b}`).toBe(false);
	});

	it('names both files and both names when two files use near-identical names', () => {
		expect(
			reusedCharacterProblems([
				{ file: 'content/lessons/a.mdx', characters: [{ name: 'Jayden', line: 3 }] },
				{ file: 'content/practice/story.yaml', characters: [{ name: 'Jay', line: 9 }] },
			])
		).toEqual([
			'content/lessons/a.mdx: line 3: the invented character "Jayden" is too like "Jay" in content/practice/story.yaml (line 9); give each lesson and activity its own, clearly different names',
			'content/practice/story.yaml: line 9: the invented character "Jay" is too like "Jayden" in content/lessons/a.mdx (line 3); give each lesson and activity its own, clearly different names',
		]);
	});
});
