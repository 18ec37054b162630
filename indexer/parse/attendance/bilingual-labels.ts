// Attendance labels in two languages, or in Welsh alone: "Yn bresennol:", "Present / Bresennol …", "IN ATTENDANCE/I
// LÁTHAIR …" (attendance-labels.ts reads the English ones).
import type { AttendanceKind } from '../../../core/types';
import type { AttendanceLabel } from './attendance-labels';

/**
 * Welsh councils' attendance labels: "Yn bresennol" and "Presennol" (present), "Yn mynychu" and "Hefyd yn bresennol"
 * (attending, and also present: the officers and guests), "Ymddiheuriadau" (apologies), "Yn absennol" (absent; "efo
 * ymddiheuriadau", with apologies), "Wrth law" (at hand) and "Swyddogion" (officers): the officers attending. The English
 * label beside one, where there is one, is read before it.
 */
const WELSH_LABEL = String.raw`(?:hefyd\s+yn\s+[bp]resennol|yn\s+mynychu|wrth\s+law|swyddogion(?:\s+yn\s+[bp]resennol)?|(?:yn\s+)?[bp]resennol|ymddihe[iu]riadau|(?:yn\s+)?absennol(?:\s+(?:efo|gydag?|heb)\s+ymddihe[iu]riadau)?)`;
/**
 * "Yn bresennol:", "Ymddiheiriadau/Apologise:" (the English after a slash, as a clerk typed it): the Welsh label, the
 * English one if any, then the colon.
 */
const WELSH_LABEL_AT_START = new RegExp(String.raw`^(${WELSH_LABEL})(?:\s*\/\s*\p{L}[\p{L} ]{1,29})?\s*:\s*(.*)$`, 'iu');
/** "Hefyd yn presennol / In attendance Mrs M. Rees …": the English label after the slash ends the pair, as a colon would. */
const WELSH_THEN_ENGLISH_LABEL = new RegExp(String.raw`^(${WELSH_LABEL})\s*\/\s*(?:also\s+present|present|in\s+attendance|attending|apologies(?:\s+for\s+absence)?|absent)\s+(\p{Lu}.*)$`, 'iu');
/** "Present / Bresennol Chair Cllr J Ellis, …": an English label, a slash and the Welsh label, the names after them. */
export const WELSH_AFTER_LABEL = new RegExp(String.raw`^(\p{L}[\p{L} ]{1,30}?) ?\/ ?${WELSH_LABEL}\s*:?\s+(\S.*)$`, 'iu');

/** The kind of attendance a Welsh label alone opens ("Yn bresennol:", "Ymddiheuriadau:"), its colon after it; null for none. */
/** Whether a text's first letter is one a Welsh label starts with: the rest are let go before any pattern is tried. */
export const mayOpenWelshLabel = (text: string) => text.length > 0 && 'yYpPbBhHaAwWsS'.includes(text[0]);

export function welshLabelOf(text: string): AttendanceLabel | null {
  const welsh = mayOpenWelshLabel(text) ? (WELSH_LABEL_AT_START.exec(text) ?? WELSH_THEN_ENGLISH_LABEL.exec(text)) : null;
  if (!welsh) return null;
  const label = welsh[1].toLowerCase();
  const attendance: AttendanceKind =
    label.startsWith('hefyd') || label.includes('mynychu') || label.startsWith('wrth') || label.startsWith('swyddog') ? 'in attendance' : label.includes('heb') ? 'absent' : /ymddihe[iu]riadau/.test(label) ? 'apologies' : label.includes('absennol') ? 'absent' : 'present';
  return { attendance, rest: welsh[2] };
}

/** "IN ATTENDANCE/I LÁTHAIR …", "Present/Yn bresennol: …": a label, a slash, and the label in another language (in capitals as the first is, or up to a colon). */
export const TRANSLATION_AFTER_LABEL = /^(\p{L}[\p{L} ]{1,30}?) ?\/ ?(?:\p{Lu}[\p{Lu}'’]*(?: \p{Lu}[\p{Lu}'’]*){0,2}(?=\s)|[^:/|]{1,30}(?=:))(.*)$/u;
