// The domain's plain data, shared by the indexer, the stores and the server.
// Everything here is serialisable: stages pass these objects, never classes with hidden state.

export type SourceFormat = 'text' | 'html' | 'pdf' | 'docx' | 'markdown' | 'odt' | 'rtf' | 'doc';

/** Where a meeting's text came from, so every citation can name its source. */
export interface SourceRef {
  documentId: string;
  /** The document's file name as people know it (what was uploaded, or the indexed file's name); never a server path. */
  file: string;
  format: SourceFormat;
  /** Published address, from a metadata sidecar when known. */
  url: string | null;
}

export interface Paragraph {
  /** 0-based position within its item; stable for the same text. */
  index: number;
  /** The number printed in the minutes ("3", "3.a", "Question 2"), or null when unnumbered. */
  number: string | null;
  /** Hard wraps joined, page furniture removed. */
  text: string;
  /** Who spoke, as the minutes name them ("The Commissioner", "A Member", "Cllr Richard Palmer"). */
  speaker: string | null;
  /** A RESOLVED (or similar) decision. */
  isDecision: boolean;
  /** The published text stops early ("... view the full minutes text for item N"). */
  isTruncated: boolean;
}

export interface AgendaItem {
  index: number;
  /** The printed item number ("103", "7", "B1"), or null. */
  number: string | null;
  title: string;
  paragraphs: Paragraph[];
  /** The text of each decision (RESOLVED ...) in order. */
  decisions: string[];
}

/** How a person appears in a meeting's attendance record. */
export type AttendanceKind = 'present' | 'in attendance' | 'apologies' | 'absent';

/** A person named in a meeting's attendance record ("Cllr Jane Holt (Chairman)" → name "Cllr Jane Holt", role "Chair"). */
export interface Attendee {
  /** As printed, with the title ("Cllr Jane Holt", "Mr P M Hill, OBE"). */
  name: string;
  /** Chair, Vice-Chair, Clerk, or the office printed beside the name ("Director of Finance"); null when none. */
  role: string | null;
  attendance: AttendanceKind;
}

/** What the parse stage makes of one document: its meetings, and what it had to guess or leave out. */
export interface ParsedDocument {
  meetings: Meeting[];
  /** Human-readable notes naming the file and what was missing ("no date found in …"); empty when the structure was clear. */
  warnings: string[];
}

export interface Meeting {
  /** Stable across re-indexing the same file. */
  id: string;
  /** Committee or body, e.g. "Kent and Medway Police and Crime Panel". */
  body: string | null;
  /** ISO date (YYYY-MM-DD), or null when the text does not say. */
  date: string | null;
  /** Start time as 24-hour "HH:MM" when the text prints one ("2.00 pm" → "14:00"); absent or null otherwise. */
  time?: string | null;
  title: string;
  venue: string | null;
  attendees: Attendee[];
  source: SourceRef;
  items: AgendaItem[];
}

export type ChunkKind = 'paragraph' | 'item';

/** One unit in the search indexes: a paragraph (or part of a long one) or an agenda item summary. */
export interface Chunk {
  /** Stable id: the same document indexed again yields the same ids. */
  id: string;
  kind: ChunkKind;
  documentId: string;
  meetingId: string;
  itemId: string;
  text: string;
  body: string | null;
  date: string | null;
  year: number | null;
  meetingTitle: string;
  itemNumber: string | null;
  itemTitle: string;
  /** Position of the paragraph within its item (null for item chunks). */
  paragraphIndex: number | null;
  paragraphNumber: string | null;
  /** 0 unless a long paragraph was split on sentence boundaries. */
  part: number;
  speaker: string | null;
  isDecision: boolean;
  isTruncated: boolean;
  /** sha256 of the normalised text: drives the embedding cache and duplicate detection. */
  contentHash: string;
  /** The id of the first-indexed chunk with exactly the same text in another document, if any. */
  duplicateOf: string | null;
  sourceFile: string;
  sourceUrl: string | null;
}

/** Metadata a user supplies next to a file (`<file>.meta.json`); it fills or overrides parsed fields. */
export interface Sidecar {
  body?: string;
  date?: string;
  title?: string;
  url?: string;
  venue?: string;
}
