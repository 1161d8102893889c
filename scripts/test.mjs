// The whole test run, in the order a reviewer would do it by hand: type check, lint and format
// check, unit tests, one production build, then the checks of the build that need no browser
// (Vitest, vitest.built.config.ts) and the end-to-end suite against that build served once over
// HTTP, then a sub-path build (BASE_PATH=/safety-kit/ into dist-subpath/) and its smoke suite.
// Steps that only read what an earlier step wrote run side by side (their output is printed as each
// finishes): the type check, format check, lint and unit tests after one content sync (which writes
// the types the type check and the linter read); the build checks, the end-to-end suite and the
// sub-path build after the build (the sub-path build writes only dist-subpath/ and .astro/, which
// nothing running then reads), and the sub-path smoke suite as soon as its build is done.
// Prints a last line "N passed, N failed" (unit + build checks + end-to-end results), writes the same
// counts and every step's result to test-results/summary.json (what CI adds up), and exits non-zero
// on any failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readSettings } from '../src/site/settings.ts';
import { subpathEdition } from '../e2e/subpath/edition.ts';

const bin = (name) => `node_modules/.bin/${name}`;
const results = { passed: 0, failed: 0 };
const failedSteps = [];
const steps = [];

/**
 * Runs one step and resolves to whether it passed. With `quiet`, its output is kept and printed in
 * one piece when it ends, so steps running side by side never interleave their lines.
 */
function step(name, command, args, env = {}, { quiet = false } = {}) {
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}${quiet ? ' (output when it ends)' : ''}`);
	const started = Date.now();
	return new Promise((done) => {
		const run = spawn(command, args, {
			stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
			env: { ...process.env, ...env },
		});
		let output = '';
		run.stdout?.on('data', (d) => (output += d));
		run.stderr?.on('data', (d) => (output += d));
		const finish = (status, error) => {
			const ok = status === 0;
			const seconds = Number(((Date.now() - started) / 1000).toFixed(1));
			if (quiet) console.log(`\n── ${name} ──\n${output.trimEnd()}`);
			if (error) console.log(error.message);
			console.log(`${ok ? '✔' : '✘'} ${name} (${seconds} s)`);
			steps.push({ name, ok, seconds });
			if (!ok) failedSteps.push(name);
			done(ok);
		};
		run.on('error', (error) => finish(1, error));
		run.on('close', (status) => finish(status));
	});
}

/** Runs steps side by side (each `[name, command, args, env]`), their output kept apart. */
const together = (...list) =>
	Promise.all(
		list.map(([name, command, args, env]) => step(name, command, args, env, { quiet: true }))
	);

/** Reads a JSON report if the runner wrote one. */
function readReport(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

// A wrong setting stops everything here, naming it, before any step starts.
readSettings();

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const only = process.argv[2]; // optional: "unit", "e2e" or "subpath"
const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const started = Date.now();

/** Adds a Vitest JSON report's counts; a step that wrote none but failed counts once. */
function countVitest(name, path) {
	const report = readReport(path);
	if (report) {
		results.passed += report.numPassedTests;
		results.failed += report.numFailedTests;
	} else if (failedSteps.includes(name)) results.failed += 1;
}

/** Adds a Playwright JSON report's counts (a flaky test counts as failed: there are no retries). */
function countPlaywright(name, path) {
	const report = readReport(path);
	if (report) {
		results.passed += report.stats.expected;
		results.failed += report.stats.unexpected + report.stats.flaky;
	} else if (failedSteps.includes(name)) results.failed += 1;
}

const vitestJson = (file) => ['--reporter=default', '--reporter=json', `--outputFile=${file}`];
const unitStep = [
	'unit tests',
	bin('vitest'),
	['run', ...vitestJson('test-results/unit.json')],
	env,
];

if (!only) {
	// The content sync writes the types (.astro/) that the type check and the linter read; then the
	// four read-only steps share both cores, the type check and the linter each mostly keeping one busy.
	const synced = await step('content sync', bin('astro'), ['sync'], env);
	if (!synced) results.failed += 1;
	const [checked, formatted, linted] = await together(
		['type check', bin('astro'), ['check', '--noSync'], env],
		['format', bin('prettier'), ['--check', '.'], env],
		['lint', bin('eslint'), ['--max-warnings=0', '.'], env],
		unitStep
	);
	if (!checked) results.failed += 1;
	if (!formatted) results.failed += 1;
	if (!linted) results.failed += 1;
	countVitest('unit tests', 'test-results/unit.json');
} else if (only === 'unit') {
	await step(...unitStep);
	countVitest('unit tests', 'test-results/unit.json');
}

// The same kit built for a sub-path (as on a school intranet) into its own folder, so dist/ stays the
// root build, then a small smoke suite against it on its own port (playwright.subpath.config.ts).
// This build is also a school's own edition: a public SITE_URL and a school profile, so the QR codes
// and the profile are tested here, while dist/ tests the kit with neither.
const subEnv = { ...env, ...subpathEdition };
const subpathBuild = ['sub-path build (BASE_PATH=/safety-kit/)', bin('astro'), ['build'], subEnv];

async function subpathSmoke(quiet = false) {
	if (!existsSync('dist-subpath')) return;
	await step(
		'sub-path smoke tests',
		bin('playwright'),
		['test', '-c', 'playwright.subpath.config.ts'],
		subEnv,
		{ quiet }
	);
	countPlaywright('sub-path smoke tests', 'test-results/subpath.json');
}

/** The sub-path build, then (if it built) its smoke suite; counts a failed build once. */
async function subpathBuildAndSmoke(quiet = false) {
	const [name, command, args, stepEnv] = subpathBuild;
	const built = await step(name, command, args, stepEnv, { quiet });
	if (!built) results.failed += 1;
	else await subpathSmoke(quiet);
}

if (!only || only === 'e2e') {
	const built = await step('production build', bin('astro'), ['build'], env);
	if (!built) results.failed += 1;
	if (built && existsSync('dist')) {
		await Promise.all([
			together(
				[
					'checks of the build',
					bin('vitest'),
					['run', '-c', 'vitest.built.config.ts', ...vitestJson('test-results/built.json')],
					env,
				],
				['end-to-end tests', bin('playwright'), ['test'], env]
			),
			// Its smoke suite starts as soon as it is built, beside the end-to-end tests (its own
			// folder, port and report), rather than after them.
			subpathBuildAndSmoke(true),
		]);
		countVitest('checks of the build', 'test-results/built.json');
		countPlaywright('end-to-end tests', 'test-results/e2e.json');
	}
} else if (only === 'subpath') {
	await subpathBuildAndSmoke();
}

// A step that failed without failing a counted test (a crash, a lint error) still counts once.
const ok = failedSteps.length === 0 && results.failed === 0;
if (!ok && results.failed === 0) results.failed = 1;
writeFileSync(
	'test-results/summary.json',
	`${JSON.stringify(
		{
			command: `npm test${only ? ` (${only})` : ''}`,
			...results,
			ok,
			seconds: Math.round((Date.now() - started) / 1000),
			steps,
		},
		null,
		'\t'
	)}\n`
);
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(ok ? 0 : 1);
