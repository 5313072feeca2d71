// Each Google Doc as a real .docx (Word, LibreOffice): right-to-left paragraphs, headings, lists, tables.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  HeightRule,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { DocumentModel, HorizontalAlignment, ListItemModel, ParagraphHeading, ParagraphModel, TableModel, TextBlock, TextStyle } from '../services/document/model';
import { styleAt } from '../services/document/text';

/** Arabic text uses the complex-script font slot; Latin text falls back to Arial. */
export const ARABIC_FONT = 'Noto Naskh Arabic';
const LATIN_FONT = 'Arial';
const NUMBERED = 'numbered';

const HEADINGS: Record<Exclude<ParagraphHeading, 'NORMAL' | 'SUBTITLE'>, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
  TITLE: HeadingLevel.TITLE,
};

/** Docs alignments are visual (LEFT stays left in a right-to-left paragraph), as docx's LEFT/RIGHT are. */
const ALIGNMENTS: Record<HorizontalAlignment, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
};

const hex = (color: string | null | undefined) => (color ? color.replace(/^#/, '') : undefined);

function runOptions(text: string, style: TextStyle, rightToLeft: boolean): IRunOptions {
  const font = style.fontFamily ?? undefined;
  return {
    text,
    rightToLeft,
    bold: style.bold ?? undefined,
    boldComplexScript: style.bold ?? undefined,
    italics: style.italic ?? undefined,
    italicsComplexScript: style.italic ?? undefined,
    underline: style.underline ? {} : undefined,
    strike: style.strikethrough ?? undefined,
    size: style.fontSize ? style.fontSize * 2 : undefined,
    sizeComplexScript: style.fontSize ? style.fontSize * 2 : undefined,
    color: hex(style.foregroundColor),
    shading: style.backgroundColor ? { type: ShadingType.CLEAR, fill: hex(style.backgroundColor), color: 'auto' } : undefined,
    font: font ? { ascii: font, hAnsi: font, cs: font } : undefined,
  };
}

/** Splits a block into runs wherever a partial style starts or ends. */
function runs(block: TextBlock, rightToLeft: boolean): TextRun[] {
  const cuts = new Set<number>([0, block.text.length]);
  for (const span of block.spans) {
    cuts.add(Math.max(0, span.start));
    cuts.add(Math.min(block.text.length, span.end + 1));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: TextRun[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    if (end > start) out.push(new TextRun(runOptions(block.text.slice(start, end), styleAt(block, start), rightToLeft)));
  }
  return out;
}

function paragraph(model: ParagraphModel | ListItemModel): Paragraph {
  const rightToLeft = !model.leftToRight;
  const heading = model.heading === 'NORMAL' || model.heading === 'SUBTITLE' ? undefined : HEADINGS[model.heading];
  const list =
    model.kind !== 'listItem'
      ? {}
      : model.glyphType.includes('BULLET')
        ? { bullet: { level: model.nestingLevel } }
        : { numbering: { reference: NUMBERED, level: model.nestingLevel } };
  return new Paragraph({
    children: runs(model, rightToLeft),
    bidirectional: rightToLeft,
    heading,
    style: model.heading === 'SUBTITLE' ? 'Subtitle' : undefined,
    alignment: model.alignment ? ALIGNMENTS[model.alignment] : undefined,
    ...list,
  });
}

/** The docx package's page (A4) less its 1-inch margins, in points: what a Docs table spans by default. */
const CONTENT_WIDTH_POINTS = (11906 - 2 * 1440) / 20;
const TWIPS_PER_POINT = 20;

/** Column widths in points when any was set (Table.setColumnWidth): the columns never set share what is left. */
function columnWidths(model: TableModel, columns: number): number[] | null {
  const set = model.columnWidths ?? {};
  if (Object.keys(set).length === 0) return null;
  const fixed = Object.values(set).reduce((a, b) => a + b, 0);
  const free = Array.from({ length: columns }, (_, c) => c).filter((c) => set[c] === undefined);
  const share = free.length ? Math.max(18, (CONTENT_WIDTH_POINTS - fixed) / free.length) : 0;
  return Array.from({ length: columns }, (_, c) => set[c] ?? share);
}

function table(model: TableModel, rightToLeft: boolean): Table {
  const columns = Math.max(1, ...model.rows.map((row) => row.length));
  const widths = columnWidths(model, columns);
  return new Table({
    visuallyRightToLeft: rightToLeft,
    ...(widths
      ? { width: { size: Math.round(widths.reduce((a, b) => a + b, 0) * TWIPS_PER_POINT), type: WidthType.DXA }, columnWidths: widths.map((w) => Math.round(w * TWIPS_PER_POINT)), layout: TableLayoutType.FIXED }
      : { width: { size: 100, type: WidthType.PERCENTAGE } }),
    rows: model.rows.map(
      (row, r) =>
        new TableRow({
          height: model.rowHeights?.[r] ? { value: Math.round(model.rowHeights[r]! * TWIPS_PER_POINT), rule: HeightRule.ATLEAST } : undefined,
          children: Array.from({ length: columns }, (_, c) => {
            const cell = row[c];
            const block: TextBlock = cell ? { ...cell, style: { ...model.style, ...cell.style } } : { text: '', style: {}, spans: [] };
            return new TableCell({
              width: widths ? { size: Math.round(widths[c] * TWIPS_PER_POINT), type: WidthType.DXA } : undefined,
              shading: cell?.backgroundColor ? { type: ShadingType.CLEAR, fill: hex(cell.backgroundColor), color: 'auto' } : undefined,
              children: [new Paragraph({ bidirectional: rightToLeft, children: runs(block, rightToLeft) })],
            });
          }),
        }),
    ),
  });
}

/** Docs tables have no direction of their own: they follow the document's paragraphs. */
function isRightToLeft(doc: DocumentModel): boolean {
  const texts = doc.body.filter((e): e is ParagraphModel | ListItemModel => (e.kind === 'paragraph' || e.kind === 'listItem') && e.text !== '');
  return texts.filter((p) => !p.leftToRight).length * 2 > texts.length;
}

export async function toDocx(doc: DocumentModel, title: string): Promise<Buffer> {
  const rightToLeft = isRightToLeft(doc);
  const bodyFont = doc.bodyStyle.fontFamily;
  const children = doc.body.map((element) => {
    switch (element.kind) {
      case 'paragraph':
      case 'listItem':
        return paragraph(element);
      case 'table':
        return table(element, rightToLeft);
      case 'horizontalRule':
        return new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } }, children: [] });
      case 'pageBreak':
        return new Paragraph({ children: [new PageBreak()] });
      default: {
        const unreachable: never = element;
        return unreachable;
      }
    }
  });
  const document = new Document({
    title,
    creator: 'mustafid sandbox',
    styles: {
      default: {
        document: {
          run: { font: bodyFont ? { ascii: bodyFont, hAnsi: bodyFont, cs: bodyFont } : { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: ARABIC_FONT }, size: 24, sizeComplexScript: 24 },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: Array.from({ length: 9 }, (_, level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START })),
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
