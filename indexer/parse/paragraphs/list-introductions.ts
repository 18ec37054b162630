// A numbered paragraph that introduces a list ("14.2 The Board was updated on the actions …:-", "3. The following
// amendment was moved:") ends in a colon, as a heading's label may ("Matters Arising:-"), and so was read as an item's
// title. It is a sentence: its subject opens it ("The …", "Members …", "It …") and a verb or "the following" comes
// after. An agenda's titles that end in a colon open with their task instead ("To consider the following
// applications:-"), so they stay headings.

/** Words of a sentence, not of a title. */
export const PROSE_WORDS = /\b(?:was|were|is|are|had|has|have|noted|asked|said|reported|explained|advised|agreed|resolved|received|will|would|be|been|that|there|this|it)\b/i;

/** "There were apologies from …", "There was no public participation": a sentence saying what there was, never a title, ended or not. */
export const THERE_WAS = /^There\s+(?:was|were|is|are|had\s+been|have\s+been)\s/;

const SENTENCE_SUBJECT = /^(?:The|It|Members|Councillors|Officers)\s/;

/** Whether a numbered line's text, ending in ":" or ":-", is a sentence that introduces a list rather than a title. */
export function introducesList(title: string): boolean {
  const text = title.trimEnd();
  if (!text.endsWith(':') && !text.endsWith(':-')) return false;
  return SENTENCE_SUBJECT.test(text) && (PROSE_WORDS.test(text) || /\bthe following\b/i.test(text));
}
