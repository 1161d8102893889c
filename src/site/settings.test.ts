import { describe, expect, it } from 'vitest';
import { readSettings, settingNames } from './settings';

describe('readSettings', () => {
	it('gives the documented defaults when nothing is set', () => {
		const settings = readSettings({});
		expect(settings).toMatchObject({
			siteUrl: 'http://localhost:4321',
			publicSite: undefined,
			basePath: '/',
			skipPdf: false,
			quickExitUrl: 'https://www.bbc.co.uk/weather',
			chromiumPath: undefined,
			outDir: './dist',
			benchTimings: undefined,
			schoolProfile: { path: 'school.yaml', required: false },
			ports: { e2e: 4322, subpath: 4323, audit: 4329, bench: 4352 },
			auditRuns: 1,
		});
		expect(settings.searchCacheTag).toMatch(/^[a-z0-9]+$/);
	});

	it('treats an empty variable as unset', () => {
		expect(readSettings({ SITE_URL: '', BASE_PATH: '', E2E_PORT: '' })).toMatchObject({
			siteUrl: 'http://localhost:4321',
			basePath: '/',
			ports: { e2e: 4322 },
		});
	});

	it('refuses the old SCHOOL_* variables instead of dropping the details they hold', () => {
		expect(() => readSettings({ SCHOOL_NAME: 'Riverside Academy' })).toThrow(
			/SCHOOL_NAME: is no longer read; put the school's details in school\.yaml/
		);
		expect(() => readSettings({ SCHOOL_DSL_NAME: '' })).not.toThrow();
	});

	it('reads every setting', () => {
		const settings = readSettings({
			SITE_URL: 'https://school.example.org',
			BASE_PATH: '/safety-kit',
			SKIP_PDF: 'Yes',
			QUICK_EXIT_URL: 'https://example.org/',
			CHROMIUM_PATH: '/opt/chrome',
			OUT_DIR: 'dist-subpath',
			BENCH_TIMINGS: '/tmp/t.jsonl',
			SEARCH_CACHE_TAG: 'build-7',
			SCHOOL_PROFILE: 'profiles/riverside.yaml',
			E2E_PORT: '4422',
			SUBPATH_PORT: '4423',
			AUDIT_PORT: '4429',
			AUDIT_RUNS: '3',
			BENCH_PORT: '4452',
		});
		expect(settings).toEqual({
			siteUrl: 'https://school.example.org',
			publicSite: 'https://school.example.org',
			basePath: '/safety-kit/',
			skipPdf: true,
			quickExitUrl: 'https://example.org/',
			chromiumPath: '/opt/chrome',
			outDir: 'dist-subpath',
			benchTimings: '/tmp/t.jsonl',
			searchCacheTag: 'build-7',
			schoolProfile: { path: 'profiles/riverside.yaml', required: true },
			ports: { e2e: 4422, subpath: 4423, audit: 4429, bench: 4452 },
			auditRuns: 3,
		});
	});

	it('skips the PDFs for 1, true and yes only', () => {
		for (const value of ['1', 'true', 'YES', ' yes '])
			expect(readSettings({ SKIP_PDF: value }).skipPdf, value).toBe(true);
		for (const value of ['0', 'false', 'no'])
			expect(readSettings({ SKIP_PDF: value }).skipPdf, value).toBe(false);
	});

	it('fails at once on a wrong value, naming the variable, the problem and the value', () => {
		const cases: [Record<string, string>, RegExp][] = [
			[
				{ SITE_URL: 'kit.example.org' },
				/SITE_URL: must be the public address.*"kit\.example\.org"/,
			],
			[{ SITE_URL: 'ftp://kit.example.org' }, /SITE_URL: must be .*http\(s\)/],
			[{ BASE_PATH: 'safety-kit' }, /BASE_PATH: must be a path that starts with "\/"/],
			[{ SKIP_PDF: 'maybe' }, /SKIP_PDF: must be 1, true or yes.*\(got "maybe"\)/],
			[{ QUICK_EXIT_URL: 'weather' }, /QUICK_EXIT_URL: must be a neutral page/],
			[{ SEARCH_CACHE_TAG: 'a b' }, /SEARCH_CACHE_TAG: must be letters, digits/],
			[{ E2E_PORT: 'http' }, /E2E_PORT: must be a port number/],
			[{ AUDIT_PORT: '80' }, /AUDIT_PORT: must be a port from 1024 to 65535/],
			[{ AUDIT_RUNS: '0' }, /AUDIT_RUNS: must be 1 or more/],
		];
		for (const [env, message] of cases) expect(() => readSettings(env)).toThrow(message);
	});

	it('lists every problem at once', () => {
		expect(() => readSettings({ SITE_URL: 'x', BENCH_PORT: 'y' })).toThrow(
			/SITE_URL: .*\n.*BENCH_PORT: /
		);
	});

	it('never gives a local address as the one to print', () => {
		for (const site of ['http://localhost:4321', 'http://127.0.0.1:8080', 'http://192.168.1.5/'])
			expect(readSettings({ SITE_URL: site }), site).toMatchObject({
				siteUrl: site,
				publicSite: undefined,
			});
	});
});

describe('settingNames', () => {
	it('splits build settings from test and tool settings', () => {
		expect(settingNames.build).toContain('SITE_URL');
		expect(settingNames.tool).toContain('AUDIT_RUNS');
		expect(settingNames.build.filter((name) => settingNames.tool.includes(name))).toEqual([]);
	});
});
