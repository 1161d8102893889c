/**
 * `npm run bench`: builds the kit and Starlight on the same synthetic lessons, measures page weight,
 * search and PDFs, and writes bench/results/latest.json and the tables in bench/results/latest.md.
 * What each number means: docs/bench.md.
 *
 *   npm run bench                  full run: N = 10, 100, 1000 synthetic lessons, 3 runs each
 *   npm run bench -- --quick       N = 10 only, 1 run (for working on the bench itself)
 *   npm run bench -- --runs=5 --sizes=10,100
 *
 * Everything is built in temporary copies under the OS temp folder (removed afterwards); the
 * project's own dist/ is not touched. Servers listen on 127.0.0.1, ports 4352-4359 (the BENCH_PORT
 * setting moves the first one). Pages are found with the site model (src/site/routes.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../tools/list-files.ts';
import { searchRanking } from '../src/features/search/search.ts';
import { readSearchWords } from '../src/features/search/search-words.ts';
import { fallbackCost, indexSize, launch, pageWeight, searchCost } from './lib/browser.mjs';
import { copyProject, countPages, median, timedRun } from './lib/build.mjs';
import { fallbackScript } from './lib/fallback-bundle.mjs';
import { markdown } from './lib/report.mjs';
import { serve } from './lib/serve.mjs';
import { loadData, loadTemplates, syntheticLesson, toStarlight } from './lib/synthetic.mjs';
import { contentIds } from '../src/site/content.ts';
import { advicePage, help, home, lesson, lessonItem, present, search } from '../src/site/routes.ts';
import { readSettings } from '../src/site/settings.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const starlightDir = join(root, 'bench/starlight');
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = args.includes('--quick');
const sizes = (flag('sizes') ?? (quick ? '10' : '10,100,1000')).split(',').map(Number);
const runs = Number(flag('runs') ?? (quick ? 1 : 3));
/** PDFs printed in every run up to this N, in the first run only up to pdfOnceMax, never above. */
const pdfAlwaysMax = 10;
const pdfOnceMax = 100;
/** Search is measured at the smallest and the largest N. */
const searchSizes = [Math.min(...sizes), Math.max(...sizes)];
const firstPort = readSettings().ports.bench;
const work = join(os.tmpdir(), `tgtbt-bench-${process.pid}`);
const started = Date.now();

