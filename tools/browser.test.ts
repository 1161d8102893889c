import { describe, expect, it } from 'vitest';
import { noBrowserMessage, resolveChromium } from './browser';

const only =
	(...paths: string[]) =>
	(p: string) =>
		paths.includes(p);

describe('resolveChromium', () => {
	it('prefers CHROMIUM_PATH over everything else', () => {
		const path = resolveChromium({
			chromiumPath: '/opt/my-chrome',
			playwrightPath: '/pw/chrome',
			systemPaths: ['/usr/bin/chromium'],
			exists: only('/opt/my-chrome', '/pw/chrome', '/usr/bin/chromium'),
		});
		expect(path).toBe('/opt/my-chrome');
	});

	it('rejects a CHROMIUM_PATH that does not exist, saying which path', () => {
		expect(() => resolveChromium({ chromiumPath: '/nope', exists: only() })).toThrow(
			/CHROMIUM_PATH is set to \/nope/
		);
	});

	it("uses Playwright's own Chromium before a system one", () => {
		const path = resolveChromium({
			playwrightPath: '/pw/chrome',
			systemPaths: ['/usr/bin/chromium'],
			exists: only('/pw/chrome', '/usr/bin/chromium'),
		});
		expect(path).toBe('/pw/chrome');
	});

	it('falls back to the first system browser that exists', () => {
		const path = resolveChromium({
			playwrightPath: '/pw/missing',
			systemPaths: ['/usr/bin/chromium', '/usr/bin/google-chrome'],
			exists: only('/usr/bin/google-chrome'),
		});
		expect(path).toBe('/usr/bin/google-chrome');
	});

	it("takes Chromium's headless shell before the full browser only when asked", () => {
		const exists = only('/usr/bin/chromium-headless-shell', '/usr/bin/chromium');
		const options = {
			shellPaths: ['/usr/bin/chromium-headless-shell'],
			systemPaths: ['/usr/bin/chromium'],
			exists,
		};
		expect(resolveChromium({ ...options, headlessShell: true })).toBe(
			'/usr/bin/chromium-headless-shell'
		);
		expect(resolveChromium(options)).toBe('/usr/bin/chromium');
		// Without the shell, the full browser does everything.
		expect(
			resolveChromium({ ...options, headlessShell: true, exists: only('/usr/bin/chromium') })
		).toBe('/usr/bin/chromium');
	});

	it('explains how to get a browser when there is none', () => {
		expect(() => resolveChromium({ shellPaths: [], systemPaths: ['/x'], exists: only() })).toThrow(
			noBrowserMessage
		);
		expect(noBrowserMessage).toMatch(/apt-get install -y chromium/);
	});
});
