// The RTF interpreter behind the .rtf reader: tokens in (groups, control words, text bytes), HTML out. Group state
// (bold, hidden, the paragraph's style, outline level and table flag, which destination the text goes to) is saved
// at each `{` and restored at its `}`, as RTF scopes it; the stylesheet is read for heading and Title styles.
import iconv from 'iconv-lite';
import { escapeHtml } from '../../core/text/highlight';

/** Destinations whose text is not the minutes (groups starting `\*` are skipped too). */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'info', 'pict', 'object', 'nonshppict', 'header', 'headerl', 'headerr', 'headerf', 'footer',
  'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'atnid', 'atnauthor', 'fldinst', 'themedata', 'datastore',
  'xmlnstbl', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'latentstyles', 'filetbl', 'pgdsctbl',
]);
/** Control words that stand for one character. */
const CHARACTER_WORDS: Record<string, string> = {
  tab: '\t', emdash: '\u2014', endash: '\u2013', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c',
  rdblquote: '\u201d', bullet: '\u2022', emspace: ' ', enspace: ' ', qmspace: ' ',
};
/** Control symbols (a backslash and one character) that stand for text. */
const CHARACTER_SYMBOLS: Record<string, string> = { '~': '\u00a0', _: '-', '\\': '\\', '{': '{', '}': '}' };
/** The code page of `\mac`, `\pc` and `\pca` documents; `\ansi` ones name theirs with \ansicpgN. */
const CHARACTER_SETS: Record<string, string> = { mac: 'macintosh', pc: 'cp437', pca: 'cp850' };
/** Deepest group nesting that keeps its own state; deeper groups share their parent's (hostile files nest thousands). */
const MAX_GROUP_DEPTH = 256;

type Destination = 'body' | 'skip' | 'stylesheet';

/** What a paragraph style says: its outline level (0 for a level-1 heading) and whether it is the Title style. */
interface ParagraphStyle {
  outlineLevel: number | null;
  title: boolean;
}

/** State that RTF scopes to a group: `{` saves it and `}` restores it. */
interface GroupState {
  destination: Destination;
  bold: boolean;
  hidden: boolean;
  /** How many fallback characters follow each \uN. */
  unicodeSkip: number;
  style: number;
  outlineLevel: number | null;
  inTable: boolean;
  /** The stylesheet entry being read, inside the stylesheet. */
  entry: (ParagraphStyle & { id: number; name: string; paragraph: boolean }) | null;
  /** True until the group's first control word or text: a destination is named there. */
  opening: boolean;
}

/** Turns RTF into HTML, one token at a time. */
export class RtfToHtml {
  private readonly stack: GroupState[] = [];
  private state: GroupState = {
    destination: 'body', bold: false, hidden: false, unicodeSkip: 1, style: 0, outlineLevel: null, inTable: false, entry: null, opening: false,
  };
  private overflowDepth = 0;
  private codePage = 'windows-1252';
  private readonly styles = new Map<number, ParagraphStyle>();
  private pendingBytes: Buffer[] = [];
  /** Fallback characters of the last \uN still to skip. */
  private skipping = 0;
  private runs: { text: string; bold: boolean }[] = [];
  private cellParagraphs: string[] = [];
  private cells: string[] = [];
  private rows: string[] = [];
  private readonly blocks: string[] = [];

  openGroup(): void {
    this.flushBytes();
    this.skipping = 0;
    if (this.stack.length >= MAX_GROUP_DEPTH) {
      this.overflowDepth += 1;
      return;
    }
    this.stack.push(this.state);
    const entry = this.state.destination === 'stylesheet' && this.state.entry === null
      ? { id: 0, name: '', paragraph: true, outlineLevel: null, title: false }
      : this.state.entry;
    this.state = { ...this.state, entry, opening: true };
  }

  closeGroup(): void {
    this.flushBytes();
    this.skipping = 0;
    if (this.overflowDepth > 0) {
      this.overflowDepth -= 1;
      return;
    }
    const closed = this.state;
    const parent = this.stack.pop();
    if (!parent) return;
    if (closed.entry && closed.entry !== parent.entry && closed.destination === 'stylesheet' && closed.entry.paragraph) {
      const name = closed.entry.name.replace(/;\s*$/, '').trim();
      const heading = /^heading (\d)$/i.exec(name);
      this.styles.set(closed.entry.id, {
        outlineLevel: closed.entry.outlineLevel ?? (heading ? Number(heading[1]) - 1 : null),
        title: /^title$/i.test(name),
      });
    }
    this.state = parent;
  }

  controlWord(word: string, parameter: number | null): void {
    this.flushBytes();
    const opening = this.state.opening;
    this.state.opening = false;
    if (word === 'u' && parameter !== null) {
      this.text(String.fromCharCode(parameter < 0 ? parameter + 65_536 : parameter));
      this.skipping = this.state.unicodeSkip;
      return;
    }
    if (this.skipping > 0) {
      this.skipping -= 1;
      return;
    }
    if (opening && (word === '*' || SKIPPED_DESTINATIONS.has(word))) {
      this.state.destination = 'skip';
      return;
    }
    if (opening && word === 'stylesheet' && this.state.destination === 'body') {
      this.state.destination = 'stylesheet';
      this.state.entry = null;
      return;
    }
    if (this.state.destination === 'stylesheet' && this.state.entry) {
      this.styleWord(word, parameter);
      return;
    }
    this.documentWord(word, parameter);
  }