const log = (...m) =>
	console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s]`, ...m);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Installs bench/starlight's pinned packages from its lock file when they are missing. */
function installStarlight() {
	const marker = join(starlightDir, 'node_modules/@astrojs/starlight/package.json');
	const lock = readJson(join(starlightDir, 'package-lock.json'));
	const wanted = lock.packages['node_modules/@astrojs/starlight']?.version;
	if (existsSync(marker) && readJson(marker).version === wanted) return;
	log(`Installing Starlight ${wanted} in bench/starlight (npm ci)...`);
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
		cwd: starlightDir,
		stdio: 'inherit',
	});
	if (result.status !== 0) throw new Error('npm ci in bench/starlight failed');
}

function versions() {
	const lock = readJson(join(starlightDir, 'package-lock.json'));
	const rootLock = readJson(join(root, 'package-lock.json'));
	const v = (l, name) => l.packages[`node_modules/${name}`]?.version;
	return {
		kit: {
			astro: v(rootLock, 'astro'),
			pagefind: v(rootLock, 'pagefind'),
			mdx: v(rootLock, '@astrojs/mdx'),
		},
		starlight: {
			starlight: v(lock, '@astrojs/starlight'),
			astro: v(lock, 'astro'),
			pagefind: v(lock, 'pagefind'),
			mdx: v(lock, '@astrojs/mdx'),
		},
	};
}

function machine() {
	const cpus = os.cpus();
	return {
		cores: os.availableParallelism?.() ?? cpus.length,
		cpu: cpus[0]?.model?.trim(),
		memoryGB: Math.round(os.totalmem() / 1024 ** 3),
		os: `${os.type()} ${os.release()} ${os.arch()}`,
		node: process.version,
		loadAverageAtStart: os.loadavg().map((x) => Number(x.toFixed(2))),
	};
}

const astroBin = 'node_modules/astro/bin/astro.mjs';

/** One build of the kit in `dir`; returns the measured numbers. */
async function buildKit(dir, { pdf }) {
	rmSync(join(dir, 'dist'), { recursive: true, force: true });
	const r = await timedRun({
		cwd: dir,
		script: astroBin,
		args: ['build'],
		env: pdf ? {} : { SKIP_PDF: '1' },
		label: 'kit build',
	});
	const phase = (name) => r.phases.find((p) => p.phase === name);
	const pdfMs = phase('pdf')?.ms;
	return {
		wallMs: Math.round(r.wallMs),
		astroMs: phase('astro')?.ms,
		pagefindMs: phase('pagefind')?.ms,
		pdfMs,
		pdfFiles: pdf
			? r.phases
					.filter((p) => p.phase === 'pdf-file')
					.map(({ output, bytes, pages, ms }) => ({ output, bytes, pages, ms }))
			: undefined,
		wallWithoutPdfMs: Math.round(r.wallMs - (pdfMs ?? 0)),
		treePeakBytes: r.treePeakBytes,
		maxRssBytes: r.maxRssBytes,
		pages: countPages(join(dir, 'dist')),
	};
}

/** One build of Starlight in `dir`. */
async function buildStarlight(dir) {
	rmSync(join(dir, 'dist'), { recursive: true, force: true });
	const r = await timedRun({
		cwd: dir,
		script: astroBin,
		args: ['build'],
		label: 'Starlight build',
	});
	const astroMs = r.phases.find((p) => p.phase === 'astro')?.ms;
	const pagefind = /Finished building search index in ([\d.]+)(ms|s)/.exec(r.log);
	return {
		wallMs: Math.round(r.wallMs),
		astroMs,
		pagefindMs: pagefind
			? Math.round(Number(pagefind[1]) * (pagefind[2] === 's' ? 1000 : 1))
			: undefined,
		wallWithoutPdfMs: Math.round(r.wallMs),
		treePeakBytes: r.treePeakBytes,
		maxRssBytes: r.maxRssBytes,
		pages: countPages(join(dir, 'dist')),
	};
}

/** Medians of the numeric fields over runs. */
function summarise(list, lessons) {
	const m = (key) => median(list.map((r) => r[key]));
	const pages = list[0].pages;
	const wall = m('wallWithoutPdfMs');
	const pdfRuns = list.filter((r) => r.pdfMs !== undefined);
	const pdfMs = pdfRuns.length ? median(pdfRuns.map((r) => r.pdfMs)) : undefined;
	return {
		runs: list.length,
		pages,
		lessons,
		wallMs: m('wallMs'),
		wallWithoutPdfMs: wall,
		astroMs: m('astroMs'),
		pagefindMs: m('pagefindMs'),
		pdfMs,
		pdfRuns: pdfRuns.length,
		pdfFiles: pdfRuns[0]?.pdfFiles?.length,
		msPerPage: wall / pages,
		msPerLesson: wall / lessons,
		treePeakBytes: m('treePeakBytes'),
		maxRssBytes: m('maxRssBytes'),
		each: list,
	};
}

/**
 * Every English query of e2e/fixtures/search-queries*.json, once, with the routes it must find:
 * `{ q, expect }`. The bench searches from an English page, so the English index: the Welsh queries
 * (search-queries-cy.json) are left to the query tests, which search from a Welsh page.
 */
function fixtureQueries() {
	const dir = join(root, 'e2e/fixtures');
	const all = listFiles(dir, 'search-queries*.json')
		.filter((f) => !f.endsWith('-cy.json'))
		.flatMap((f) => readJson(join(dir, f)).queries);
	return [...new Map(all.map((q) => [q.q, { q: q.q, expect: q.expect }])).values()];
}

const outDir = join(root, 'bench/results');

/** Writes the results so far (a partial run says so), so an interrupted run still leaves numbers. */
function save(results, done) {
	results.durationS = Math.round((Date.now() - started) / 1000);
	results.partial = done
		? undefined
		: `stopped after: ${results.completed.join(', ') || 'nothing'}`;
	mkdirSync(outDir, { recursive: true });
	writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(results, null, '\t')}\n`);
	const md = markdown(results);
	writeFileSync(join(outDir, 'latest.md'), md);
}

