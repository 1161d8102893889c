/**
 * Finds a Chromium to drive, for the end-to-end tests and for build steps that print PDFs.
 * Order: the CHROMIUM_PATH environment variable; Playwright's own downloaded Chromium; a system
 * Chromium or Chrome. Nothing here downloads a browser.
 */
import { existsSync } from 'node:fs';

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
	/** Environment to read CHROMIUM_PATH from. */
	env?: Record<string, string | undefined>;
	/** Path where Playwright would have downloaded its Chromium, if known. */
	playwrightPath?: string | undefined;
	/** Candidate system paths. */
	systemPaths?: readonly string[];
	/** File check, replaceable in tests. */
	exists?: (path: string) => boolean;
}

/** Picks a browser executable, or throws an error that says exactly how to get one. */
export function resolveChromium(options: ResolveOptions = {}): string {
	const {
		env = process.env,
		playwrightPath,
		systemPaths = systemBrowserPaths,
		exists = existsSync,
	} = options;
	const fromEnv = env['CHROMIUM_PATH'];
	if (fromEnv) {
		if (!exists(fromEnv))
			throw new Error(
				`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.\n${noBrowserMessage}`
			);
		return fromEnv;
	}
	if (playwrightPath && exists(playwrightPath)) return playwrightPath;
	const system = systemPaths.find((path) => exists(path));
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

/** The browser to use here and now. */
export async function findChromium(): Promise<string> {
	return resolveChromium({ playwrightPath: await playwrightChromiumPath() });
}
