/**
 * Every setting the kit reads from the environment, validated by one Zod schema (as Starlight's
 * `utils/user-config.ts` validates its options), read here and nowhere else. A wrong value stops the
 * build, the tests, the audit or the bench at once, naming the variable and what is wrong with it.
 * The tables in docs/settings.md list the same variables (src/readme.test.ts keeps them in step).
 *
 * Build settings shape the kit that is built. Test and tool settings only say where the test, audit
 * and bench servers listen and how often the audit retries; they never change what is built.
 */
import { z } from 'astro/zod';
import { isLocalAddress, normaliseBase } from './paths.ts';

/** An unset variable and an empty one mean the same: use the default. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const httpUrl = (what: string) =>
	z.string().refine(
		(value) => {
			try {
				return ['http:', 'https:'].includes(new URL(value).protocol);
			} catch {
				return false;
			}
		},
		{ message: `must be ${what}: an http(s) address such as https://kit.example.org` }
	);

const port = (fallback: number) =>
	z.preprocess(
		unsetIfEmpty,
		z.coerce
			.number({ message: 'must be a port number' })
			.int('must be a whole number')
			.min(1024, 'must be a port from 1024 to 65535')
			.max(65535, 'must be a port from 1024 to 65535')
			.default(fallback)
	);

/** Settings that shape the built kit. */
export const buildSettingsSchema = z.object({
	/**
	 * The public address; used for printed links, the QR codes and canonical links. Unset (or a
	 * local address), printed materials carry the phone routes instead of a QR code and address.
	 */
	SITE_URL: z.preprocess(unsetIfEmpty, httpUrl('the public address of the kit').optional()),
	/** A sub-path such as `/safety-kit/` for intranets; default `/`. */
	BASE_PATH: z.preprocess(
		unsetIfEmpty,
		z
			.string()
			.regex(
				/^\/[A-Za-z0-9._~/-]*$/,
				'must be a path that starts with "/", such as /safety-kit/ (letters, digits, - . _ ~ and /)'
			)
			.default('/')
			.transform(normaliseBase)
	),
	/** `1`, `true` or `yes` builds without the PDFs (the build warns loudly). */
	SKIP_PDF: z.preprocess(
		(value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
		z
			.enum(['1', 'true', 'yes', '0', 'false', 'no', ''], {
				message: 'must be 1, true or yes to skip the PDFs (0, false, no or unset to print them)',
			})
			.default('')
			.transform((value) => ['1', 'true', 'yes'].includes(value))
	),
	/** Where the quick exit button goes: a neutral page. */
	QUICK_EXIT_URL: z.preprocess(
		unsetIfEmpty,
		httpUrl('a neutral page to leave for').default('https://www.bbc.co.uk/weather')
	),
	/** The browser that prints the PDFs and runs the tests; found automatically when unset. */
	CHROMIUM_PATH: z.preprocess(unsetIfEmpty, z.string().optional()),
	/** Where the build goes. */
	OUT_DIR: z.preprocess(unsetIfEmpty, z.string().default('./dist')),
	/** A file the build appends its phase timings to, for `npm run bench`. */
	BENCH_TIMINGS: z.preprocess(unsetIfEmpty, z.string().optional()),
	/** Pagefind's metadata cache tag; a new one for every build unless set. */
	SEARCH_CACHE_TAG: z.preprocess(
		unsetIfEmpty,
		z
			.string()
			.regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, - and _ only (it goes in a URL)')
			.optional()
	),
	/** The school profile (YAML, docs/schools.md, "Make it your school's"); default `school.yaml`, used if it exists. */
	SCHOOL_PROFILE: z.preprocess(unsetIfEmpty, z.string().optional()),
});

/** Settings of the tests, the audit and the bench: where they listen, how often the audit retries. */
export const toolSettingsSchema = z.object({
	/** Port of the end-to-end tests' preview server. */
	E2E_PORT: port(4322),
	/** Port of the sub-path smoke tests' preview server. */
	SUBPATH_PORT: port(4323),
	/** Port the audit serves the build on. */
	AUDIT_PORT: port(4329),
	/** Lighthouse runs per page; every run must pass on its own. */
	AUDIT_RUNS: z.preprocess(
		unsetIfEmpty,
		z.coerce
			.number({ message: 'must be a number of runs' })
			.int('must be a whole number')
			.min(1, 'must be 1 or more')
			.max(20, 'must be 20 or fewer')
			.default(1)
	),
	/** First of the eight ports the bench serves its builds on. */
	BENCH_PORT: port(4352),
});

export const settingsSchema = z.object({
	...buildSettingsSchema.shape,
	...toolSettingsSchema.shape,
});

/** Where the site's own pages say they live when SITE_URL is unset (canonical links, the sitemap). */
export const localSite = 'http://localhost:4321';

export interface Settings {
	/** SITE_URL, or the local address for the site's own canonical links and sitemap. */
	siteUrl: string;
	/** The address to print on paper and in QR codes: SITE_URL unless it is unset or local. */
	publicSite: string | undefined;
	/** "/" or "/sub-path/". */
	basePath: string;
	skipPdf: boolean;
	quickExitUrl: string;
	chromiumPath: string | undefined;
	outDir: string;
	benchTimings: string | undefined;
	searchCacheTag: string;
	/** The school profile file, and whether it must exist (it must when SCHOOL_PROFILE names it). */
	schoolProfile: { path: string; required: boolean };
	ports: { e2e: number; subpath: number; audit: number; bench: number };
	auditRuns: number;
}

/** "SITE_URL: must be … (got "ftp://x")", one line per problem. */
function describeIssues(error: z.ZodError, env: Record<string, string | undefined>): string[] {
	return error.issues.map((issue) => {
		const name = String(issue.path[0] ?? 'settings');
		const value = env[name];
		return `${name}: ${issue.message}${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}`;
	});
}

/** The school details the school profile replaced: still set, they would be lost without a word. */
const retiredSettings = [
	'SCHOOL_NAME',
	'SCHOOL_DSL_NAME',
	'SCHOOL_DSL_CONTACT',
	'SCHOOL_POLICE_FORCE',
];

/**
 * The settings from an environment (`process.env` by default). Throws one error listing every wrong
 * value, each with the variable's name.
 */
export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
	const parsed = settingsSchema.safeParse(env);
	const problems = [
		...(parsed.success ? [] : describeIssues(parsed.error, env)),
		...retiredSettings
			.filter((name) => (env[name] ?? '') !== '')
			.map(
				(name) =>
					`${name}: is no longer read; put the school's details in school.yaml (docs/schools.md, "Make it your school's")`
			),
	];
	if (!parsed.success || problems.length > 0)
		throw new Error(
			`The kit's settings need fixing (docs/settings.md):\n  - ${problems.join('\n  - ')}`
		);
	const s = parsed.data;
	return {
		siteUrl: s.SITE_URL ?? localSite,
		publicSite: s.SITE_URL && !isLocalAddress(s.SITE_URL) ? s.SITE_URL : undefined,
		basePath: s.BASE_PATH,
		skipPdf: s.SKIP_PDF,
		quickExitUrl: s.QUICK_EXIT_URL,
		chromiumPath: s.CHROMIUM_PATH,
		outDir: s.OUT_DIR,
		benchTimings: s.BENCH_TIMINGS,
		searchCacheTag: s.SEARCH_CACHE_TAG ?? Date.now().toString(36),
		schoolProfile: { path: s.SCHOOL_PROFILE ?? 'school.yaml', required: !!s.SCHOOL_PROFILE },
		ports: { e2e: s.E2E_PORT, subpath: s.SUBPATH_PORT, audit: s.AUDIT_PORT, bench: s.BENCH_PORT },
		auditRuns: s.AUDIT_RUNS,
	};
}

/** Names of the environment variables, build settings first. */
export const settingNames = {
	build: Object.keys(buildSettingsSchema.shape),
	tool: Object.keys(toolSettingsSchema.shape),
};
