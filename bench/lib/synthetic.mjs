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
 * Lessons are read with the build's own MDX parser (src/lib/mdx.ts), and changed by the positions it
 * gives, so a tag split over lines or one inside a code block is handled as the build handles it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { parseMdx, rewriteElements, splitFrontmatter, textOf, walk } from '../../src/lib/mdx.ts';
import { help } from '../../src/site/routes.ts';

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
	const { frontmatter, body } = splitFrontmatter(source);
	if (frontmatter === undefined) throw new Error('lesson without frontmatter');
	return { frontmatter, body };
}

/** Plain sentences from the paragraphs of the real lessons that are text alone (no components, links or lists). */
function sentences(bodies) {
	const out = new Set();
	for (const body of bodies) {
		walk(parseMdx(body), (node, parent) => {
			if (node.type !== 'paragraph' || parent?.type === 'listItem') return;
			if (!node.children?.every((child) => child.type === 'text')) return;
			for (const s of textOf(node)
				.replace(/\s+/g, ' ')
				.trim()
				.split(/(?<=[.!?])\s+/))
				if (s.length > 30 && /^[A-Z]/.test(s) && /[.!?]$/.test(s)) out.add(s);
		});
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
	let body = rewriteElements(t.body, ({ element, open, inner, close }) => {
		if (element.name !== 'Activity') return undefined;
		const picked = Array.from({ length: 4 }, () => pool[Math.floor(rand() * pool.length)]);
		return `${open}\n\n${picked.join(' ')}\n\n${inner}\n\n${close}`;
	});
	// The build refuses an invented character used in two lessons, so copies get their own names.
	if (i >= templates.length) {
		body = body
			.replace(/(<Scenario\b[^>]*?\bcharacter=")([^"]+)"/g, `$1$2 ${n}"`)
			.replace(
				/(<Scenario\b[^>]*?\bothers=\{\[)([^\]]*)\]/g,
				(_, head, list) => `${head}${list.replace(/'([^']+)'/g, `'$1 ${n}'`)}]`
			)
			// A chat's people are the scenario's: its owner and named senders follow their new names.
			.replace(/(<Chat\b[^>]*?\bowner=")([^"]+)"/g, `$1$2 ${n}"`)
			.replace(/(<Msg\b[^>]*?\bfrom=")([^"\s]+)"/g, `$1$2 ${n}"`);
	}
	const data = { ...t.data, title: `${t.data.title} (${n})`, order: i + 1 };
	// Keep the rest of the frontmatter as written (dates, quoting), changing only title and order.
	const doc = parseDocument(t.frontmatter);
	doc.set('title', data.title);
	doc.set('order', data.order);
	return {
		slug,
		data,
		body,
		mdx: `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd()}\n---\n${body}`,
	};
}

const quote = (s) => JSON.stringify(s);

/**
 * The lesson as a Starlight doc (MDX with Starlight's own components). Mapping:
 * - `<Activity title minutes kind optional>` → `## title` and a line "*n minutes · kind · optional*"
 * - `<Slide title>` → `<Card title>` (the slide's text inside)
 * - `<Notes>`, `<TeacherNote>` → `<Aside type="note">`; `<SafeguardingNote>` → `<Aside type="caution">`
 * - `<Scenario title character>` → `<Aside type="tip" title="Scenario: title (character)">`
 * - `<Chat>` → an italic "Made-up example" line, then each `<Msg from>` as a numbered "**from:** words"
 * - `<Questions title>` → a bold line with the title, then the Markdown list
 * - `<Worksheet title lines>` → `### title` and the worksheet's text
 * - `<HelpRoutes ids>` → `### title` and a `<LinkCard>` per service (name, what it does, phone in the text)
 * - `<Term id>word</Term>` → `<abbr title="definition">word</abbr>`
 * - `<Steps />` → a Markdown numbered list of the steps in content/data/steps.yaml
 * - `<Lead form>`, `<Guidance>`, `<Years of>` → England's words as text ("DSL", "the UKCIS advice",
 *   "Year 7"); `<NationPart>` → its text; `<NationNote />` → nothing
 * - frontmatter → `title` and `description` (the summary), then a list of objectives and the
 *   safeguarding notes in an Aside, as the kit's lesson page shows them.
 */
export function toStarlight(lesson, { services, glossary, steps }) {
	const byService = new Map(services.map((s) => [s.id, s]));
	const byTerm = new Map(glossary.map((g) => [g.id, g]));
	const block = (...parts) => parts.filter((part) => part !== '').join('\n\n');
	const body = rewriteElements(lesson.body, ({ element, inner }) => {
		const a = (name) => {
			const value = element.attributes[name];
			return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
		};
		const aside = (type, title) =>
			block(`<Aside type="${type}" title=${quote(title)}>`, inner, '</Aside>');
		switch (element.name) {
			case 'Activity':
				return block(
					`## ${a('title')}`,
					`*${a('minutes')} minutes${a('kind') ? ` · ${a('kind')}` : ''}${element.attributes['optional'] === true ? ' · optional' : ''}*`,
					inner
				);
			case 'Steps':
				return steps.map((s, i) => `${i + 1}. **${s.title}** ${s.text}`).join('\n');
			case 'Slide':
				return block(`<Card title=${quote(a('title'))}>`, inner, '</Card>');
			case 'Notes':
				return aside('note', 'Notes');
			case 'TeacherNote':
				return aside('note', a('title') ?? 'Teacher note');
			case 'SafeguardingNote':
				return aside('caution', a('title') ?? 'Safeguarding');
			case 'Scenario':
				return aside('tip', `Scenario: ${a('title')} (${a('character')})`);
			case 'Chat':
				return block('*Made-up example – not real people*', inner);
			case 'Msg':
				return `1. **${a('from')}${a('time') ? `, ${a('time')}` : ''}:** ${inner}`;
			case 'Questions':
				return block(a('title') ? `**${a('title')}**` : '', inner);
			case 'Worksheet':
				return block(`### ${a('title')}`, inner);
			case 'HelpRoutes': {
				const ids = element.attributes['ids'];
				const cards = (Array.isArray(ids) ? ids : ['childline', 'ceop']).map((id) => {
					const s = byService.get(id);
					if (!s) return '';
					const desc = [s.what, s.phone ? `Phone: ${s.phone}` : ''].filter(Boolean).join(' ');
					return `<LinkCard title=${quote(s.name)} href=${quote(s.url ?? help())} description=${quote(desc)} />`;
				});
				return block(`### ${a('title') ?? 'Where to get help'}`, cards.join('\n'));
			}
			case 'Lead': {
				const form = a('form') ?? 'short';
				const word = {
					short: 'DSL',
					title: 'Designated Safeguarding Lead',
					full: 'Designated Safeguarding Lead (DSL)',
					deputy: 'Deputy Designated Safeguarding Lead',
				}[form];
				return word;
			}
			case 'Guidance':
				return 'the UKCIS advice';
			case 'Years': {
				const years = element.attributes['of'];
				const list = Array.isArray(years) ? years : [];
				return list.length > 1 ? `Years ${list[0]}-${list.at(-1)}` : `Year ${list[0]}`;
			}
			case 'NationPart':
				return inner;
			case 'NationNote':
				return '';
			case 'Term':
				return `<abbr title=${quote(byTerm.get(a('id'))?.definition ?? inner)}>${inner}</abbr>`;
			default:
				return undefined;
		}
	});
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
