/**
 * Synthetic lessons for the build-scaling benchmark.
 *
 * Each synthetic lesson is one of the kit's real lessons (content/lessons/*.mdx, taken in turn) with a
 * new slug, title and order, and one extra paragraph per activity made of sentences drawn (with a
 * seeded random generator, so every run writes the same files) from all the real lessons. So every
 * page has a real lesson's length and uses every MDX component the real lessons use (Activity with
 * minutes adding up to `duration`, Slide, Notes, Scenario, Questions, TeacherNote, SafeguardingNote,
 * Worksheet, HelpRoutes, Term), its frontmatter passes src/schemas/lesson.ts, and the search index
 * is not just the same five pages again.
 *
 * `toStarlight()` turns the same lesson into a Starlight doc (see the mapping in its comment).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Deterministic PRNG (mulberry32). */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Splits an MDX file into its frontmatter text and body. */
function split(source) {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
	if (!match) throw new Error('lesson without frontmatter');
	return { frontmatter: match[1], body: match[2] };
}

/** Plain sentences from the teacher-plan paragraphs of the real lessons (no tags, no lists). */
function sentences(bodies) {
	const out = new Set();
	for (const body of bodies) {
		for (const line of body.split('\n')) {
			if (!/^[A-Z][^<>{}|#*-]*$/.test(line.trim())) continue;
			for (const s of line.trim().split(/(?<=[.!?])\s+/))
				if (s.length > 30 && /[.!?]$/.test(s)) out.add(s);
		}
	}
	return [...out];
}

/** Loads the real lessons that the synthetic ones are made from. */
export function loadTemplates(root) {
	const dir = join(root, 'content/lessons');
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.sort();
	const templates = files.map((f) => {
		const { frontmatter, body } = split(readFileSync(join(dir, f), 'utf8'));
		return { slug: f.replace(/\.mdx$/, ''), data: parse(frontmatter), frontmatter, body };
	});
	return { templates, pool: sentences(templates.map((t) => t.body)) };
}

/**
 * The i-th synthetic lesson (0-based): `{ slug, mdx, data, body }`. The body is the template's with
 * a generated paragraph after each activity's opening tag, so the activity minutes still add up.
 * The first copy of each template keeps the template's slug: the guides link to real lessons (the
 * teachers' guide to friend-requests), and the build refuses links to pages the kit does not have.
 */
export function syntheticLesson({ templates, pool }, i) {
	const t = templates[i % templates.length];
	const rand = random(i + 1);
	const n = String(i + 1).padStart(4, '0');
	const slug = i < templates.length ? t.slug : `bench-${n}-${t.slug}`;
	let body = t.body.replace(/(<Activity\b[^>]*>\n)/g, (tag) => {
		const picked = Array.from({ length: 4 }, () => pool[Math.floor(rand() * pool.length)]);
		return `${tag}\n${picked.join(' ')}\n`;
	});
	// The build refuses an invented character used in two lessons, so copies get their own names.
	if (i >= templates.length) {
		body = body
			.replace(/(<Scenario\b[^>]*?\bcharacter=")([^"]+)"/g, `$1$2 ${n}"`)
			.replace(
				/(<Scenario\b[^>]*?\bothers=\{\[)([^\]]*)\]/g,
				(_, head, list) => `${head}${list.replace(/'([^']+)'/g, `'$1 ${n}'`)}]`
			);
	}
	const data = { ...t.data, title: `${t.data.title} (${n})`, order: i + 1 };
	// Keep the frontmatter text as written (dates, quoting), changing only title and order.
	const frontmatter = t.frontmatter
		.replace(/^title: .*$/m, `title: ${JSON.stringify(data.title)}`)
		.replace(/^order: .*$/m, `order: ${i + 1}`);
	return { slug, data, body, mdx: `---\n${frontmatter}\n---\n${body}` };
}

const attr = (tag, name) => {
	const m = new RegExp(`\\b${name}=(?:"([^"]*)"|\\{([^}]*)\\})`).exec(tag);
	return m ? (m[1] ?? m[2]) : undefined;
};
const quote = (s) => JSON.stringify(s);

/**
 * The lesson as a Starlight doc (MDX with Starlight's own components). Mapping:
 * - `<Activity title minutes kind optional>` → `## title` and a line "*n minutes · kind · optional*"
 * - `<Slide title>` → `<Card title>` (the slide's text inside)
 * - `<Notes>`, `<TeacherNote>` → `<Aside type="note">`; `<SafeguardingNote>` → `<Aside type="caution">`
 * - `<Scenario title character>` → `<Aside type="tip" title="Scenario: title (character)">`
 * - `<Questions title>` → a bold line with the title, then the Markdown list
 * - `<Worksheet title lines>` → `### title` and the worksheet's text
 * - `<HelpRoutes ids>` → `### title` and a `<LinkCard>` per service (name, what it does, phone in the text)
 * - `<Term id>word</Term>` → `<abbr title="definition">word</abbr>`
 * - `<Steps />` → a Markdown numbered list of the steps in content/data/steps.yaml
 * - frontmatter → `title` and `description` (the summary), then a list of objectives and the
 *   safeguarding notes in an Aside, as the kit's lesson page shows them.
 */
export function toStarlight(lesson, { services, glossary, steps }) {
	const byService = new Map(services.map((s) => [s.id, s]));
	const byTerm = new Map(glossary.map((g) => [g.id, g]));
	let body = lesson.body
		.replace(
			/<Activity\b[^>]*>/g,
			(tag) =>
				`## ${attr(tag, 'title')}\n\n*${attr(tag, 'minutes')} minutes${attr(tag, 'kind') ? ` · ${attr(tag, 'kind')}` : ''}${/\boptional\b/.test(tag) ? ' · optional' : ''}*`
		)
		.replace(/<Steps\b[^>]*\/>/g, () =>
			steps.map((s, i) => `${i + 1}. **${s.title}** ${s.text}`).join('\n')
		)
		.replace(/<\/Activity>/g, '')
		.replace(/<Slide\b[^>]*>/g, (tag) => `<Card title=${quote(attr(tag, 'title'))}>`)
		.replace(/<\/Slide>/g, '</Card>')
		.replace(/<Notes>/g, '<Aside type="note" title="Notes">')
		.replace(
			/<TeacherNote\b[^>]*>/g,
			(tag) => `<Aside type="note" title=${quote(attr(tag, 'title') ?? 'Teacher note')}>`
		)
		.replace(
			/<SafeguardingNote\b[^>]*>/g,
			(tag) => `<Aside type="caution" title=${quote(attr(tag, 'title') ?? 'Safeguarding')}>`
		)
		.replace(
			/<Scenario\b[^>]*>/g,
			(tag) =>
				`<Aside type="tip" title=${quote(`Scenario: ${attr(tag, 'title')} (${attr(tag, 'character')})`)}>`
		)
		.replace(/<\/(Notes|TeacherNote|SafeguardingNote|Scenario)>/g, '</Aside>')
		.replace(/<Questions\b[^>]*>/g, (tag) =>
			attr(tag, 'title') ? `**${attr(tag, 'title')}**` : ''
		)
		.replace(/<\/Questions>/g, '')
		.replace(/<Worksheet\b[^>]*>/g, (tag) => `### ${attr(tag, 'title')}`)
		.replace(/<\/Worksheet>/g, '')
		.replace(/<HelpRoutes\b[^>]*\/>/g, (tag) => {
			const ids = JSON.parse((attr(tag, 'ids') ?? "['childline','ceop']").replace(/'/g, '"'));
			const cards = ids.map((id) => {
				const s = byService.get(id);
				if (!s) return '';
				const desc = [s.what, s.phone ? `Phone: ${s.phone}` : ''].filter(Boolean).join(' ');
				return `<LinkCard title=${quote(s.name)} href=${quote(s.url ?? '/help/')} description=${quote(desc)} />`;
			});
			return `### ${attr(tag, 'title') ?? 'Where to get help'}\n\n${cards.join('\n')}`;
		})
		.replace(
			/<Term id="([^"]+)">([\s\S]*?)<\/Term>/g,
			(_, id, word) => `<abbr title=${quote(byTerm.get(id)?.definition ?? word)}>${word}</abbr>`
		);
	const { data } = lesson;
	const intro = [
		`${data.duration} minutes · ${data.keyStages.join(', ')} · Years ${data.yearGroups.join(', ')}`,
		'',
		'## Learning objectives',
		'',
		...data.objectives.map((o) => `- ${o}`),
		'',
		'<Aside type="caution" title="Before you teach">',
		'',
		...data.safeguarding.map((s) => `- ${s}`),
		'',
		'</Aside>',
		'',
	].join('\n');
	return [
		'---',
		`title: ${quote(data.title)}`,
		`description: ${quote(data.summary)}`,
		'---',
		'',
		"import { Aside, Card, LinkCard } from '@astrojs/starlight/components';",
		'',
		intro,
		body,
	].join('\n');
}

/** services.yaml, glossary.yaml and the steps in steps.yaml, for the Starlight conversion. */
export function loadData(root) {
	return {
		services: parse(readFileSync(join(root, 'content/data/services.yaml'), 'utf8')),
		glossary: parse(readFileSync(join(root, 'content/data/glossary.yaml'), 'utf8')),
		steps: parse(readFileSync(join(root, 'content/data/steps.yaml'), 'utf8'))['if-it-happens']
			.steps,
	};
}
