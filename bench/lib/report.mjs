/**
 * Turns bench results into Markdown for bench/results/latest.md, the results file that
 * docs/bench.md links to (what each number means is explained there).
 */

const kb = (b) => (b === undefined ? '–' : `${(b / 1024).toFixed(1)}`);
const mb = (b) => (b === undefined ? '–' : `${Math.round(b / 1024 ** 2)} MB`);
const s = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const ms = (x) => (x === undefined ? '–' : `${Math.round(x)} ms`);
const ratio = (a, b) =>
	a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}×`;
const triple = (x) => `${kb(x.raw)} / ${kb(x.gzip)} / ${kb(x.brotli)}`;

function weightRows(rows) {
	const out = [
		'| Page | Requests | HTML | CSS | JS | Fonts | Images | Other | Total |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const [name, w] of rows) {
		if (!w) continue;
		const b = w.bytes;
		out.push(
			`| ${name} | ${w.requests} | ${triple(b.html)} | ${triple(b.css)} | ${triple(b.js)} | ${triple(b.font)} | ${triple(b.image)} | ${triple(b.other)} | **${triple(b.total)}** |`
		);
	}
	return out;
}

export function markdown(r) {
	const m = r.machine;
	const v = r.versions;
	const lines = [];
	lines.push(
		`Made by \`${r.command}\` on ${r.date.slice(0, 10)} (${r.durationS ? `${Math.round(r.durationS / 60)} min` : ''}), ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB RAM, Node ${m.node}, ${m.os}; load average at start ${m.loadAverageAtStart.join(' ')}.` +
			` Kit: Astro ${v.kit.astro}, Pagefind ${v.kit.pagefind}. Starlight ${v.starlight.starlight} (Astro ${v.starlight.astro}, Pagefind ${v.starlight.pagefind}).` +
			(r.quick ? ' **Quick run: N = 10 only, one build each; not the full benchmark.**' : '') +
			(r.partial ? ` **Partial run (${r.partial}): the rest did not finish.**` : ''),
		'',
		'**Build scaling** (median of the runs; times without PDFs unless stated):',
		'',
		'| N lessons | Build | Runs | Pages | Wall (no PDFs) | Astro | Pagefind | PDFs | ms per page | ms per lesson | Peak memory (tree / largest process) | Ours ÷ Starlight, per page | per lesson |',
		'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	);
	for (const row of r.scaling) {
		for (const [name, b] of [
			['kit', row.kit],
			['Starlight', row.starlight],
		]) {
			const pdf =
				b.pdfMs === undefined
					? name === 'kit'
						? 'not run¹'
						: 'none'
					: `${s(b.pdfMs)} (${b.pdfFiles} files${b.pdfRuns < b.runs ? `, ${b.pdfRuns} run¹` : ''})`;
			const isKit = name === 'kit';
			lines.push(
				`| ${row.n} | ${name} | ${b.runs} | ${b.pages} | ${s(b.wallWithoutPdfMs)} | ${s(b.astroMs)} | ${s(b.pagefindMs)} | ${pdf} | ${ms(b.msPerPage)} | ${ms(b.msPerLesson)} | ${mb(b.treePeakBytes)} / ${mb(b.maxRssBytes)} | ${isKit ? `**${row.ratioMsPerPage.toFixed(2)}×**` : ''} | ${isKit ? `${row.ratioMsPerLesson.toFixed(2)}×` : ''} |`
			);
		}
	}
	const real = r.real;
	lines.push(
		'',
		`¹ PDFs (a lesson pack per lesson, plus the leaflet and poster) are printed in every run up to N = ${r.settings.pdfAlwaysMax}, in the first run only up to N = ${r.settings.pdfOnceMax}, and not at all above (about 1-2 s per pack on this machine: 1,000 packs would add roughly half an hour per run). "Wall (no PDFs)" subtracts the PDF phase where it ran, so the runs compare.`,
		'',
		`The real kit (${real.lessons} lessons, ${real.pages} pages): wall ${s(real.wallMs)} with PDFs (Astro ${s(real.astroMs)}, Pagefind ${s(real.pagefindMs)}, PDFs ${s(real.pdfMs)}), peak memory ${mb(real.treePeakBytes)} (process tree) / ${mb(real.maxRssBytes)} (largest process); median of ${real.runs}.`,
		'',
		'**Page weight on first load** (KB: raw / gzip / brotli; fresh cache, no interaction):',
		'',
		...weightRows([
			...Object.entries(r.weight.kit).map(([k, w]) => [`kit: ${k}`, w]),
			['kit: synthetic lesson (N = 10)', r.weight.kitSynthetic.lesson],
			['Starlight: home', r.weight.starlight.home],
			['Starlight: same lesson', r.weight.starlight.lesson],
		]),
		''
	);
	const kw = r.weight.kit;
	const sw = r.weight.starlight;
	if (sw.home && kw.home) {
		const g = (w) => w?.bytes.total.gzip;
		const j = (w) => w?.bytes.js.gzip;
		lines.push(
			`Ours ÷ Starlight, total gzip bytes: home ${ratio(g(kw.home), g(sw.home))}, lesson ${ratio(g(r.weight.kitSynthetic.lesson), g(sw.lesson))}` +
				` (JavaScript: home ${ratio(j(kw.home), j(sw.home))}, lesson ${ratio(j(r.weight.kitSynthetic.lesson), j(sw.lesson))}). Starlight has no search page of its own (its search is a dialog on every page); its search cost is below.`,
			''
		);
	}
	if (r.search.length) {
		lines.push(
			`**Search** (Pagefind; ${r.search[0].kit.queries} queries from e2e/fixtures/search-queries*.json):`,
			'',
			'| N lessons | Build | Index on disk | First query: bytes fetched (requests) | First query time | Median query time | Queries with results |',
			'| ---: | --- | ---: | ---: | ---: | ---: | ---: |'
		);
		for (const row of r.search) {
			for (const [name, x] of [
				['kit', row.kit],
				['Starlight', row.starlight],
			]) {
				const med = [...x.timesMs].sort((a, b) => a - b)[Math.floor(x.timesMs.length / 2)];
				lines.push(
					`| ${row.n} | ${name} | ${kb(x.index.bytes)} KB (${x.index.files} files) | ${kb(x.firstQuery.bytes)} KB (${x.firstQuery.requests}) | ${ms(x.firstQuery.ms)} | ${ms(med)} | ${x.withResults}/${x.queries} |`
				);
			}
		}
		lines.push('');
	}
	if (r.fallback?.length) {
		lines.push(
			`**Search with the sentence fallback** (src/features/search/search-fallback.ts; the kit's search with it and without it, side by side in two fresh browser contexts, on the ${r.fallback[0].rows.length} queries of e2e/fixtures/search-queries*.json with the pages each must find; a synthetic lesson counts as the lesson it copies):`,
			'',
			'| N lessons | Search | Expected page in top three | Queries with results | Searched again | First search | Median query time | Slowest query | With ÷ without, median |',
			'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
		);
		const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
		for (const row of r.fallback) {
			const n = row.n === 'real' ? 'real kit' : row.n;
			const side = (name) => {
				const xs = row.rows.map((q) => q[name]);
				return {
					hits: xs.filter((x) => x.hit).length,
					found: xs.filter((x) => x.results > 0).length,
					again: xs.filter((x) => x.searches > 1).length,
					median: med(xs.map((x) => x.ms)),
					max: Math.max(...xs.map((x) => x.ms)),
				};
			};
			const without = side('plain');
			const withIt = side('fallback');
			const total = row.rows.length;
			for (const [name, x, first] of [
				['without', without, row.firstMs.plain],
				['with fallback', withIt, row.firstMs.fallback],
			]) {
				const isWith = x === withIt;
				lines.push(
					`| ${n} | ${name} | ${x.hits}/${total} (${Math.round((100 * x.hits) / total)} %) | ${x.found}/${total} | ${isWith ? `${x.again}/${total}` : '–'} | ${ms(first)} | ${ms(x.median)} | ${ms(x.max)} | ${isWith ? `**${ratio(withIt.median, without.median)}**` : ''} |`
				);
			}
		}
		lines.push('');
	}
	if (r.pdf?.length) {
		lines.push(
			'**PDFs of the real kit** (time to print each, median of the runs; size as written):',
			'',
			'| PDF | Pages | Size | Time |',
			'| --- | ---: | ---: | ---: |'
		);
		for (const p of r.pdf)
			lines.push(`| ${p.output} | ${p.pages} | ${kb(p.bytes)} KB | ${ms(p.ms)} |`);
		lines.push('');
	}
	return `${lines.join('\n').trim()}\n`;
}
