/**
 * Broken content must stop the build with a message that names the file, the field and the problem.
 * Each fixture in e2e/fixtures/content/ is checked against the functions the content step runs: the
 * lesson schema, the lessons loader's own checks and the checks every MDX collection gets. One goes the
 * whole way, through `astro sync` in a throwaway copy of the project, for the message as people see
 * it and to prove the loader is the one the collection uses. (A schema problem is worded by Astro,
 * which names the file and the field; a second whole run for it would double the unit step's time.)
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { otherCharacterFiles, scenarioCharacters, type CharacterFile } from '../src/lib/characters';
import { knownPhones, mdxComponentNames } from '../src/lib/content-checks';
import { splitFrontmatter } from '../src/lib/mdx';
import { entryProblems, type CheckedEntry } from '../src/loaders/checked';
import { lessonProblems } from '../src/loaders/lessons';
import { talkProblems } from '../src/loaders/talks';
import { lessonSchema } from '../src/schemas/lesson';
import { talkSchema } from '../src/schemas/talk';
import { knownRoutesIn } from '../src/site/content';
import { lesson } from '../src/site/routes';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A fixture as the lessons loader stores it: its path in content/lessons/, frontmatter and body. */
function fixture(name: string): CheckedEntry {
	const { frontmatter, body } = splitFrontmatter(
		readFileSync(`${root}e2e/fixtures/content/${name}`, 'utf8')
	);
	return {
		id: name.replace(/\.mdx$/, ''),
		filePath: `content/lessons/${name}`,
		body,
		data: parse(frontmatter ?? '') as Record<string, unknown>,
	};
}

/** The invented characters of the kit's real lessons, as the lessons loader sees them. */
function realLessonCharacters(): CharacterFile[] {
	return readdirSync(`${root}content/lessons`)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => ({
			file: `content/lessons/${name}`,
			characters: scenarioCharacters(readFileSync(`${root}content/lessons/${name}`, 'utf8')),
		}));
}

/** The schema's complaints about a fixture's frontmatter: the field's path and the problem. */
function schemaIssues(name: string) {
	const result = lessonSchema.safeParse(fixture(name).data);
	return (result.error?.issues ?? []).map((issue) => ({ ...issue, path: issue.path.join('.') }));
}

/** What the checks every MDX collection gets say about a fixture, published as a lesson. */
const contentErrors = (name: string) =>
	entryProblems([fixture(name)], {
		components: mdxComponentNames,
		routes: knownRoutesIn(root),
		phones: knownPhones(root),
		routeFor: lesson,
	});

describe('broken lesson frontmatter is named by field', () => {
	it('a lesson without objectives names the missing field', () => {
		expect(schemaIssues('missing-objectives.mdx')).toEqual([
			expect.objectContaining({ path: 'objectives', code: 'invalid_type' }),
		]);
	});

	it('a duration written in words names the field and the expected type', () => {
		expect(schemaIssues('wrong-type.mdx')).toEqual([
			expect.objectContaining({ path: 'duration', code: 'invalid_type', expected: 'number' }),
		]);
	});

	it('an unknown key stage names the field and the allowed values', () => {
		expect(schemaIssues('unknown-key-stage.mdx')).toEqual([
			expect.objectContaining({ path: 'keyStages.1', values: ['KS3', 'KS4', 'post-16'] }),
		]);
	});
});

