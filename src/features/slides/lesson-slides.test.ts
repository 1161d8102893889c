import { describe, expect, it } from 'vitest';
import { strings } from '../../i18n/strings';
import {
	asICan,
	asTodayWeWill,
	openingSlides,
	readSlideTitles,
	slideId,
	slideTitleProblems,
	slug,
} from './lesson-slides';

describe('openingSlides', () => {
	const lesson = {
		title: "Who's really there?",
		summary: 'Friend requests, fake profiles and how to check who someone really is.',
		objectives: [
			'To understand that people online may not be who they say they are.',
			'To know where to get help.',
		],
		outcomes: ['I can name three signs of a fake profile.', 'I can say who I would tell.'],
	};

	it('makes a title slide from the title and summary', () => {
		expect(openingSlides(lesson).title).toEqual({
			id: 'deck-title',
			title: lesson.title,
			summary: lesson.summary,
		});
	});

	it('turns objectives and outcomes into a "Today we will…" slide', () => {
		expect(openingSlides(lesson).objectives).toEqual({
			id: 'deck-objectives',
			title: 'Today we will…',
			items: [
				'understand that people online may not be who they say they are.',
				'know where to get help.',
			],
			outcomesTitle: 'By the end, I can…',
			outcomes: ['name three signs of a fake profile.', 'say who I would tell.'],
		});
	});
});

describe('asTodayWeWill and asICan', () => {
	it('drop the leading "To" and "I can" whatever their case', () => {
		expect(asTodayWeWill('to  Recognise pressure')).toBe('recognise pressure');
		expect(asICan('i can explain why')).toBe('explain why');
	});

	it('keep text that is written another way, lowering only its first letter', () => {
		expect(asTodayWeWill('Explore what trust means')).toBe('explore what trust means');
		expect(asICan('Name two helplines')).toBe('name two helplines');
	});

	it('leave acronyms alone', () => {
		expect(asTodayWeWill('To DSL referral routes')).toBe('DSL referral routes');
		expect(asTodayWeWill('UK law on images')).toBe('UK law on images');
	});
});

describe('the opening slides in Welsh', () => {
	const t = strings('cy');
	const welsh = openingSlides(
		{
			title: 'Pwy sydd yno go iawn?',
			summary: 'Ceisiadau ffrind.',
			objectives: ['Deall nad yw proffil yn profi pwy yw rhywun.'],
			outcomes: ['Galla i esbonio pam.', 'Galla i ddefnyddio rhestr wirio.'],
		},
		{
			todayWeWill: t('slides.opening.todayWeWill'),
			byTheEnd: t('slides.opening.byTheEnd'),
			objectivePrefix: t('slides.opening.objectivePrefix'),
			outcomePrefix: t('slides.opening.outcomePrefix'),
		}
	);

	it('read on from "Heddiw byddwn ni\'n…" and "Erbyn y diwedd, galla i…", the mutated verb kept', () => {
		expect(welsh.objectives).toEqual({
			id: 'deck-objectives',
			title: "Heddiw byddwn ni'n…",
			items: ['deall nad yw proffil yn profi pwy yw rhywun.'],
			outcomesTitle: 'Erbyn y diwedd, galla i…',
			outcomes: ['esbonio pam.', 'ddefnyddio rhestr wirio.'],
		});
	});
});

describe('slug and slideId', () => {
	it('keep only letters and digits, joined by hyphens', () => {
		expect(slug("Who's really there?")).toBe('who-s-really-there');
		expect(slug('  Café — 3 rules ')).toBe('cafe-3-rules');
	});

	it('prefix slide ids so they never clash with the opening slides or page ids', () => {
		expect(slideId('Ground rules')).toBe('slide-ground-rules');
		expect(slideId('???')).toBe('slide-untitled');
	});
});

describe('readSlideTitles', () => {
	it('finds titles in any quoting style, with line numbers', () => {
		const body = `<Activity title="A" minutes={5}>\n\n<Slide title="One">\nx\n</Slide>\n<Slide title='Two' />\n<Slide title={"Three"} />\n<Slide />\n\n</Activity>`;
		expect(readSlideTitles(body)).toEqual([
			{ title: 'One', line: 3 },
			{ title: 'Two', line: 6 },
			{ title: 'Three', line: 7 },
			{ title: undefined, line: 8 },
		]);
	});

	it('reads a tag split over lines, and not one inside a code block or comment', () => {
		const body =
			'<Slide\n  title="Split"\n>\n\nx\n\n</Slide>\n\n```\n<Slide title="Code" />\n```\n\n{/* <Slide title="Comment" /> */}';
		expect(readSlideTitles(body)).toEqual([{ title: 'Split', line: 1 }]);
	});

	it('keeps apostrophes inside double quotes', () => {
		expect(readSlideTitles(`<Slide title="Who's there?" />`)[0]?.title).toBe("Who's there?");
	});
});

describe('slideTitleProblems', () => {
	it('accepts unique titles', () => {
		expect(slideTitleProblems('<Slide title="One" />\n<Slide title="Two" />')).toEqual([]);
	});

	it('reports a repeated title, even with different punctuation', () => {
		expect(
			slideTitleProblems('<Slide title="Ground rules" />\n\n<Slide title="Ground rules!" />')
		).toEqual([
			'slide title "Ground rules!" (line 3) is already used on line 1: slide titles must be unique',
		]);
	});

	it('reports a missing title', () => {
		expect(slideTitleProblems('<Slide />')).toEqual(['the slide on line 1 needs a title="…"']);
	});

	it('reports a hand-written objectives slide, which the deck makes itself', () => {
		expect(slideTitleProblems('<Slide title="Today we will..." />')[0]).toMatch(
			/automatic "Today we will…" slide/
		);
	});
});
