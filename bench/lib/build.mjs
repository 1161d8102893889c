/**
 * Builds a project in a temporary copy and measures it: wall time, build phases (from the
 * BENCH_TIMINGS file the integrations write), peak memory of the whole process tree (polled from
 * /proc) and the largest single process's max RSS (`/usr/bin/time -v`, where installed).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from '../../tools/list-files.ts';

const skipDirs = new Set([
	'node_modules',
	'.git',
	'dist',
	'.astro',
	'test-results',
	'playwright-report',
	'bench',
]);

/**
 * Copies `from` into `to` (source files only) and gives it `from`'s node_modules: a symbolic link,
 * or with `hardlink: true` a tree of hard links (`cp -al`; a plain copy where that fails). Starlight
 * needs the latter: Astro 7 mixes up the paths of .astro files in a linked node_modules outside the root.
 */
export function copyProject(from, to, { hardlink = false } = {}) {
	rmSync(to, { recursive: true, force: true });
	mkdirSync(to, { recursive: true });
	cpSync(from, to, {
		recursive: true,
		filter: (src) => {
			const rel = relative(from, src);
			if (!rel) return true;
			const top = rel.split(sep)[0];
			return !skipDirs.has(top) && !rel.endsWith('.log');
		},
	});
	if (!hardlink) {
		symlinkSync(join(from, 'node_modules'), join(to, 'node_modules'), 'dir');
		return;
	}
	const linked = spawnSync('cp', ['-al', join(from, 'node_modules'), join(to, 'node_modules')]);
	if (linked.status !== 0)
		cpSync(join(from, 'node_modules'), join(to, 'node_modules'), { recursive: true });
}

/** Total resident memory (bytes) of `pid` and all its descendants, read from /proc (Linux only). */
export function treeRss(pid) {
	const parent = new Map();
	const rss = new Map();
	let names;
	try {
		names = readdirSync('/proc');
	} catch {
		return undefined;
	}
	for (const name of names) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			parent.set(Number(name), Number(fields[1]));
			rss.set(Number(name), Number(fields[21]) * 4096);
		} catch {
			// the process ended while we looked
		}
	}
	let total = 0;
	for (const [p] of rss) {
		let q = p;
		while (q && q !== pid && q !== 1) q = parent.get(q) ?? 0;
		if (q === pid) total += rss.get(p) ?? 0;
	}
	return total;
}

const timeBin = '/usr/bin/time';
const hasGnuTime = existsSync(timeBin);

/**
 * Runs `node <script> ...args` in `cwd` (on the Node running the bench) and measures it.
 * Returns { wallMs, phases: [{ phase, ms, ... }], treePeakBytes, maxRssBytes, log }.
 */
export async function timedRun({ cwd, script, args = [], env = {}, label }) {
	const timings = join(cwd, `.bench-timings-${Date.now()}.jsonl`);
	const command = hasGnuTime ? timeBin : process.execPath;
	const argv = hasGnuTime ? ['-v', process.execPath, script, ...args] : [script, ...args];
	const started = performance.now();
	const child = spawn(command, argv, {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, BENCH_TIMINGS: timings },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	let treePeak = 0;
	const poll = setInterval(() => {
		const now = treeRss(child.pid);
		if (now !== undefined && now > treePeak) treePeak = now;
	}, 250);
	const code = await new Promise((done) => child.on('close', done));
	clearInterval(poll);
	const wallMs = performance.now() - started;
	if (code !== 0) {
		const logFile = join(cwd, 'bench-build-failed.log');
		writeFileSync(logFile, log);
		throw new Error(
			`${label ?? script} failed with exit code ${code}; log in ${logFile}:\n${log.slice(-3000)}`
		);
	}
	const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
	const phases = existsSync(timings)
		? readFileSync(timings, 'utf8')
				.trim()
				.split('\n')
				.filter(Boolean)
				.map((line) => JSON.parse(line))
		: [];
	rmSync(timings, { force: true });
	return {
		wallMs,
		phases,
		treePeakBytes: treePeak || undefined,
		maxRssBytes: maxRss ? Number(maxRss[1]) * 1024 : undefined,
		log,
	};
}

/** Every page (index.html) in a built site. */
export function countPages(dist) {
	return listFiles(dist, '**/index.html').length;
}

export const median = (values) => {
	const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (v.length === 0) return undefined;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
