// Search results for topic-history tests, written in the style of a town council's minutes.
import type { Passage, SearchResult } from '../../server/api-types';

let next = 0;

export interface TopicResultFields {
  meeting: string;
  date: string | null;
  text: string;
  item?: string;
  itemNumber?: string;
  paragraph?: number;
  decision?: boolean;
  similarity?: number | null;
  kind?: 'paragraph' | 'item';
}

/** A result as a search returns it and as a topic history reads it (found by keyword search). */
export function topicResult(fields: TopicResultFields): SearchResult & Passage {
  next += 1;
  const item = fields.item ?? 'Questions to the Leader';
  return {
    id: `chunk-${next}`,
    kind: fields.kind ?? 'paragraph',
    text: fields.text,
    highlight: fields.text,
    score: 1,
    ranks: { keyword: next, semantic: null },
    similarity: fields.similarity === undefined ? null : fields.similarity,
    meeting: { id: fields.meeting, body: 'Harbourside Town Council', title: `Full Council ${fields.date ?? ''}`, date: fields.date, source: { file: `${fields.meeting}.txt`, url: null } },
    item: { id: `${fields.meeting}:${item}`, number: fields.itemNumber ?? '1', title: item },
    paragraph: fields.paragraph === undefined ? null : String(fields.paragraph + 1),
    paragraphIndex: fields.paragraph ?? null,
    speaker: null,
    decision: fields.decision ?? false,
    truncated: false,
    alsoIn: [],
    alsoInTotal: 0,
    byWords: true,
  };
}

