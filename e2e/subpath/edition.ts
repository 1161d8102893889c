/**
 * The settings of the sub-path build `npm test` makes (scripts/test.mjs) and its smoke suite reads
 * (playwright.subpath.config.ts): a school's own edition on an intranet path, with a public address
 * for the QR codes and a made-up school's profile.
 */
export const subpathEdition = {
	BASE_PATH: '/safety-kit/',
	OUT_DIR: 'dist-subpath',
	SITE_URL: 'https://kit.example.org',
	SCHOOL_PROFILE: 'e2e/fixtures/school/school.yaml',
} as const;
