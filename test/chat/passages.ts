// Search results built from real paragraphs of corpus/, as the search service would return them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SearchResult } from '../../server/api-types';

export const PANEL = 'Kent and Medway Police and Crime Panel';

/** The blank-line-separated block of a corpus file that contains `containing`, hard wraps joined, list number removed. */
export function corpusParagraph(file: string, containing: string): string {
  const text = readFileSync(path.join(__dirname, '../../corpus', file), 'utf8');
  const block = text.split(/\n\s*\n/).find((candidate) => candidate.includes(containing));
  if (!block) throw new Error(`no paragraph containing "${containing}" in ${file}`);
  return block.replace(/\s+/g, ' ').trim().replace(/^\d+\.\s+/, '');
}

export interface PassageSpec {
  file: string;
  containing: string;
  meetingId: string;
  date: string | null;
  itemId: string;
  itemTitle: string;
  itemNumber?: string | null;
  paragraph?: string | null;
  speaker?: string | null;
  decision?: boolean;
  truncated?: boolean;
  body?: string | null;
  /** The embedding model's similarity; by default one typical of a passage both sides of a hybrid search found. */
  similarity?: number | null;
}

const TYPICAL_HYBRID_SIMILARITY = 0.5;

export function passage(spec: PassageSpec): SearchResult {
  const text = corpusParagraph(spec.file, spec.containing);
  const paragraphIndex = spec.paragraph ? Number.parseInt(spec.paragraph, 10) - 1 : null;
  return {
    id: `${spec.itemId}:p${spec.paragraph ?? 'r'}`,
    kind: 'paragraph',
    text,
    highlight: text,
    score: 1,
    ranks: { keyword: 1, semantic: spec.similarity === null ? null : 1 },
    similarity: spec.similarity === undefined ? TYPICAL_HYBRID_SIMILARITY : spec.similarity,
    meeting: {
      id: spec.meetingId,
      body: spec.body === undefined ? PANEL : spec.body,
      title: spec.date ? `Minutes of ${spec.date}` : spec.itemTitle,
      date: spec.date,
      source: { file: `/corpus/${spec.file}`, url: null },
    },
    item: { id: spec.itemId, number: spec.itemNumber ?? null, title: spec.itemTitle },
    paragraph: spec.paragraph ?? null,
    paragraphIndex: Number.isNaN(paragraphIndex) ? null : paragraphIndex,
    speaker: spec.speaker ?? null,
    decision: spec.decision ?? false,
    truncated: spec.truncated ?? false,
    alsoIn: [],
    alsoInTotal: 0,
  };
}

const MARCH_2017 = { file: 'kent-medway-pcp-2017-03-28-minutes.txt', meetingId: 'pcp-2017-03-28', date: '2017-03-28' };
const CADETS = { ...MARCH_2017, itemId: 'pcp-2017-03-28:cadets', itemTitle: 'Police Cadet Scheme - progress report' };
const CCTV = { ...MARCH_2017, itemId: 'pcp-2017-03-28:questions', itemTitle: 'Questions to the Commissioner' };
const OPPORTUNITIES = {
  file: 'kent-medway-pcp-item-opportunities-for-the-future.txt',
  meetingId: 'pcp-item-opportunities',
  date: null,
  itemId: 'pcp-item-opportunities:item',
  itemTitle: 'Opportunities for the Future: progress update',
};

export const cadetUnits = passage({ ...CADETS, containing: 'plan was for 12 cadet units', paragraph: '2', speaker: 'The Commissioner' });
export const cadetIntroduction = passage({ ...CADETS, containing: 'introduced his report on the Police Cadet Scheme', paragraph: '1', speaker: 'The Commissioner' });
export const cadetSubscription = passage({ ...CADETS, containing: '£10 per month subscription', paragraph: '7', speaker: 'A Member' });
export const cadetJoining = passage({ ...CADETS, containing: 'young people joining the Police Force', paragraph: '5', speaker: 'A Member' });
export const cadetResolution = passage({ ...CADETS, containing: 'Kent Volunteer Police Cadets', decision: true });
export const cctvDeterrent = passage({ ...CCTV, containing: 'CCTV did provide a deterrent', paragraph: '3', speaker: 'The Commissioner' });
export const abuseTruncated = passage({
  file: 'kent-medway-pcp-2023-10-17-minutes.txt',
  meetingId: 'pcp-2023-10-17',
  date: '2023-10-17',
  itemId: 'pcp-2023-10-17:questions',
  itemNumber: '107',
  itemTitle: 'Questions to the Commissioner',
  containing: 'protecting people from abuse was one of Kent Police',
  paragraph: '3',
  speaker: 'The Commissioner',
  truncated: true,
});
export const cadetsCountyWide = passage({ ...OPPORTUNITIES, containing: 'Cybercrime unit', paragraph: '4', speaker: 'The Commissioner' });