  private styleWord(word: string, parameter: number | null): void {
    const entry = this.state.entry!;
    if (word === 's') entry.id = parameter ?? 0;
    else if (word === 'cs' || word === 'ds' || word === 'ts') entry.paragraph = false;
    else if (word === 'outlinelevel') entry.outlineLevel = parameter;
  }

  private documentWord(word: string, parameter: number | null): void {
    const state = this.state;
    const on = parameter !== 0;
    switch (word) {
      case 'ansicpg':
        if (parameter !== null && iconv.encodingExists(`cp${parameter}`)) this.codePage = `cp${parameter}`;
        return;
      case 'uc':
        state.unicodeSkip = Math.max(parameter ?? 1, 0);
        return;
      case 'b':
        state.bold = on;
        return;
      case 'v':
        state.hidden = on;
        return;
      case 'plain':
        state.bold = false;
        state.hidden = false;
        return;
      case 'pard':
        state.style = 0;
        state.outlineLevel = null;
        state.inTable = false;
        return;
      case 's':
        state.style = parameter ?? 0;
        return;
      case 'outlinelevel':
        state.outlineLevel = parameter;
        return;
      case 'intbl':
        state.inTable = true;
        return;
      case 'par':
      case 'sect':
      case 'page':
        this.endParagraph();
        return;
      case 'line':
        if (state.destination === 'body' && !state.hidden) this.runs.push({ text: '\n', bold: state.bold });
        return;
      case 'cell':
      case 'nestcell':
        this.endCell();
        return;
      case 'row':
      case 'nestrow':
        this.endRow();
        return;
      default:
        if (word in CHARACTER_SETS) this.codePage = CHARACTER_SETS[word];
        else if (word in CHARACTER_WORDS) this.text(CHARACTER_WORDS[word]);
    }
  }

  controlSymbol(symbol: string): void {
    if (symbol === '*') {
      this.controlWord('*', null);
      return;
    }
    this.flushBytes();
    this.state.opening = false;
    if (this.skipping > 0) {
      this.skipping -= 1;
      return;
    }
    const text = CHARACTER_SYMBOLS[symbol];
    if (text !== undefined) this.text(text);
  }

  /** Bytes of text (literal characters or a \'xx), decoded with their neighbours in the document's code page. */
  textBytes(run: Buffer): void {
    this.state.opening = false;
    const skipped = Math.min(this.skipping, run.length);
    this.skipping -= skipped;
    if (skipped === run.length || this.state.destination === 'skip' || this.state.hidden) return;
    this.pendingBytes.push(skipped === 0 ? run : run.subarray(skipped));
  }

  private flushBytes(): void {
    if (this.pendingBytes.length === 0) return;
    const text = iconv.decode(Buffer.concat(this.pendingBytes), this.codePage);
    this.pendingBytes = [];
    this.text(text);
  }

  private text(text: string): void {
    const state = this.state;
    if (state.destination === 'stylesheet' && state.entry) state.entry.name += text;
    else if (state.destination === 'body' && !state.hidden) this.runs.push({ text, bold: state.bold });
  }

  private paragraphHtml(): string {
    let html = '';
    for (const run of this.runs) {
      const text = escapeHtml(run.text).replace(/\n/g, '<br>');
      html += run.bold && run.text.trim() !== '' ? `<b>${text}</b>` : text;
    }
    this.runs = [];
    return html;
  }

  private endParagraph(): void {
    this.flushBytes();
    if (this.state.destination !== 'body') return;
    const html = this.paragraphHtml();
    if (this.state.inTable) {
      this.cellParagraphs.push(`<p>${html}</p>`);
      return;
    }
    this.closeTable();
    const style = this.styles.get(this.state.style);
    const outlineLevel = this.state.outlineLevel ?? style?.outlineLevel ?? null;
    const tag = outlineLevel !== null && outlineLevel >= 0 && outlineLevel < 9 ? `h${Math.min(outlineLevel + 1, 6)}` : style?.title ? 'h1' : 'p';
    this.blocks.push(`<${tag}>${html}</${tag}>`);
  }

  private endCell(): void {
    this.flushBytes();
    if (this.state.destination !== 'body') return;
    if (this.runs.length > 0) this.cellParagraphs.push(`<p>${this.paragraphHtml()}</p>`);
    this.cells.push(`<td>${this.cellParagraphs.join('')}</td>`);
    this.cellParagraphs = [];
  }

  private endRow(): void {
    this.flushBytes();
    if (this.state.destination !== 'body') return;
    if (this.runs.length > 0 || this.cellParagraphs.length > 0) this.endCell();
    if (this.cells.length > 0) this.rows.push(`<tr>${this.cells.join('')}</tr>`);
    this.cells = [];
  }

  private closeTable(): void {
    if (this.cells.length > 0) this.endRow();
    if (this.rows.length === 0) return;
    this.blocks.push(`<table>${this.rows.join('')}</table>`);
    this.rows = [];
  }

  finish(): string {
    this.flushBytes();
    while (this.stack.length > 0) this.closeGroup();
    if (this.runs.length > 0 || this.cellParagraphs.length > 0) this.endParagraph();
    this.closeTable();
    return this.blocks.join('\n');
  }
}

