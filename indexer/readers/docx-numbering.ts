// Word's automatic numbers ("1.", "1.1", "(a)", "Minute 12") are nowhere in a .docx's text: numbering.xml says how each
// list's levels are shown and where they start, and Word counts the paragraphs. mammoth keeps only that a paragraph
// is numbered and at what level, so every list would read as one "1., 2., 3." run: a lettered list under an item
// went on as "3.", "4." and was read as items, and "1.1" came out "1.". The numbers are counted here as Word shows them.
import { unzipSync } from 'fflate';
import { listMarker } from './html-list-markers';

/** Largest numbering.xml or document.xml, once unzipped, counted here; a larger document keeps mammoth's plain numbering. */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';

interface WordLevel {
  format: string;
  text: string;
  start: number;
  styleId: string | null;
  /** Numbers of every level shown as decimals ("legal" numbering: "2.1" under "II"). */
  legal: boolean;
}

interface WordList {
  abstractId: string;
  /** Levels a list instance restarts, and at what number (Word's "Restart numbering" makes one). */
  restarts: Map<number, number>;
}

/** A numbered paragraph as mammoth sees it, in document order: its level, and the number Word shows (null for a bullet). */
export interface WordNumber {
  level: number;
  label: string | null;
}

const attributePatterns = new Map<string, RegExp>();

/** The `w:val` of the first `<w:name>` element in the XML ("decimal" of `<w:numFmt w:val="decimal"/>`). */
function attribute(xml: string, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`<w:${name}\\b[^>]*?\\bw:val="([^"]*)"`)));
  const match = pattern.exec(xml);
  return match ? match[1] : null;
}

