// The whole test run, in the order a reviewer would do it by hand: type check, lint and format
// check, unit tests, one production build, then the end-to-end suite against that build served once
// over HTTP, then a sub-path build (BASE_PATH=/safety-kit/ into dist-subpath/) and its smoke suite.
// Prints a last line "N passed, N failed" (unit + end-to-end results), writes the same counts and
// every step's result to test-results/summary.json (what CI adds up), and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readSettings } from '../src/site/settings.ts';
import { subpathEdition } from '../e2e/subpath/edition.ts';

const bin = (name) => `node_modules/.bin/${name}`;
const results = { passed: 0, failed: 0 };
const failedSteps = [];
const steps = [];

function step(name, command, args, env = {}) {
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const started = Date.now();
	const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	const ok = run.status === 0;
	const seconds = Number(((Date.now() - started) / 1000).toFixed(1));
	console.log(`${ok ? '✔' : '✘'} ${name} (${seconds} s)`);
	steps.push({ name, ok, seconds });
	if (!ok) failedSteps.push(name);
	return ok;
}

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

if (!only) {
	if (!step('type check', bin('astro'), ['check'], env)) results.failed += 1;
	// After the type check, whose content sync writes the types the linter reads.
	if (!step('lint', bin('eslint'), ['--max-warnings=0', '.'], env)) results.failed += 1;
	if (!step('format', bin('prettier'), ['--check', '.'], env)) results.failed += 1;
}

if (!only || only === 'unit') {
	step(
		'unit tests',
		bin('vitest'),
		['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
		env
	);
	const unit = readReport('test-results/unit.json');
	if (unit) {
		results.passed += unit.numPassedTests;
		results.failed += unit.numFailedTests;
	} else if (failedSteps.includes('unit tests')) {
		results.failed += 1;
	}
}

if (!only || only === 'e2e') {
	const built = step('production build', bin('astro'), ['build'], env);
	if (!built) results.failed += 1;
	if (built && existsSync('dist')) {
		step('end-to-end tests', bin('playwright'), ['test'], env);
		const e2e = readReport('test-results/e2e.json');
		if (e2e) {
			results.passed += e2e.stats.expected;
			results.failed += e2e.stats.unexpected + e2e.stats.flaky;
		} else if (failedSteps.includes('end-to-end tests')) {
			results.failed += 1;
		}
	}
}

// The same kit built for a sub-path (as on a school intranet) into its own folder, so dist/ stays the
// root build, then a small smoke suite against it on its own port (playwright.subpath.config.ts).
// This build is also a school's own edition: a public SITE_URL and a school profile, so the QR codes
// and the profile are tested here, while dist/ tests the kit with neither.
if (!only || only === 'e2e' || only === 'subpath') {
	const subEnv = { ...env, ...subpathEdition };
	const built = step('sub-path build (BASE_PATH=/safety-kit/)', bin('astro'), ['build'], subEnv);
	if (!built) results.failed += 1;
	if (built && existsSync('dist-subpath')) {
		step(
			'sub-path smoke tests',
			bin('playwright'),
			['test', '-c', 'playwright.subpath.config.ts'],
			subEnv
		);
		const smoke = readReport('test-results/subpath.json');
		if (smoke) {
			results.passed += smoke.stats.expected;
			results.failed += smoke.stats.unexpected + smoke.stats.flaky;
		} else if (failedSteps.includes('sub-path smoke tests')) {
			results.failed += 1;
		}
	}
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
