// Deterministic synthetic minutes for benchmarks: real sentence shapes from corpus/ recombined into
// meetings, items and paragraphs, with bodies, speakers, names and dates substituted. Streams chunks
// one at a time so a million paragraphs never sit in memory together.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Chunk } from '../core/types';
import { seededRandom } from '../test/helpers/random';

export interface SyntheticOptions {
  /** Paragraph chunks to produce (item chunks come on top, one per agenda item). */
  paragraphs: number;
  /** Same seed, same chunks. */
  seed?: number;
  /** Folder of *.txt minutes whose sentences are recombined. */
  corpusDir: string;
}

const BODIES = [
  'Kent and Medway Police and Crime Panel',
  'Crime and Disorder (Overview and Scrutiny) Committee',
  'Dartford and Gravesham Community Safety Partnership',
  'Medway Community Safety Partnership',
  'Swale Community Safety Partnership',
  'Maidstone Crime and Disorder Committee',
  'Canterbury Community Committee',
  'Thanet Overview and Scrutiny Panel',
  'Sevenoaks Cabinet',
  'Ashford Licensing Committee',
  'Kent County Council Scrutiny Committee',
  'Tunbridge Wells Planning Committee',
];

const PEOPLE = [
  'Mr Meade', 'Mrs Taylor', 'Cllr Sloan', 'Mr Phillips', 'Councillor Wells', 'Mrs Bolton', 'Mr Hogarth', 'Mr Chard',
  'Councillor Hammock', 'Cllr Richard Palmer', 'Mr Harper', 'Mrs Allen', 'Councillor Sandhu', 'Ms Okafor', 'Dr Nguyen',
  'Mr Kowalski', 'Mrs Patel', 'Cllr O’Brien', 'Mr Hill', 'Mr Campbell', 'Mrs Ahmed', 'Councillor Brooks', 'Ms Jansen',
  'Mr Horton', 'Dr Ellis', 'Cllr Zoë Martin', 'Mr Sandher', 'Mrs Lewis', 'Councillor Grant', 'Ms Fernández',
];

const ROLES = ['The Commissioner', 'The Chairman', 'The Chief Constable', 'A Member', 'The Chief Executive', 'The Head of Community Safety'];

const ITEM_TITLES = [
  'Apologies for Absence', 'Declarations of Interest', 'Minutes of the previous meeting', 'Police and Crime Plan',
  'Commissioner’s Annual Report', 'Proposed Precept', 'Community Safety Partnership Strategic Assessment',
  'Anti-social behaviour update', 'Victims’ Services Commissioning', 'Force Control Room performance', 'HMICFRS PEEL Inspection',
  'Domestic Abuse Strategy', 'Violence Reduction Unit update', 'CCTV provision in town centres', 'Complaints Against the Commissioner',
  'Road Safety and Speeding', 'Youth Diversion and Cadets', 'Budget Monitoring', 'Safer Streets Policy', 'Work Programme',
  'Mental Health and Policing', 'Rural Crime', 'Child Sexual Exploitation', 'Emergency Services Network', 'Questions to the Commissioner',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Sentences of prose from the corpus: wrapped lines joined, headings and page furniture left out. */
export function corpusSentences(corpusDir: string): string[] {
  const sentences = new Set<string>();
  for (const file of fs.readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(corpusDir, file), 'utf8');
    for (const paragraph of text.split(/\n\s*\n/)) {
      const joined = paragraph.replace(/\s*\n\s*/g, ' ').replace(/^\s*(\d+\.|[a-z]\.|\([a-z]\))\s+/, '').trim();
      for (const sentence of joined.split(/(?<=[.?!])\s+(?=[A-Z“"‘(])/)) {
        const words = sentence.split(/\s+/).length;
        if (words >= 6 && words <= 80 && /[.?!]$/.test(sentence) && /[a-z]{3}/.test(sentence)) sentences.add(sentence);
      }
    }
  }
  return [...sentences];
}

export function* generateSyntheticChunks(options: SyntheticOptions): Generator<Chunk> {
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const sentences = corpusSentences(options.corpusDir);
  const decisions = sentences.filter((sentence) => /^RESOLVED/i.test(sentence));
  const substitute = (sentence: string, year: number) =>
    sentence
      .replace(/\b(Mr|Mrs|Ms|Cllr|Councillor|Dr) [A-Z][a-z]+/g, () => pick(PEOPLE))
      .replace(/\b(19|20)\d{2}\b/g, () => String(year - between(0, 2)))
      .replace(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'), () => pick(MONTHS));

  let produced = 0;
  for (let meetingNumber = 0; produced < options.paragraphs; meetingNumber += 1) {
    const body = pick(BODIES);
    const year = between(2010, 2025);
    const date = `${year}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
    const documentId = `syn-${meetingNumber}`;
    const meetingId = `${documentId}-meeting`;
    const meetingTitle = `${body} - ${date}`;
    const base = { documentId, meetingId, body, date, year, meetingTitle, duplicateOf: null, sourceFile: `/synthetic/${documentId}.txt`, sourceUrl: null };
    for (let itemIndex = 0, items = between(4, 12); itemIndex < items && produced < options.paragraphs; itemIndex += 1) {
      const itemId = `${meetingId}-item-${itemIndex}`;
      const itemTitle = pick(ITEM_TITLES);
      const paragraphs: string[] = [];
      for (let paragraphIndex = 0, count = between(2, 12); paragraphIndex < count && produced < options.paragraphs; paragraphIndex += 1) {
        const isDecision = decisions.length > 0 && paragraphIndex === count - 1 && random() < 0.5;
        const text = isDecision
          ? substitute(pick(decisions), year)
          : Array.from({ length: between(1, 5) }, () => substitute(pick(sentences), year)).join(' ');
        paragraphs.push(text);
        produced += 1;
        yield {
          ...base,
          id: `${itemId}-p${paragraphIndex}`,
          kind: 'paragraph',
          itemId,
          text,
          itemNumber: String(itemIndex + 1),
          itemTitle,
          paragraphIndex,
          paragraphNumber: String(paragraphIndex + 1),
          part: 0,
          speaker: random() < 0.4 ? pick(random() < 0.5 ? PEOPLE : ROLES) : null,
          isDecision,
          isTruncated: false,
          contentHash: createHash('sha256').update(text).digest('hex'),
        };
      }
      const summary = `${itemTitle}. ${paragraphs.join(' ').split(/\s+/).slice(0, 60).join(' ')}`;
      yield {
        ...base,
        id: `${itemId}-item`,
        kind: 'item',
        itemId,
        text: summary,
        itemNumber: String(itemIndex + 1),
        itemTitle,
        paragraphIndex: null,
        paragraphNumber: null,
        part: 0,
        speaker: null,
        isDecision: false,
        isTruncated: false,
        contentHash: createHash('sha256').update(summary).digest('hex'),
      };
    }
  }
}