function readLevels(abstractXml: string): Map<number, WordLevel> {
  const levels = new Map<number, WordLevel>();
  for (const match of abstractXml.matchAll(/<w:lvl\b[^>]*?\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
    const xml = match[2];
    levels.set(Number(match[1]), {
      format: attribute(xml, 'numFmt') ?? 'decimal',
      text: attribute(xml, 'lvlText') ?? '',
      start: Number.parseInt(attribute(xml, 'start') ?? '1', 10) || 0,
      styleId: attribute(xml, 'pStyle'),
      legal: /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/.test(xml),
    });
  }
  return levels;
}

interface WordNumbering {
  abstracts: Map<string, Map<number, WordLevel>>;
  lists: Map<string, WordList>;
  /** The list and level a paragraph style is numbered by (a heading style a numbering level names). */
  byStyle: Map<string, { abstractId: string; level: number }>;
}

function readNumbering(xml: string): WordNumbering {
  const numbering: WordNumbering = { abstracts: new Map(), lists: new Map(), byStyle: new Map() };
  for (const match of xml.matchAll(/<w:abstractNum\b[^>]*?\bw:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = readLevels(match[2]);
    numbering.abstracts.set(match[1], levels);
    for (const [level, { styleId }] of levels) if (styleId !== null) numbering.byStyle.set(styleId, { abstractId: match[1], level });
  }
  for (const match of xml.matchAll(/<w:num\b[^>]*?\bw:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const restarts = new Map<number, number>();
    for (const override of match[2].matchAll(/<w:lvlOverride\b[^>]*?\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attribute(override[2], 'startOverride');
      if (start !== null) restarts.set(Number(override[1]), Number.parseInt(start, 10) || 0);
    }
    numbering.lists.set(match[1], { abstractId: attribute(match[2], 'abstractNumId') ?? '', restarts });
  }
  return numbering;
}

const FORMAT_TYPES: Record<string, string> = { lowerLetter: 'a', upperLetter: 'A', lowerRoman: 'i', upperRoman: 'I' };

function formatNumber(value: number, format: string): string {
  if (format === 'decimalZero') return String(value).padStart(2, '0');
  return listMarker(value, FORMAT_TYPES[format]);
}

/** Counts the numbered paragraphs of each list as Word does, and writes each one's number by its level's text. */
class WordCounter {
  private readonly counts = new Map<string, number[]>();
  private readonly startedLists = new Set<string>();

  constructor(private readonly numbering: WordNumbering) {}

  label(abstractId: string, level: number, listId: string | null): string | null {
    const list = listId === null ? undefined : this.numbering.lists.get(listId);
    const levels = this.numbering.abstracts.get(abstractId);
    const own = levels?.get(level);
    if (!levels || !own) return null;
    if (own.format === 'bullet') return null;
    const counts = this.counts.get(abstractId) ?? [];
    this.counts.set(abstractId, counts);
    if (list && listId !== null && !this.startedLists.has(listId)) {
      this.startedLists.add(listId);
      for (const [restarted, start] of list.restarts) counts[restarted] = start - 1;
    }
    counts[level] = (counts[level] ?? own.start - 1) + 1;
    // A level's item starts the levels under it again ("(a)" under each minute).
    counts.length = level + 1;
    if (own.format === 'none') return own.text.replace(/%\d/g, '').trim();
    return own.text.replace(/%(\d)/g, (_, shown: string) => {
      const index = Number(shown) - 1;
      const shownLevel = levels.get(index);
      const value = counts[index] ?? shownLevel?.start ?? 1;
      return formatNumber(value, own.legal && index < level ? 'decimal' : (shownLevel?.format ?? 'decimal'));
    }).trim();
  }
}

/** What mammoth makes of a paragraph's numbering: the list instance (when the paragraph names one) and the level. */
function paragraphNumbering(properties: string, numbering: WordNumbering): { listId: string | null; abstractId: string; level: number } | null {
  const numId = attribute(properties, 'numId');
  const ilvl = attribute(properties, 'ilvl');
  const list = numId === null ? undefined : numbering.lists.get(numId);
  if (numId !== null && ilvl !== null) return list ? { listId: numId, abstractId: list.abstractId, level: Number(ilvl) } : null;
  const styleId = attribute(properties, 'pStyle');
  const byStyle = styleId === null ? undefined : numbering.byStyle.get(styleId);
  if (byStyle) return { listId: null, ...byStyle };
  return list ? { listId: numId, abstractId: list.abstractId, level: 0 } : null;
}

/** A paragraph's start tag and its properties (up to a tracked change of them, which holds the old ones). */
const PARAGRAPH = /<w:p(?:\s[^>]*)?>(?:\s*<w:pPr>([\s\S]*?)<\/w:pPr>)?/g;

/** The document's body and numbering (XML text), each null when missing, too large or unreadable. */
export interface WordParts {
  document: string | null;
  numbering: string | null;
}

export function readWordParts(bytes: Uint8Array): WordParts {
  try {
    const parts = unzipSync(bytes, { filter: (entry) => (entry.name === DOCUMENT || entry.name === NUMBERING) && entry.originalSize <= MAX_PART_BYTES });
    const text = (name: string) => (parts[name] ? Buffer.from(parts[name]).toString('utf8') : null);
    return { document: text(DOCUMENT), numbering: text(NUMBERING) };
  } catch {
    return { document: null, numbering: null };
  }
}

/** The numbered paragraphs of document.xml, in order, each with the number Word shows; null without both parts. */
export function wordNumbers(parts: WordParts): WordNumber[] | null {
  if (parts.document === null || parts.numbering === null) return null;
  const numbering = readNumbering(parts.numbering);
  // mammoth reads a drawing's fallback (a text box's text is in both): its choice is left out here as there.
  const body = parts.document.replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, '');
  const counter = new WordCounter(numbering);
  const numbers: WordNumber[] = [];
  for (const match of body.matchAll(PARAGRAPH)) {
    const properties = (match[1] ?? '').split('<w:pPrChange')[0];
    if (!properties.includes('<w:numPr') && !properties.includes('<w:pStyle')) continue;
    const numbered = paragraphNumbering(properties, numbering);
    if (numbered && numbering.abstracts.get(numbered.abstractId)?.has(numbered.level)) numbers.push({ level: numbered.level, label: counter.label(numbered.abstractId, numbered.level, numbered.listId) });
  }
  return numbers;
}
