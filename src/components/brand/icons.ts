/**
 * The icons the kit uses, from Lucide (lucide-static, ISC licence: content/LICENSE.md), by the names
 * Lucide gives them. Only these are imported, so only these are built into pages, as inline SVG:
 * no request, no icon font. Icon.astro draws them.
 */
import {
	Ban,
	BookOpen,
	Download,
	FileText,
	Globe,
	Flag,
	Hand,
	HeartHandshake,
	LifeBuoy,
	LogOut,
	Mail,
	MessageCircle,
	MessageCircleOff,
	MessageCircleWarning,
	Mic,
	MonitorPlay,
	Phone,
	Presentation,
	Printer,
	Save,
	School,
	Search,
	ShieldCheck,
	UserPlus,
	Users,
	WifiOff,
} from 'lucide-static';

export const icons = {
	ban: Ban,
	'book-open': BookOpen,
	download: Download,
	'file-text': FileText,
	globe: Globe,
	flag: Flag,
	hand: Hand,
	'heart-handshake': HeartHandshake,
	'life-buoy': LifeBuoy,
	'log-out': LogOut,
	mail: Mail,
	'message-circle': MessageCircle,
	'message-circle-off': MessageCircleOff,
	'message-circle-warning': MessageCircleWarning,
	mic: Mic,
	'monitor-play': MonitorPlay,
	phone: Phone,
	presentation: Presentation,
	printer: Printer,
	save: Save,
	school: School,
	search: Search,
	'shield-check': ShieldCheck,
	'user-plus': UserPlus,
	users: Users,
	'wifi-off': WifiOff,
} as const;

export type IconName = keyof typeof icons;

/** The icon for each "if it happens" step (content/data/steps.yaml), by the step's id. */
export const stepIcons: Readonly<Record<string, IconName>> = {
	'dont-pay': 'hand',
	'stop-replying': 'message-circle-off',
	'save-evidence': 'save',
	block: 'ban',
	tell: 'heart-handshake',
	report: 'flag',
};

/**
 * An icon's SVG, tidied for inlining: one line, no fixed size (CSS sizes it), hidden from screen
 * readers (the words beside it say what it means), Lucide's own class kept for its name.
 */
export function iconSvg(name: IconName, className = 'icon'): string {
	return icons[name]
		.trim()
		.replace(/\s*\n\s*/g, ' ')
		.replace(/\s(width|height)="24"/g, '')
		.replace(/ >/g, '>')
		.replace(/class="lucide /, `class="${className} lucide `)
		.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
