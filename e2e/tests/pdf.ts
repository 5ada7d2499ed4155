// Reads a downloaded PDF as a reader's software would: pdf.js (Firefox's viewer) parses it and
// gives back its text, so a test can check what a visitor sees in the document.

export interface PdfContent {
  pageCount: number;
  title: string | undefined;
  language: string | undefined;
  /** All the text, words separated by single spaces. */
  text: string;
}

export async function readPdf(data: Buffer): Promise<PdfContent> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string } };
  const text = pages.join(' ').replace(/\s+/g, ' ').trim();
  await pdf.destroy();
  return { pageCount: pdf.numPages, title: info.Title, language: info.Language, text };
}
