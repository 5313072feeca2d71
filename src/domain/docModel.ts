// A generated document (committee minutes, a program's report) as plain data: a title and right-to-left blocks.
export interface DocModel {
  title: string;
  blocks: DocBlock[];
}
export type DocBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; bold?: boolean }
  /** rowHeight: the least height of each body row, in points (room for a signature). */
  | { kind: 'table'; header: string[]; rows: string[][]; rowHeight?: number };