describe('broken lesson bodies are named by file and line', () => {
	it('core activity minutes over 90% of the slot name the lesson, the line, the sum and the slot', () => {
		const [problem, ...rest] = lessonProblems([fixture('bad-timings.mdx')], []);
		expect(rest).toEqual([]);
		expect(problem).toMatch(
			/^content\/lessons\/bad-timings\.mdx: line \d+: core activity minutes add up to 50 /
		);
		expect(problem).toContain('more than 90% of the 55-minute slot (at most 49)');
	});

	it('a line pupils see that links sextortion to self-harm names the file and the line', () => {
		const body =
			'<Activity title="Talk" minutes={5}>\n\n<Slide title="Friends">\n\nSextortion has been linked to young people harming themselves.\n\n</Slide>\n\n<TeacherNote title="For you">\n\nSextortion has been linked to suicides, sometimes within hours.\n\n</TeacherNote>\n\n</Activity>';
		const problems = lessonProblems(
			[{ id: 'x', filePath: 'content/lessons/x.mdx', body, data: { duration: 10 } }],
			[]
		).filter((p) => p.includes('safe messaging'));
		// The teacher note may say it: only the slide is named.
		expect(problems).toEqual([
			expect.stringMatching(
				/^content\/lessons\/x\.mdx: line 5: "Sextortion has been linked to young people harming themselves\.": pupils must not/
			),
		]);
	});

	it('a lesson without the safeguarding frame names the file and each missing part', () => {
		const problems = lessonProblems([fixture('missing-frame.mdx')], []);
		expect(problems).toContainEqual(
			expect.stringContaining(
				'content/lessons/missing-frame.mdx: add an <Activity kind="question-box">'
			)
		);
		expect(problems).toContainEqual(
			expect.stringContaining(
				'content/lessons/missing-frame.mdx: add a calm closing activity (<Activity kind="closing">)'
			)
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/content\/lessons\/missing-frame\.mdx: the signposting activity \(line \d+\) needs a <Slide> with <HelpRoutes .*'police-101' \(101\)/
			)
		);
	});

	it('an invented character used in another lesson names both files', () => {
		const others = [...realLessonCharacters(), ...otherCharacterFiles(root)];
		// Both lessons are named: either may be the one an author should change.
		expect(lessonProblems([fixture('reused-character.mdx')], others)).toEqual([
			expect.stringMatching(
				/^content\/lessons\/reused-character\.mdx: line \d+: the invented character "Leo" is also used in content\/lessons\/too-good-to-be-true\.mdx/
			),
			expect.stringMatching(
				/^content\/lessons\/too-good-to-be-true\.mdx: line \d+: the invented character "Leo" is also used in content\/lessons\/reused-character\.mdx/
			),
		]);
	});

	it('steps written by hand with block before saving the evidence name the file and the list', () => {
		expect(contentErrors('steps-out-of-order.mdx')).toContainEqual(
			expect.stringMatching(
				/^content\/lessons\/steps-out-of-order\.mdx: line \d+: this list says block \(item 2\) before saving the evidence \(item 3\)/
			)
		);
	});
	it('a malformed message thread names the file, the line and each wrong message', () => {
		expect(contentErrors('broken-chat.mdx')).toEqual([
			expect.stringMatching(
				/^content\/lessons\/broken-chat\.mdx: line \d+: <Chat> message 3 text: the message has no words$/
			),
			expect.stringMatching(
				/^content\/lessons\/broken-chat\.mdx: line \d+: <Chat> message 2 is from "Brandon", who is not a character of its <Scenario> \(Omar, Tia\)/
			),
		]);
	});

	it('an image without alt text names the file, the line and the image', () => {
		expect(contentErrors('missing-alt.mdx')).toEqual([
			expect.stringMatching(
				/^content\/lessons\/missing-alt\.mdx: line \d+: image \/images\/fake-profile\.png has no alt text/
			),
		]);
	});

	it('an unknown MDX component names the file, the component and the ones that exist', () => {
		expect(contentErrors('unknown-component.mdx')).toEqual([
			expect.stringMatching(
				/^content\/lessons\/unknown-component\.mdx: line \d+: unknown component <Quiz> \(available: Activity, /
			),
		]);
	});

	it('a link to a page the kit does not have names the file, the link and the missing page', () => {
		expect(contentErrors('broken-link.mdx')).toEqual([
			expect.stringMatching(
				/^content\/lessons\/broken-link\.mdx: line \d+: link to \.\.\/\.\.\/get-help\/ goes to \/get-help\/, but the kit has no such page$/
			),
		]);
	});

	it('a phone number that is not in the services data names the file and the number', () => {
		expect(contentErrors('unknown-phone.mdx')).toEqual([
			expect.stringMatching(
				/^content\/lessons\/unknown-phone\.mdx: line \d+: phone number 0808 157 0123 is not in content\/data\/services\.yaml/
			),
		]);
	});

	it('the real lessons pass the same checks', () => {
		// The control case: without it, checks that flag everything would pass every test above.
		const lessonsDir = `${root}content/lessons/`;
		const real = knownRoutesIn(root);
		expect(real.size).toBeGreaterThan(20);
		const ids = readdirSync(lessonsDir).map((name) => name.replace(/\.mdx$/, ''));
		expect(ids.length).toBeGreaterThan(3);
		const entries = ids.map((id): CheckedEntry => {
			const { frontmatter, body } = splitFrontmatter(
				readFileSync(`${lessonsDir}${id}.mdx`, 'utf8')
			);
			return { id, filePath: `content/lessons/${id}.mdx`, body, data: parse(frontmatter!) };
		});
		for (const entry of entries) expect(lessonSchema.safeParse(entry.data).success).toBe(true);
		expect(lessonProblems(entries)).toEqual([]);
		expect(
			entryProblems(entries, {
				components: mdxComponentNames,
				routes: real,
				phones: knownPhones(root),
				routeFor: lesson,
			})
		).toEqual([]);
	});
});

