// Reads of whole meetings and of the store at large: a meeting as parsed, meeting listings, the names questions
// and filters are understood by, and the counts of everything held.
import type Database from 'better-sqlite3';
import type { AgendaItem, Meeting } from '../../../core/types';
import { attendeesFromJson, placeholders, type MeetingRow } from './rows';
import type { MeetingFilters, MeetingSummary, StoreCoverage, StoreStats } from './types';

type ItemRow = { id: string; ordinal: number; number: string | null; title: string; decisions: string };
type ParagraphRow = { ordinal: number; number: string | null; text: string; speaker: string | null; is_decision: number; is_truncated: number };
type SummaryRow = MeetingRow & { item_count: number; paragraph_count: number };

/** SQL conditions on `meetings m` for the filters, with their parameters. */
function meetingConditions(filters: MeetingFilters): { where: string; parameters: (string | number)[] } {
  const conditions: string[] = [];
  const parameters: (string | number)[] = [];
  if (filters.body?.length) {
    conditions.push(`m.body IN (${placeholders(filters.body.length)})`);
    parameters.push(...filters.body);
  }
  if (filters.from) {
    conditions.push('m.date >= ?');
    parameters.push(filters.from);
  }
  if (filters.to) {
    conditions.push('m.date <= ?');
    parameters.push(filters.to);
  }
  if (filters.documentId) {
    conditions.push('m.document_id = ?');
    parameters.push(filters.documentId);
  }
  if (filters.year?.length) {
    conditions.push(`CAST(substr(m.date, 1, 4) AS INTEGER) IN (${placeholders(filters.year.length)})`);
    parameters.push(...filters.year);
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', parameters };
}

function toSummary(row: SummaryRow): MeetingSummary {
  return {
    id: row.id,
    documentId: row.document_id,
    body: row.body,
    date: row.date,
    title: row.title,
    venue: row.venue,
    source: { file: row.source_file, format: row.source_format, url: row.source_url },
    itemCount: row.item_count,
    paragraphCount: row.paragraph_count,
  };
}

export class MeetingReads {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      meetingById: db.prepare<[string], MeetingRow>('SELECT * FROM meetings WHERE id = ?'),
      itemsOfMeeting: db.prepare<[string], ItemRow>('SELECT id, ordinal, number, title, decisions FROM items WHERE meeting_id = ? ORDER BY ordinal'),
      paragraphsOfItem: db.prepare<[string], ParagraphRow>(
        'SELECT ordinal, number, text, speaker, is_decision, is_truncated FROM paragraphs WHERE item_id = ? ORDER BY ordinal',
      ),
    };
  }

  byId(id: string): Meeting | undefined {
    const row = this.statements.meetingById.get(id);
    return row ? this.load(row) : undefined;
  }

  list(filters: MeetingFilters): { total: number; meetings: MeetingSummary[] } {
    const { where, parameters } = meetingConditions(filters);
    const total = this.db.prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n FROM meetings m ${where}`).get(...parameters)!.n;
    const rows = this.db
      .prepare<(string | number)[], SummaryRow>(
        `SELECT m.*,
           (SELECT count(*) FROM items i WHERE i.meeting_id = m.id) AS item_count,
           (SELECT count(*) FROM paragraphs p JOIN items i ON p.item_id = i.id WHERE i.meeting_id = m.id) AS paragraph_count
         FROM meetings m ${where}
         ORDER BY m.date IS NULL, m.date DESC, m.title LIMIT ? OFFSET ?`,
      )
      .all(...parameters, filters.limit, filters.offset);
    return { total, meetings: rows.map(toSummary) };
  }

  vocabulary(): { bodies: string[]; speakers: string[]; officeHolders: { name: string; role: string }[] } {
    const distinct = (sql: string) => this.db.prepare<[], { v: string }>(sql).all().map((row) => row.v);
    return {
      bodies: distinct('SELECT DISTINCT body AS v FROM meetings WHERE body IS NOT NULL ORDER BY v'),
      speakers: distinct('SELECT DISTINCT speaker AS v FROM chunks WHERE speaker IS NOT NULL ORDER BY v'),
      // Attendees with a role; stores written before attendees had roles hold plain names, which have none.
      officeHolders: this.db
        .prepare<[], { name: string; role: string }>(
          `SELECT DISTINCT json_extract(a.value, '$.name') AS name, json_extract(a.value, '$.role') AS role
           FROM meetings m, json_each(m.attendees) a
           WHERE json_type(a.value) = 'object' AND json_extract(a.value, '$.role') IS NOT NULL ORDER BY name, role`,
        )
        .all(),
    };
  }

  stats(): StoreStats {
    const count = (table: string) => this.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;
    return {
      documents: count('documents'),
      meetings: count('meetings'),
      items: count('items'),
      paragraphs: count('paragraphs'),
      chunks: count('chunks'),
    };
  }

  /** One row per meeting, not per paragraph: cheap enough for every health check. */
  coverage(): StoreCoverage {
    const bodies = this.db
      .prepare<[], { name: string; meetings: number }>('SELECT body AS name, count(*) AS meetings FROM meetings WHERE body IS NOT NULL GROUP BY body ORDER BY meetings DESC, name')
      .all();
    const span = this.db.prepare<[], { first: string | null; last: string | null }>('SELECT min(date) AS first, max(date) AS last FROM meetings WHERE date IS NOT NULL').get();
    return { bodies, firstDate: span?.first ?? null, lastDate: span?.last ?? null };
  }

  private load(row: MeetingRow): Meeting {
    const items: AgendaItem[] = this.statements.itemsOfMeeting.all(row.id).map((item) => ({
      index: item.ordinal,
      number: item.number,
      title: item.title,
      decisions: JSON.parse(item.decisions) as string[],
      paragraphs: this.statements.paragraphsOfItem.all(item.id).map((paragraph) => ({
        index: paragraph.ordinal,
        number: paragraph.number,
        text: paragraph.text,
        speaker: paragraph.speaker,
        isDecision: paragraph.is_decision === 1,
        isTruncated: paragraph.is_truncated === 1,
      })),
    }));
    return {
      id: row.id,
      body: row.body,
      date: row.date,
      title: row.title,
      venue: row.venue,
      attendees: attendeesFromJson(row.attendees),
      source: { documentId: row.document_id, file: row.source_file, format: row.source_format, url: row.source_url },
      items,
    };
  }
}