async function main() {
	mkdirSync(work, { recursive: true });
	log(
		`Working in ${work}; sizes ${sizes.join(', ')}; ${runs} run(s) each${quick ? ' (quick)' : ''}.`
	);
	installStarlight();
	const results = {
		command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
		quick,
		date: new Date().toISOString(),
		machine: machine(),
		versions: versions(),
		settings: { sizes, runs, pdfAlwaysMax, pdfOnceMax, searchSizes },
		real: {},
		scaling: [],
		weight: { kit: {}, starlight: {}, kitSynthetic: {} },
		search: [],
		fallback: [],
		completed: [],
	};
	const withExpected = fixtureQueries();
	const allQueries = withExpected.map((q) => q.q);
	const fallback = {
		script: await fallbackScript(),
		ranking: { ...searchRanking },
		words: readSearchWords(),
	};
	const browser = await launch();
	let port = firstPort;
	try {
		// 1. The real kit: build (with PDFs), page weight per page type, every PDF.
		const real = join(work, 'kit-real');
		copyProject(root, real);
		const realRuns = [];
		for (let i = 0; i < runs; i++) {
			log(`Real kit build ${i + 1}/${runs}...`);
			realRuns.push(await buildKit(real, { pdf: true }));
		}
		const lessons = loadTemplates(root).templates.length;
		results.real = summarise(realRuns, lessons);
		const pdfs = new Map();
		for (const run of realRuns)
			for (const f of run.pdfFiles ?? []) pdfs.set(f.output, [...(pdfs.get(f.output) ?? []), f]);
		results.pdf = [...pdfs].map(([output, list]) => ({
			output,
			bytes: list.at(-1).bytes,
			pages: list.at(-1).pages,
			ms: median(list.map((f) => f.ms)),
		}));

		const kitServer = await serve(join(real, 'dist'), port++);
		const firstLesson = loadTemplates(root).templates[0].slug;
		// The advice page most pupils land on: "what-is-sextortion", the last in name order.
		const advice = contentIds(root).advice.at(-1);
		const types = {
			home: home(),
			lesson: lesson(firstLesson),
			advice: advicePage(advice),
			present: present(lessonItem(firstLesson)),
			search: search(),
			help: help(),
		};
		for (const [type, path] of Object.entries(types)) {
			log(`Page weight: kit ${type} (${path})`);
			results.weight.kit[type] = await pageWeight(browser, `${kitServer.origin}${path}`);
		}
		log(`Search with and without the sentence fallback: real kit, ${withExpected.length} queries`);
		results.fallback.push({
			n: 'real',
			...(await fallbackCost(browser, kitServer.origin, withExpected, fallback)),
		});
		await kitServer.close();
		rmSync(real, { recursive: true, force: true });
		results.completed.push('real kit');
		save(results, false);

		// 2. Scaling, side by side.
		const templates = loadTemplates(root);
		const data = loadData(root);
		for (const n of sizes) {
			const kitDir = join(work, `kit-${n}`);
			const slDir = join(work, `starlight-${n}`);
			copyProject(root, kitDir);
			copyProject(starlightDir, slDir, { hardlink: true });
			rmSync(join(kitDir, 'content/lessons'), { recursive: true, force: true });
			mkdirSync(join(kitDir, 'content/lessons'), { recursive: true });
			mkdirSync(join(slDir, 'src/content/docs/lessons'), { recursive: true });
			let firstSlug;
			for (let i = 0; i < n; i++) {
				const lesson = syntheticLesson(templates, i);
				firstSlug ??= lesson.slug;
				writeFileSync(join(kitDir, 'content/lessons', `${lesson.slug}.mdx`), lesson.mdx);
				writeFileSync(
					join(slDir, 'src/content/docs/lessons', `${lesson.slug}.mdx`),
					toStarlight(lesson, data)
				);
			}
			const kitRuns = [];
			const slRuns = [];
			for (let i = 0; i < runs; i++) {
				const pdf = n <= pdfAlwaysMax || (n <= pdfOnceMax && i === 0);
				log(`N=${n}: kit build ${i + 1}/${runs}${pdf ? ' (with PDFs)' : ' (PDFs skipped)'}...`);
				kitRuns.push(await buildKit(kitDir, { pdf }));
				log(
					`N=${n}: kit ${(kitRuns.at(-1).wallMs / 1000).toFixed(1)} s. Starlight build ${i + 1}/${runs}...`
				);
				slRuns.push(await buildStarlight(slDir));
				log(`N=${n}: Starlight ${(slRuns.at(-1).wallMs / 1000).toFixed(1)} s.`);
			}
			const kit = summarise(kitRuns, n);
			const starlight = summarise(slRuns, n);
			results.scaling.push({
				n,
				kit,
				starlight,
				ratioMsPerPage: kit.msPerPage / starlight.msPerPage,
				ratioMsPerLesson: kit.msPerLesson / starlight.msPerLesson,
			});

			const measureSearch = searchSizes.includes(n);
			const measureWeight = n === Math.min(...sizes);
			if (measureSearch || measureWeight) {
				const ks = await serve(join(kitDir, 'dist'), port++);
				const ss = await serve(join(slDir, 'dist'), port++);
				if (measureWeight) {
					log(`N=${n}: page weight of the same synthetic lesson, kit and Starlight`);
					results.weight.kitSynthetic.lesson = await pageWeight(
						browser,
						`${ks.origin}${lesson(firstSlug)}`
					);
					results.weight.starlight.home = await pageWeight(browser, `${ss.origin}${home()}`);
					// Starlight publishes the same lesson at the same address (src/content/docs/lessons/).
					results.weight.starlight.lesson = await pageWeight(
						browser,
						`${ss.origin}${lesson(firstSlug)}`
					);
				}
				if (measureSearch) {
					log(`N=${n}: search (${allQueries.length} queries), kit then Starlight`);
					results.search.push({
						n,
						kit: {
							index: indexSize(join(kitDir, 'dist')),
							...(await searchCost(browser, ks.origin, search(), allQueries)),
						},
						starlight: {
							index: indexSize(join(slDir, 'dist')),
							...(await searchCost(browser, ss.origin, lesson(firstSlug), allQueries)),
						},
					});
					log(`N=${n}: kit search with and without the sentence fallback`);
					results.fallback.push({
						n,
						...(await fallbackCost(browser, ks.origin, withExpected, fallback)),
					});
				}
				await ks.close();
				await ss.close();
			}
			rmSync(kitDir, { recursive: true, force: true });
			rmSync(slDir, { recursive: true, force: true });
			if (port > firstPort + 7) port = firstPort + 1;
			results.completed.push(`N=${n}`);
			save(results, n === sizes.at(-1));
		}
	} finally {
		await browser.close();
		rmSync(work, { recursive: true, force: true });
	}
	log(`Done in ${results.durationS} s: bench/results/latest.json and bench/results/latest.md.`);
}

main().catch((error) => {
	console.error(error);
	rmSync(work, { recursive: true, force: true });
	process.exit(1);
});
