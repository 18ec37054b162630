// The seam between file formats and the text rules: bytes in, plain text out.
import type { SourceFormat } from '../../core/types';

export interface ReadResult {
  format: SourceFormat;
  /** Plain text with line breaks kept, as the parse stage expects. */
  text: string;
  /** An HTML page's `<title>`, which may name the council when the page's text does not; null or absent otherwise. */
  pageTitle?: string | null;
  /** What the reader left out of a file it could still read (a PDF's pages of glyph codes), one sentence each naming the file. */
  warnings?: string[];
}

export interface Reader {
  format: SourceFormat;
  /** Lower-case file extensions this reader accepts, with the dot (".txt"). */
  extensions: string[];
  /** Throws InputError naming the file and the reason when the bytes are unusable. */
  read(bytes: Buffer, file: string): Promise<ReadResult>;
}
