// A Welsh council's ModernGov page in Welsh ("Rhaglen a chofnodion", "Agenda a Chofnodion"): the same page as the
// English one, its chrome in Welsh. Its labels are read as the English page's are, so the ModernGov layout reads it.

/** The page's title: "Rhaglen a chofnodion", "Agenda a Chofnodion", "Rhaglen, penderfyniadau a chofnodion". */
const WELSH_PAGE_TITLE = /^\s*(?:Rhaglen|Agenda)(, penderfyniadau)? a (?:ch|Ch|CH)ofnodion(?: drafft)?\s*$/;

/**
 * The page's labels on lines of their own and what the English page prints instead: "Dogfennau ychwanegol:" (additional
 * documents), "Dogfennau ategol:" (supporting documents), "Cofnodion:" (the minutes under the agenda's wording),
 * "Penderfyniad:" (decision), "Rhif. Eitem" (No. Item), "Eitemau" (items), "Eitem agenda" (agenda item).
 */
const LABELS: Readonly<Record<string, string>> = {
  'dogfennau ychwanegol:': 'Additional documents:',
  'dogfennau ategol:': 'Supporting documents:',
  'cofnodion:': 'Minutes:',
  'penderfyniad:': 'Decision:',
  'rhif. eitem': 'No. Item',
  'rhif eitem': 'No. Item',
  eitemau: 'Items',
  'eitem agenda': 'Agenda item',
};

/** "Lleoliad: …" (venue), "Cyswllt: …" (contact): the meeting's details, labelled. */
const DETAIL_LABEL = /^(\s*)(Lleoliad|Cyswllt):/;
/** "pdf eicon PDF 281 KB" after a title, "… Cyfarwyddiadau" (directions) after the venue: the page's links. */
const LINK_WORDS = /pdf eicon(?=\s+PDF)|(?<=\S\s*)\bCyfarwyddiadau\.?\s*$/g;

/** Whether one of the first lines is a Welsh ModernGov page's title; a text with no "ofnodion" in it is let go at once. */
function isWelshPage(text: string, lines: string[]): boolean {
  return text.includes('ofnodion') && lines.slice(0, 40).some((line) => WELSH_PAGE_TITLE.test(line));
}

/** One line of the Welsh page as the English page prints it. */
function inEnglish(line: string): string {
  const title = WELSH_PAGE_TITLE.exec(line);
  if (title) return title[1] ? 'Agenda, decisions and minutes' : 'Agenda and minutes';
  const label = LABELS[line.trim().toLowerCase()];
  if (label) return label;
  const detail = DETAIL_LABEL.exec(line);
  const labelled = detail ? `${detail[1]}${detail[2] === 'Lleoliad' ? 'Venue' : 'Contact'}:${line.slice(detail[0].length)}` : line;
  return labelled.replace(LINK_WORDS, (found) => (found.startsWith('pdf') ? 'pdf icon' : 'View directions'));
}

/** `lines` of a Welsh ModernGov page with its chrome in English, and the text joined again; both as given for any other text. */
export function withWelshModernGovInEnglish(text: string, lines: string[]): { text: string; lines: string[] } {
  if (!isWelshPage(text, lines)) return { text, lines };
  const english = lines.map(inEnglish);
  return { text: english.join('\n'), lines: english };
}
