// Demo policy papers come with the PDF an editor would upload: one per language, typeset from the
// paper's own text with fonts that have Cyrillic (PT Serif and PT Sans, SIL Open Font License).
import PDFDocument from 'pdfkit';
import type { Language } from './content';

const fonts = {
  title: require.resolve('@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf'),
  text: require.resolve('@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf'),
  strong: require.resolve('@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf'),
};

const labels = {
  ru: { addressee: 'Адресат', endorsedBy: 'Поддержали', page: 'Стр.', demo: 'Демонстрационный документ' },
  en: { addressee: 'To', endorsedBy: 'Endorsed by', page: 'Page', demo: 'Demonstration document' },
} satisfies Record<Language, Record<string, string>>;

export interface PolicyPaperText {
  publisher: string;
  title: string;
  addressee: string;
  abstract: string;
  paragraphs: string[];
  endorsers: string[];
}

const ink = '#1f2933';
const muted = '#52606d';
const accent = '#0f4c81';

/** An A4 PDF of the paper in one language: publisher, title, addressee, abstract, text, endorsers, page numbers. */
export function policyPaperPdf(paper: PolicyPaperText, language: Language): Promise<Buffer> {
  const text = labels[language];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 72, left: 64, right: 64 },
    bufferPages: true,
    lang: language,
    displayTitle: true,
    info: { Title: paper.title, Author: paper.publisher, Subject: paper.abstract },
  });
  doc.registerFont('title', fonts.title).registerFont('text', fonts.text).registerFont('strong', fonts.strong);

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('strong').fontSize(9).fillColor(accent).text(paper.publisher.toUpperCase(), { characterSpacing: 0.6 });
  doc.moveDown(1.2);
  doc.font('title').fontSize(20).fillColor(ink).text(paper.title, { lineGap: 2 });
  doc.moveDown(0.8);
  if (paper.addressee) {
    doc.font('strong').fontSize(10).fillColor(muted).text(`${text.addressee}: `, { continued: true });
    doc.font('text').text(paper.addressee);
    doc.moveDown(0.8);
  }
  doc.font('text').fontSize(12).fillColor(ink).text(paper.abstract, { lineGap: 3 });
  doc.moveDown(0.6);
  doc.moveTo(doc.page.margins.left, doc.y).lineTo(doc.page.width - doc.page.margins.right, doc.y).lineWidth(0.5).strokeColor(muted).stroke();
  doc.moveDown(0.8);
  for (const paragraph of paper.paragraphs) {
    doc.font('text').fontSize(11).fillColor(ink).text(paragraph, { lineGap: 2.5, paragraphGap: 8 });
  }
  if (paper.endorsers.length > 0) {
    doc.moveDown(0.8);
    doc.font('strong').fontSize(11).text(`${text.endorsedBy} (${paper.endorsers.length})`);
    doc.moveDown(0.3);
    doc.font('text').fontSize(10).list(paper.endorsers, { bulletRadius: 1.5, lineGap: 1.5 });
  }

  // Footers go on at the end, when the page count is known.
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Writing below the bottom margin would start a new page: the footer sits in the margin.
    const { bottom: margin } = doc.page.margins;
    doc.page.margins.bottom = 0;
    const bottom = doc.page.height - margin + 28;
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    doc.font('text').fontSize(8).fillColor(muted);
    doc.text(`${paper.publisher} · ${text.demo}`, doc.page.margins.left, bottom, { width, lineBreak: false });
    doc.text(`${text.page} ${index + 1} / ${count}`, doc.page.margins.left, bottom, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return finished;
}
