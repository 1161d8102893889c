/**
 * The W3C Nu HTML Checker (vnu-jar from npm, pinned), run once on the machine's Java over a list of
 * files: one JVM start for the whole build, not one per page.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
	type: string;
	subType?: string;
	url?: string;
	lastLine?: number;
	firstColumn?: number;
	message: string;
}

/** Every error the checker finds in `files`, as "file:line:column message", files relative to `root`. */
export function nuCheckerErrors(files: readonly string[], root: string): string[] {
	// Its CSS checker predates container queries and some custom-property syntax: CSS is left to the
	// browser tests. Only the offline decks carry CSS inside their HTML; the site's is in files.
	const args = ['--format', 'json', '--errors-only', '--filterpattern', 'CSS: .*'];
	// A short run: the quick compiler alone and the simple collector take half the CPU of the JVM's
	// defaults, and the schema's deep recursion needs a bigger stack than the simple collector's default.
	const jvm = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
	const run = spawnSync('java', [...jvm, '-jar', jar, ...args, ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (run.error)
		throw new Error(
			`The Nu HTML Checker needs Java (java on the PATH; Debian: apt-get install default-jre-headless): ${run.error.message}`
		);
	let report: { messages?: NuMessage[] };
	try {
		report = JSON.parse(run.stderr || run.stdout) as { messages?: NuMessage[] };
	} catch {
		throw new Error(`The Nu HTML Checker did not report (exit ${run.status}):\n${run.stderr}`);
	}
	return (report.messages ?? [])
		.filter((m) => m.type === 'error' || m.subType === 'fatal')
		.map((m) => {
			const file = m.url ? relative(root, fileURLToPath(m.url)) : '(no file)';
			return `${file}:${m.lastLine ?? 0}:${m.firstColumn ?? 0} ${m.message}`;
		});
}
