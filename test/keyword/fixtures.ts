// Small realistic chunks for the keyword tests, built from sentences of the sample minutes. Every text holds
// "the" (EVERY_CHUNK finds them all); every meeting title says "Minutes", which only the decision's text holds.
import { createHash } from 'node:crypto';
import type { Chunk } from '../../core/types';

export const PANEL = 'Kent and Medway Police and Crime Panel';
export const DARTFORD = 'Crime and Disorder (Overview and Scrutiny) Committee';
export const SWALE = 'Swale Community Safety Partnership';
/** A query every fixture chunk matches: a query of stop words only is searched as written. */
export const EVERY_CHUNK = 'the ';

type ChunkFields = Partial<Chunk> & Pick<Chunk, 'id' | 'text'>;

/** A chunk with plausible defaults; `documentId` defaults to "doc-a", dates set the year. */
export function makeChunk(fields: ChunkFields): Chunk {
  const documentId = fields.documentId ?? 'doc-a';
  const date = fields.date === undefined ? '2023-10-17' : fields.date;
  return {
    kind: 'paragraph',
    documentId,
    meetingId: `${documentId}-meeting`,
    itemId: `${documentId}-item-1`,
    body: PANEL,
    date,
    year: date ? Number(date.slice(0, 4)) : null,
    meetingTitle: `Minutes of ${fields.body ?? PANEL}, ${date ?? 'undated'}`,
    itemNumber: '1',
    itemTitle: 'Police and Crime Commissioner Annual Report',
    paragraphIndex: 0,
    paragraphNumber: '1',
    part: 0,
    speaker: null,
    isDecision: false,
    isTruncated: false,
    contentHash: createHash('sha256').update(fields.text).digest('hex'),
    duplicateOf: null,
    sourceFile: `/minutes/${documentId}.txt`,
    sourceUrl: null,
    ...fields,
  };
}

export function fixtureChunks(): Chunk[] {
  return [
    makeChunk({
      id: 'precept',
      date: '2018-02-06',
      itemTitle: 'Proposed Precept 2018/19',
      speaker: 'The Commissioner',
      text: 'The Commissioner introduced the proposed precept and explained that funding for victims had increased by 93% over the year.',
    }),
    makeChunk({
      id: 'cadets',
      date: '2017-03-28',
      speaker: 'A Member',
      itemTitle: 'Questions to the Commissioner',
      text: 'Members asked about the Volunteer Police Cadets scheme, which now had 600 cadets in every district of the county.',
    }),
    makeChunk({
      id: 'asb-long',
      documentId: 'doc-b',
      body: DARTFORD,
      date: '2017-07-26',
      speaker: 'The Community Safety Manager',
      itemTitle: 'Strategic Assessment',
      text: 'The Community Safety Manager reported a 12% fall in anti-social behaviour in the town centre since the summer.',
    }),
    makeChunk({
      id: 'asb-acronym',
      documentId: 'doc-b',
      body: DARTFORD,
      date: '2018-02-21',
      itemTitle: 'Partnership Plan',
      text: "Dartford's partnership had agreed new ASB priorities for the coming year, with patrols at weekends.",
    }),
    makeChunk({
      id: 'control-room',
      speaker: 'The Commissioner',
      itemTitle: 'Performance Update',
      text: 'Performance within the Force Control Room had improved, with emergency calls answered within ten seconds.',
    }),
    makeChunk({
      id: 'decision',
      isDecision: true,
      itemTitle: 'Minutes of the previous meeting',
      text: 'RESOLVED that the minutes of the meeting held on 27 June 2023 were an accurate record and be signed by the Chairman.',
    }),
    makeChunk({
      id: 'script',
      date: '2018-05-01',
      itemTitle: 'Consultation responses',
      text: 'One consultation response about surveillance read <script>alert("x")</script> and was reported to the webmaster.',
    }),
    makeChunk({
      id: 'unicode',
      documentId: 'doc-c',
      body: SWALE,
      date: null,
      itemTitle: 'Town Centre Schemes',
      text: 'Café owners in Faversham welcomed the “Safer Streets” grant 🎉 for the naïve pilot of late-night marshals.',
    }),
    makeChunk({
      id: 'inspectorate',
      date: '2017-11-15',
      itemTitle: 'Inspection Results',
      text: "Her Majesty's Inspectorate of Constabulary rated Kent Police outstanding for the effectiveness and legitimacy of the force.",
    }),
    makeChunk({
      id: 'domestic',
      date: '2023-06-27',
      speaker: 'The Commissioner',
      itemTitle: 'Victim Services',
      text: 'Money for domestic abuse advisers was confirmed, supporting both men and women across the Medway towns.',
    }),
    makeChunk({
      id: 'item-complaints',
      kind: 'item',
      paragraphIndex: null,
      paragraphNumber: null,
      itemTitle: 'Complaints Against the Commissioner',
      text: 'Complaints Against the Commissioner. The number of complaints received was low compared to other local authorities.',
    }),
  ];
}
