// A working group's notes typed live by a scribe (a standards body's or an open-source project's call): each turn opens
// with the speaker's initials ("MT: There are some ways …", "YSV: Any objections?"), and now and then a nickname ("ekr:
// lots of green here") or a first name ("Lars: Martin means …", "Roni Even: Will this …?"). Where initials open turns
// all through the notes, each such label is the turn's speaker, filed as the notes name them; "Emile: Multipath?" is
// then a turn, not a section titled "Emile".
import type { AgendaItem, Paragraph } from '../../../core/types';
import { NOT_SPEAKER_LABELS } from './speaker-labels';
import { NOT_NAME_WORD } from './verbatim-labels';

/** "MT:", "YSV:", "BT (remote):": two to four capitals, what is said after the colon. */
const INITIALS_LABEL = /^([A-Z]{2,4})(?:\s*\([^()]{1,40}\))?\s*:\s+\S/;
/** "ekr:", "mnot:": a nickname in lower case. */
const NICKNAME_LABEL = /^([a-z]{2,6})\s*:\s+\S/;
/** "Lars:", "Roni Even:", "Gabriel Montenegro (Microsoft):": a name of one to three capitalised words. */
const NAME_LABEL = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’]+){0,2})(?:\s*\([^()]{1,40}\))?\s*:\s+\S/u;
/** Initials that are abbreviations of a record's parts or of things discussed, never a person's. */
export const NOT_INITIALS = /^(?:AOB|AGM|EGM|TBD|TBC|TODO|FYI|NB|PS|CC|URL|PR|PRS|API|RFC|WG|CG|TC|IG|TAG|TSC|TOC|POLL|DONE|ASAP|ETA|FAQ|AI|UK|US|USA|EU|UN|PDF|OK|QA|IT|HR|ETC|IMO|EDIT|NEW|OLD|YES|NO|AYE|NAY|NOTE|WIP|FIX|BUG|SPEC|DOC|DOCS|LINK|ISSUE)$/;
/** Lower-case words a note may open with, never a nickname: "re: the draft", "eg: …", "todo: …". */
const NOT_NICKNAME = /^(?:re|cc|eg|ie|nb|ps|fyi|todo|tbd|note|notes|link|links|pr|prs|ok|etc|aob|poll|done|edit|wip|and|but|the|for|yes|no|via|from|to|date|time|who|what|why|how|when|where|goal|goals|plan|idea|ask|asks|next|bug|bugs|fix|test|tests|spec|docs|repo|demo|call|chat|mail|list|vote|votes|pros|cons|status|update|issue|issues|topic|action|agenda|result|answer|reply|summary|comment|example|http|https)$/;
/** Capitalised words that label a part of the notes ("Discussion:", "Conclusion:", "Slides:"), never a speaker. */
const NOT_SPEAKER_WORD = /^(?:Discussion|Conclusion|Conclusions|Consensus|Poll|Polls|Comment|Comments|Issue|Issues|Link|Links|Slides|Scribe|Scribes|Presenter|Presenters|Topic|Topics|Proposal|Resolution|Status|Context|Feedback|Example|Examples|Option|Options|Pros|Cons|Goal|Goals|Plan|Todo|Edit|Regrets|Chairs|Recording|Video|Zoom|Owner|Owners|Due|Where|When|Who|What|Why|How|Yes|No|Overall|Clarification|Response|Answer|Reply|Follow|Update|Updates|Notes|Summary|Background|Attendees|Participants|Observers|Guests|Host|Facilitator|Moderator|Timekeeper|Scribing|Agenda|Minutes|Action|Actions|Decision|Decisions|Resolved|Agreed|Outcome|Problem|Solution|Question|Questions|Reference|References|Repo|Spec|Draft|Drafts|Paper|Papers|Thread|Threads|Milestone|Milestones|Release|Releases|Breaking|Blocking|Blocked|Done|Open|Closed|Pending|Approved|Rejected|Merged)$/;

/** "Announcement:", "Presentation:", "Membership:": a noun's ending, no name's. */
const NOUN_ENDING = /(?:tion|sion|ment|ments|ness|ship|ity|ies|ings)$/;

/** At least this many turns opened by initials make a document's notes a scribe's; two or more people's initials among them. */
const MIN_INITIALS_TURNS = 4;

/** The initials a line's turn opens with ("MT" of "MT: Yep"), else null. */
export function initialsTurnLabel(line: string): string | null {
  const label = INITIALS_LABEL.exec(line.trimStart());
  return label && !NOT_INITIALS.test(label[1]) && !NOT_SPEAKER_LABELS.test(label[1]) ? label[1] : null;
}

/**
 * Whether `lines` are a scribe's notes of turns labelled by initials: at least MIN_INITIALS_TURNS lines open so, with
 * two different initials, and as many at least as `otherLabels` (labels read as something else, such as sections' titles).
 */
export function turnsByInitials(lines: readonly string[], otherLabels = 0): boolean {
  const labels = lines.map(initialsTurnLabel).filter((label): label is string => label !== null);
  return labels.length >= Math.max(MIN_INITIALS_TURNS, otherLabels) && new Set(labels).size >= 2;
}

/** The speaker a scribe's label names (initials, a nickname, or a first name or full name), else null. */
function scribedSpeakerOf(text: string): string | null {
  const initials = initialsTurnLabel(text);
  if (initials) return initials;
  const nickname = NICKNAME_LABEL.exec(text);
  if (nickname) return NOT_NICKNAME.test(nickname[1]) ? null : nickname[1];
  const name = NAME_LABEL.exec(text);
  if (!name || name[1].split(/[ -]/).some((word) => NOT_NAME_WORD.test(word) || NOT_SPEAKER_WORD.test(word) || NOUN_ENDING.test(word))) return null;
  return name[1];
}

/** A paragraph with the speaker its scribe's label names, where none is known yet. */
function withScribedSpeaker(paragraph: Paragraph): Paragraph {
  if (paragraph.speaker !== null || paragraph.isDecision) return paragraph;
  const speaker = scribedSpeakerOf(paragraph.text);
  return speaker === null ? paragraph : { ...paragraph, speaker };
}

/** A meeting's items with each turn a scribe labelled given its speaker, where the notes are labelled so all through. */
export function withInitialsTurns(items: AgendaItem[]): AgendaItem[] {
  // Turns a listed attendee's initials open ("APP:" for "Addison Phillips (APP)") have their speaker already, and count.
  const texts = items.flatMap((item) => item.paragraphs.filter((paragraph) => paragraph.speaker === null || initialsTurnLabel(paragraph.text) !== null).map((paragraph) => paragraph.text));
  if (!turnsByInitials(texts)) return items;
  return items.map((item) => ({ ...item, paragraphs: item.paragraphs.map(withScribedSpeaker) }));
}
