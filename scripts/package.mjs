// `npm run package`: builds the kit, then writes package/too-good-to-be-true-<version>.zip with the
// built site at the top of the ZIP (unzip it into the folder a web server serves) and HOW-TO-HOST.txt.
// The build follows the usual settings (BASE_PATH, SITE_URL, SCHOOL_PROFILE, OUT_DIR); a sub-path
// build gets the path in its file name. Pass --no-build to package an existing build as it is.
// It refuses to run without a public SITE_URL: a kit to hand out must print a QR code that works.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { listFiles } from '../tools/list-files.ts';
// One definition of the headers for docs/privacy-and-security.md, public/_headers and this text (Node runs the .ts as is).
import { securityHeaders } from '../src/lib/csp.ts';
import { fileOfRoute } from '../src/site/paths.ts';
import { serviceWorkerScript } from '../src/site/files.ts';
import { home } from '../src/site/routes.ts';
import { readSettings } from '../src/site/settings.ts';

/** The hosting instructions shipped in the ZIP, for the base path the kit was built for. */
export function howToHost({ version, base }) {
	const root = base === '/';
	return `Too Good To Be True ${version}: how to host the kit
=====================================================

This ZIP is the whole kit, built as plain files: HTML, CSS, JavaScript, fonts, icons, the search
index (pagefind/), the PDFs and each lesson's slides as PowerPoint and as one offline file. It
needs no database and no server code.

1. Put the files on a web server
   Any static web server or school intranet can host it (nginx, Apache, IIS, a static hosting
   service, a SharePoint or intranet site that serves files as they are).
   ${
			root
				? 'This copy was built for the top of a web address, for example https://kit.example.sch.uk/.\n   Unzip it into the folder the server serves for that address.'
				: `This copy was built for the sub-path ${base}, for example https://intranet.example.sch.uk${base}.\n   Unzip it into the folder the server serves at ${base}.`
		}
   To host it somewhere else, build it again with that path:
     BASE_PATH=/your-path/ npm run package
   (see docs/schools.md in the kit's source code).

2. Opening the files straight from disk does not work properly
   Double-clicking index.html opens the pages from file://, where search and offline use do
   not work: browsers only allow them for pages served over http(s). Use a web server, even on
   one computer (for example: npx astro preview, or python3 -m http.server in this folder).
   The one exception is made for it: each lesson's lessons/<lesson>/<lesson>-slides-offline.html
   is a whole slide show in one file that works from a USB stick or a shared drive.

3. Offline use and updates
   After one visit over HTTPS (or on localhost), a service worker (sw.js) keeps a copy of the
   whole kit on the device, so lessons, advice, search and the PDFs work with no internet.
   When you publish a new copy, pages offer "A new version is available" with a Reload button.
   Serve sw.js and the HTML pages with "Cache-Control: no-cache" so browsers see new versions.
   Files in _astro/ have a fingerprint in their name and may be cached for a long time.

4. Security headers
   Set these on every response (docs/privacy-and-security.md in the kit's source code has full
   nginx and Apache examples; _headers in this folder has them for Netlify and Cloudflare Pages):
${Object.entries(securityHeaders)
	.map(([name, value]) => `     ${name}: ${value}`)
	.join('\n')}
     Strict-Transport-Security: max-age=31536000   (HTTPS only)
   File types the server should know: .webmanifest application/manifest+json, .pdf
   application/pdf, .woff2 font/woff2, .svg image/svg+xml, .js text/javascript, .pptx
   application/vnd.openxmlformats-officedocument.presentationml.presentation.

5. Privacy
   The kit loads nothing from other websites, sets no cookies and keeps no analytics. The only
   browser storage it uses is listed in docs/privacy-and-security.md in the kit's source code.
`;
}

/** Why `npm run package` will not run without a public SITE_URL. */
export const packageNeedsSite = `npm run package needs SITE_URL: the public address the kit will be served from,
for example SITE_URL=https://kit.example.sch.uk npm run package. Without it (or with a local
address such as localhost) the leaflet, poster and lesson packs could carry no QR code or web
address that works for pupils.`;

/** The ZIP's file name: the version, and the sub-path when there is one. */
export function zipName(version, base) {
	const path = base
		.replace(/^\/+|\/+$/g, '')
		.replace(/[^a-z0-9]+/gi, '-')
		.toLowerCase();
	return `too-good-to-be-true-${version}${path ? `-${path}` : ''}.zip`;
}

/**
 * Zips the built kit in `dist` with HOW-TO-HOST.txt into `outDir`; returns the ZIP's path.
 * Already-compressed files (PDF, PowerPoint, PNG, woff2, Pagefind's gzipped index) are stored, not deflated again.
 */
export function packageKit({ dist, outDir, version, base }) {
	const files = listFiles(dist);
	if (!files.includes(fileOfRoute(home())) || !files.includes(fileOfRoute(serviceWorkerScript()))) {
		throw new Error(
			`${dist} is not a complete build (no index.html or sw.js): run the build first`
		);
	}
	const entries = {};
	const stored = /\.(pdf|pptx|png|woff2?|pagefind|pf_\w+)$/;
	for (const file of files) {
		entries[file] = [readFileSync(join(dist, file)), { level: stored.test(file) ? 0 : 6 }];
	}
	entries['HOW-TO-HOST.txt'] = [
		new TextEncoder().encode(howToHost({ version, base })),
		{ level: 6 },
	];
	mkdirSync(outDir, { recursive: true });
	const target = join(outDir, zipName(version, base));
	writeFileSync(target, zipSync(entries, { mtime: new Date() }));
	return target;
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
	const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
	const { basePath: base, outDir: dist, publicSite } = readSettings();
	if (!publicSite) {
		console.error(packageNeedsSite);
		process.exit(1);
	}
	if (!process.argv.includes('--no-build')) {
		console.log(`Building the kit (base path ${base})...`);
		const build = spawnSync('node_modules/.bin/astro', ['build'], {
			stdio: 'inherit',
			env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
		});
		if (build.status !== 0) process.exit(build.status ?? 1);
	}
	const zip = packageKit({ dist, outDir: 'package', version, base });
	const size = readFileSync(zip).length;
	console.log(
		`Wrote ${zip} (${(size / 1_000_000).toFixed(1)} MB): the built kit and HOW-TO-HOST.txt.`
	);
}
