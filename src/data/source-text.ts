/**
 * The text of a source, whitespace-normalised, with its sections: finds where a quote stands and
 * which section it is in. A quote counts as the source's words when it occurs verbatim after every
 * run of whitespace, in both, is collapsed to one space.
 */
import { ContentError } from './content-error.js';

export function normaliseWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The name given to text before the first section heading. */
export const INTRODUCTION = 'Introduction';

export type QuoteLocation = { ok: true; section: string } | { ok: false; reason: string };

export class SourceText {
  /** The text as given. */
  readonly raw: string;
  /** The text, whitespace-normalised. */
  readonly text: string;
  /** The section headings, in order, as given. */
  readonly headings: readonly string[];
  /** Section headings with where each starts in the normalised text, in order. */
  private readonly sections: { heading: string; start: number }[];

  constructor(raw: string, headings: readonly string[]) {
    this.raw = raw;
    this.headings = [...headings];
    this.text = normaliseWhitespace(raw);
    const lines = raw.split(/\r?\n/).map((line) => line.trim());
    let from = 0;
    this.sections = headings.map((heading) => {
      if (!lines.includes(heading))
        throw new ContentError(`Invalid content: source field "sections": "${heading}" is not a line of the source`);
      // Headings are found in order, so a heading's words quoted earlier in the text do not confuse it.
      const start = this.text.indexOf(normaliseWhitespace(heading), from);
      from = start + 1;
      return { heading, start };
    });
  }

  /** The section containing the given position of the normalised text. */
  sectionAt(position: number): string {
    let current = INTRODUCTION;
    for (const section of this.sections) {
      if (section.start > position) break;
      current = section.heading;
    }
    return current;
  }

  /**
   * Finds a quote: its first occurrence, or its first occurrence inside `section` when given
   * (for words the source uses in more than one place).
   */
  locate(quote: string, section?: string): QuoteLocation {
    const wanted = normaliseWhitespace(quote);
    if (!wanted) return { ok: false, reason: 'the quote is empty' };
    let [start, end] = [0, this.text.length];
    if (section !== undefined) {
      const index = section === INTRODUCTION ? -1 : this.sections.findIndex((s) => s.heading === section);
      if (index === -1 && section !== INTRODUCTION) {
        return { ok: false, reason: `the source has no section "${section}"` };
      }
      start = index === -1 ? 0 : this.sections[index]!.start;
      end = this.sections[index + 1]?.start ?? this.text.length;
    }
    const position = this.text.indexOf(wanted, start);
    if (position === -1 || position + wanted.length > end) {
      const where = section === undefined ? 'the source' : `section "${section}" of the source`;
      return { ok: false, reason: `the quote "${quote}" does not occur verbatim in ${where}` };
    }
    return { ok: true, section: this.sectionAt(position) };
  }
}
