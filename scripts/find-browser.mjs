// Prints the Chromium the kit will use (tools/browser.ts, the one resolver), or says how to get one
// and exits 1. With --shell, the browser for tests that print nothing (the headless shell where it is
// installed). CI runs it after `npm ci` to decide whether to install Debian's chromium.
import { findChromium } from '../tools/browser.ts';

try {
	console.log(await findChromium(undefined, { headlessShell: process.argv.includes('--shell') }));
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
