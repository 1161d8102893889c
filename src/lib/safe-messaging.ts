/**
 * Safe messaging about suicide (Samaritans media guidelines; PSHE Association): text that pupils
 * read or hear never links sextortion to self-harm or death, and never says "within hours". Pupils
 * get the signpost instead: "If you or a friend feel like you might hurt yourself, tell someone now",
 * with the crisis routes. Staff and parents' material may state the link, with the crisis routes
 * beside it.
 *
 * Who reads what (decided by where the words live, so an author cannot forget to say):
 * - pupils: advice pages, practice activities, the help services' descriptions, printed sheets whose
 *   `audience` is `pupils` (the leaflet, poster, signposting sheet), and a lesson's body: slides,
 *   the notes a teacher reads out, scenarios, worksheets and the activity instructions with their
 *   scripted "Say: …" lines;
 * - staff and parents: a lesson's frontmatter and its `<TeacherNote>` and `<SafeguardingNote>`
 *   blocks, talks, guides, and sheets for staff or parents (the first-hour guide, the letter).
 */
import { mdxElements } from './mdx';

/** Words for self-harm or death, in English and Welsh (with the Welsh mutations). */
const harm =
	/\b(suicides?|suicidal|self-harm(ing)?|(harm|hurt|kill)(s|ed|ing)? (themselves|themself|yourself|himself|herself)|(took|taken|take|taking|ended|end) (their|his|her|your) own li(fe|ves)|died|deaths?|dying|lost (their|his|her) li(fe|ves)|[hn]unanladd\w*|[hn]unan-?niwed\w*|(ladd|lladd|frifo|brifo|niweidio|anafu) (ei|eu|dy|fy|ein|eich) (hun|hunain)|(bu|buon) farw|[mf]arw(olaeth\w*)?|marwolaeth\w*|colli (ei|eu) (f|b)ywyd\w*)\b/iu;

/** Words that tie a harm word to sextortion in the same sentence, in English and Welsh. */
const link =
	/\b(sextortion|sextort\w*|blackmail\w*|extort\w*|threat\w*|linked|led to|lead(s)? to|because of|within hours|[bfm]lacmel\w*|[bfm]ygwth\w*|[bfm]ygythiad\w*|arwain at|oherwydd|o fewn oriau)\b/iu;

/** "Within hours", the timing the guidelines say never to give pupils (Welsh: "o fewn oriau"). */
const withinHours = /\b(within (a few )?hours|o fewn (ychydig )?(o )?oriau)\b/iu;

/** The lesson components whose words are for the teacher alone. */
export const staffOnlyComponents = ['TeacherNote', 'SafeguardingNote'] as const;

export interface SafeMessagingProblem {
	/** 1-based line in the text checked. */
	line: number;
	/** The sentence, tidied to one line. */
	sentence: string;
}

/**
 * Sentences in text pupils see that link sextortion to self-harm or death, or say "within hours"
 * beside a harm word. A harm word alone ("Samaritans listen if you are thinking about suicide", "If
 * you might hurt yourself, tell someone now") is the signpost, and passes.
 */
export function pupilHarmLinks(text: string): SafeMessagingProblem[] {
	const problems: SafeMessagingProblem[] = [];
	// Clauses end at . ! ? : ; or a blank line, and may run over line breaks: "…about sextortion:
	// where to get help, including if you feel like you might hurt yourself" is two.
	for (const m of text.matchAll(/[^.!?:;\n]+(?:\n(?!\s*\n)[^.!?:;\n]*)*[.!?:;]?/gu)) {
		const sentence = m[0];
		if (!harm.test(sentence)) continue;
		if (!link.test(sentence) && !withinHours.test(sentence)) continue;
		const lead = sentence.length - sentence.trimStart().length;
		problems.push({
			line: text.slice(0, m.index + lead).split('\n').length,
			sentence: sentence.replace(/\s+/g, ' ').trim(),
		});
	}
	return problems;
}

/**
 * The MDX with every staff-only block (`<TeacherNote>`, `<SafeguardingNote>`) blanked out: its
 * characters become spaces and its line breaks stay, so lines still match the file.
 */
export function withoutStaffOnly(body: string): string {
	let out = body;
	for (const element of mdxElements(body, staffOnlyComponents)) {
		const start = element.node.position?.start.offset;
		const end = element.node.position?.end.offset;
		if (start === undefined || end === undefined) continue;
		out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
	}
	return out;
}

const advice =
	"pupils must not read or hear that sextortion is linked to self-harm or death (safe messaging). Give the signpost instead: \"If you or a friend feel like you might hurt yourself, tell someone now\", with the crisis routes (<HelpRoutes ids={['samaritans', 'shout', 'papyrus']} />). Teacher notes, talks and guides for adults may say it";

/** One line per problem in text pupils see, naming the line and the sentence. */
export function pupilHarmLinkProblems(text: string): string[] {
	return pupilHarmLinks(text).map((p) => `line ${p.line}: "${p.sentence}": ${advice}`);
}

/** The same for a lesson's body: everything except the teacher-only blocks. */
export function lessonHarmLinkProblems(body: string): string[] {
	return pupilHarmLinkProblems(withoutStaffOnly(body));
}
