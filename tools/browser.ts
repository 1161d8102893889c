/**
 * Finds a Chromium to drive, for the end-to-end tests, the audit, the bench, CI and the build steps
 * that print PDFs: the kit's one resolver. Order: the CHROMIUM_PATH setting; Playwright's own
 * downloaded Chromium; Chromium's headless shell (Debian's chromium-headless-shell) where the
 * caller asks for it; a system Chromium or Chrome. Nothing here downloads a browser.
 */
import { existsSync } from 'node:fs';
import { readSettings } from '../src/site/settings.ts';

/** System browsers we look for, most likely first. */
export const systemBrowserPaths = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/google-chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Chromium's headless shell: the same engine as the browser, without the browser around it. A page
 * the tests load costs about 40% less CPU in it than in the full browser's headless mode, so the
 * browser tests ask for it (`headlessShell: true`). It paginates print a hair differently from the
 * browsers schools print from (the leaflet's first page ran onto a third) and does not bring a
 * closed second window back as the browser does, so the build's PDFs, the tests that print or close
 * the presenter's windows, Lighthouse and the bench keep the full browser.
 */
export const headlessShellPaths = ['/usr/bin/chromium-headless-shell'];

/**
 * Flags for headless Chromium on a locked-down machine: no sandbox (CI runs as root), and no
 * background calls home, which would fail on a closed network anyway.
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-gpu',
];

export const noBrowserMessage = [
	'No Chromium found. Do one of these, then run the command again:',
	'  - Debian or Ubuntu: sudo apt-get install -y chromium',
	'  - with internet access: npx playwright install chromium',
	'  - or set CHROMIUM_PATH=/path/to/chromium-or-chrome',
].join('\n');

interface ResolveOptions {
	/** The CHROMIUM_PATH setting. */
	chromiumPath?: string | undefined;
	/** Path where Playwright would have downloaded its Chromium, if known. */
	playwrightPath?: string | undefined;
	/** Candidate paths of Chromium's headless shell, tried before the system browsers. */
	shellPaths?: readonly string[];
	/** Whether the headless shell will do (by default only a full browser). */
	headlessShell?: boolean;
	/** Candidate system paths. */
	systemPaths?: readonly string[];
	/** File check, replaceable in tests. */
	exists?: (path: string) => boolean;
}

/** Picks a browser executable, or throws an error that says exactly how to get one. */
export function resolveChromium(options: ResolveOptions = {}): string {
	const {
		chromiumPath,
		playwrightPath,
		shellPaths = headlessShellPaths,
		headlessShell = false,
		systemPaths = systemBrowserPaths,
		exists = existsSync,
	} = options;
	if (chromiumPath) {
		if (!exists(chromiumPath))
			throw new Error(
				`CHROMIUM_PATH is set to ${chromiumPath}, but there is no file there.\n${noBrowserMessage}`
			);
		return chromiumPath;
	}
	if (playwrightPath && exists(playwrightPath)) return playwrightPath;
	const system = [...(headlessShell ? shellPaths : []), ...systemPaths].find((path) =>
		exists(path)
	);
	if (system) return system;
	throw new Error(noBrowserMessage);
}

/** Where Playwright keeps its own Chromium on this machine, if playwright-core is installed. */
export async function playwrightChromiumPath(): Promise<string | undefined> {
	try {
		const { chromium } = await import('playwright-core');
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/**
 * The browser to use here and now, by the CHROMIUM_PATH setting (read from the environment by
 * default); `headlessShell: true` where the headless shell will do.
 */
export async function findChromium(
	chromiumPath: string | undefined = readSettings().chromiumPath,
	{ headlessShell = false }: { headlessShell?: boolean } = {}
): Promise<string> {
	return resolveChromium({
		chromiumPath,
		playwrightPath: await playwrightChromiumPath(),
		headlessShell,
	});
}
