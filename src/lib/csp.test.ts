import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	astroCsp,
	forbiddenSources,
	headerPolicy,
	parsePolicy,
	policyDifferences,
	securityHeaders,
} from './csp';

const headersFile = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
const securityDoc = readFileSync(
	new URL('../../docs/privacy-and-security.md', import.meta.url),
	'utf8'
);

/** The headers set for `/*` in public/_headers. */
function headersForAll(): Record<string, string> {
	const lines = headersFile.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
	expect(lines[0]).toBe('/*');
	return Object.fromEntries(
		lines.slice(1).map((line) => {
			const at = line.indexOf(':');
			return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
		})
	);
}

describe('Content Security Policy', () => {
	it('public/_headers sends exactly the headers src/lib/csp.ts defines', () => {
		expect(headersForAll()).toEqual(securityHeaders);
	});

	it('allows nothing unsafe beyond WebAssembly compilation for search', () => {
		for (const sources of parsePolicy(headerPolicy()).values()) {
			for (const bad of forbiddenSources) expect(sources).not.toContain(bad);
		}
		const script = parsePolicy(headerPolicy()).get('script-src');
		expect(script).toEqual(["'self'", "'wasm-unsafe-eval'"]);
	});

	it('the header adds frame-ancestors, which a <meta> policy cannot carry', () => {
		expect(parsePolicy(headerPolicy()).get('frame-ancestors')).toEqual(["'none'"]);
		expect(astroCsp.directives.some((d) => d.startsWith('frame-ancestors'))).toBe(false);
	});

	it('agrees with a page meta policy once hashes are set aside', () => {
		const meta =
			"default-src 'self';base-uri 'self';object-src 'none';form-action 'self';img-src 'self';font-src 'self';connect-src 'self';worker-src 'self';manifest-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-BF0290pkb3jxQsE7z00xR8Imp8X34FLC88L0lkMnrGw='; style-src 'self' 'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow=';";
		expect(policyDifferences(meta)).toEqual([]);
		expect(policyDifferences(meta.replace("img-src 'self'", "img-src 'self' data:"))).toEqual([
			`img-src: meta has "'self' data:", header has "'self'"`,
		]);
		expect(policyDifferences(`${meta} frame-ancestors 'none';`)).toContain(
			'frame-ancestors is ignored in a <meta> policy'
		);
	});

	it('docs/privacy-and-security.md gives the same policy in its nginx and Apache examples', () => {
		const security = securityDoc.split('\n## Security\n')[1]?.split('\n## ')[0] ?? '';
		expect(security).toContain(`add_header Content-Security-Policy "${headerPolicy()}" always;`);
		expect(security).toContain(`Header always set Content-Security-Policy "${headerPolicy()}"`);
		for (const [name, value] of Object.entries(securityHeaders)) {
			if (name === 'Content-Security-Policy') continue;
			expect(security).toContain(`add_header ${name} "${value}" always;`);
			expect(security).toContain(`Header always set ${name} "${value}"`);
		}
	});
});