const run = promisify(execFile);
const astro = `${root}node_modules/astro/bin/astro.mjs`;

/**
 * Runs `astro sync` in a fresh copy of the project (inside it, so Node finds node_modules by walking
 * up) with one fixture lesson added; returns the exit code and the log without terminal colours.
 */
async function syncWith(name: string): Promise<{ code: number; output: string }> {
	const dir = `${root}test-results/content-fixtures/${name}/`;
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const part of ['src', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
		cpSync(`${root}${part}`, `${dir}${part}`, { recursive: true });
	cpSync(`${root}e2e/fixtures/content/${name}`, `${dir}content/lessons/${name}`);
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
	const result = await run(process.execPath, [astro, 'sync'], { cwd: dir, env }).then(
		({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
		(error: { code?: number; stdout?: string; stderr?: string }) => ({
			code: error.code ?? 1,
			stdout: error.stdout ?? '',
			stderr: error.stderr ?? '',
		})
	);
	rmSync(dir, { recursive: true, force: true });
	// eslint-disable-next-line no-control-regex -- strip terminal colours from the captured log
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { code: result.code, output };
}

// A whole Astro process: on a machine busy with other builds it can take a while.
describe(
	'the content step (astro sync) stops with the message people see',
	{ timeout: 180_000 },
	() => {
		it('for a loader check: the file, the line and the problem', async () => {
			const { code, output } = await syncWith('broken-link.mdx');
			expect(code, output).not.toBe(0);
			expect(output).toMatch(
				/content\/lessons\/broken-link\.mdx: line \d+: link to \.\.\/\.\.\/get-help\/ goes to \/get-help\/, but the kit has no such page/
			);
		});
	}
);

describe('broken talks are named by file, field and line', () => {
	const talk = (body: string, duration = 10): CheckedEntry => ({
		id: 'briefing',
		filePath: 'content/talks/briefing.mdx',
		body,
		data: { duration },
	});

	it('the talk schema names a missing presenter note and an audience it does not know', () => {
		const result = talkSchema.safeParse({
			...(parse(
				splitFrontmatter(readFileSync(`${root}content/talks/staff-briefing.mdx`, 'utf8'))
					.frontmatter ?? ''
			) as Record<string, unknown>),
			audience: 'pupils',
			presenterNotes: undefined,
		});
		const paths = (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
		expect(paths.sort()).toEqual(['audience', 'presenterNotes']);
	});

	it('a talk with no time for questions, no help at the end and a story names each problem', () => {
		const problems = talkProblems([
			talk(
				'<Activity title="Intro" minutes={5}>\n\n<Scenario title="Sam" character="Sam">\n\nText\n\n</Scenario>\n\n</Activity>'
			),
		]);
		expect(problems).toEqual([
			'content/talks/briefing.mdx: add an <Activity kind="questions" minutes={4}> (at least 4 minutes of the 10-minute slot): a talk leaves real time for questions',
			'content/talks/briefing.mdx: end the talk with an <Activity kind="signposting">: where to get help',
			'content/talks/briefing.mdx: line 3: a talk tells no stories with invented characters (<Scenario>): those belong to the lessons',
		]);
	});

	it('the kit’s own talks pass', () => {
		const real = readdirSync(`${root}content/talks`).map((name) => {
			const { frontmatter, body } = splitFrontmatter(
				readFileSync(`${root}content/talks/${name}`, 'utf8')
			);
			const data = parse(frontmatter ?? '') as Record<string, unknown>;
			expect(talkSchema.safeParse(data).success, name).toBe(true);
			return { id: name, filePath: `content/talks/${name}`, body, data };
		});
		expect(real.length).toBeGreaterThanOrEqual(2);
		expect(talkProblems(real)).toEqual([]);
	});
});
