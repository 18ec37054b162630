// A numbered minute whose title, in capitalised words, runs on into its sentence after a dash: "409. Public Session –
// Cllr Knightley gave a brief review …". The title ends at the dash (run-on-titles.ts sets the sentence apart).

/**
 * "409. Public Session – Cllr Knightley gave a brief review …": a numbered minute's title in capitalised words (up to six,
 * small joining words between), an en or em dash, and the minute's sentence; a hyphen may join a title's own words. After
 * a prefix ("Article 4: Fire Station Roof – Mr. Vance reported …") the words before the dash are the article's subject,
 * its heading the prefix's.
 */
const TITLE_CASE_DASH_TEXT = /^(\p{Lu}[\p{L}'’]+(?:\s+(?:\p{Lu}[\p{L}'’]*|of|and|the|for|to|on|in|&)){0,5})\s[–—]\s+(?=\p{Lu})/u;

/**
 * The title and dash of a minute whose sentence runs on after them: a word in lower case among the sentence's first five
 * ("Cllr Knightley gave …"); "Police Meeting Update – Cllr Daphne Clements" over "Cllr Daphne Clements advised …" names
 * who reported, the dash's words part of the title.
 */
export function titleCaseDashRunOn(text: string): RegExpExecArray | null {
  const dash = TITLE_CASE_DASH_TEXT.exec(text);
  return dash && SENTENCE_SOON.test(text.slice(dash[0].length)) ? dash : null;
}
const SENTENCE_SOON = /^(?:\S+\s+){0,4}\p{Ll}{2,}/u;

/**
 * "2. Welcome and apologies – The Chair welcomed everyone. Apologies were received from …", "2 APOLOGIES Cllr F Watt
 * sent apologies as she was away.": an apologies item's title, whatever its number, with its sentence run on after a dash
 * (or, after a title in capitals, straight after it, a titled name first). A list run on ("Apologies – Cllr Hale") stays
 * in the title, as printed; the attendance rules read it there.
 */
const APOLOGIES_TITLE_RUN_ON =
  /^((?:(?:Welcome|Introductions?|WELCOME),?\s+(?:and|&|AND)\s+)?(?:Apolog(?:y|ies)|apologies|APOLOG(?:Y|IES))(?:\s+(?:for|FOR)\s+(?:[Aa]bsence|ABSENCE))?)(?:\s[–—-]\s+(?=\p{Lu})|\s+(?=(?:Cllrs?|Councillors?|Cr|Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}))/u;

/** A word in lower case among the first five, no list's "and" ("Cllr Orr and Cllr Yule"): a sentence. */
const SENTENCE_AFTER_APOLOGIES = /^(?:\S+\s+){0,4}(?!(?:and|or|de|van|von|du)\b)\p{Ll}{2,}/u;

/** The title and dash of an apologies item whose sentence runs on after them; null for any other text. */
export function apologiesTitleRunOn(text: string): RegExpExecArray | null {
  const runOn = text.charCodeAt(0) > 0x5a && text[0] !== 'a' ? null : APOLOGIES_TITLE_RUN_ON.exec(text);
  return runOn && SENTENCE_AFTER_APOLOGIES.test(text.slice(runOn[0].length)) ? runOn : null;
}
