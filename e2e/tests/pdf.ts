// Reads a downloaded PDF as a reader's software would: pdf.js (Firefox's viewer) parses it and
// gives back its text, so a test can check what a visitor sees in the document.

export interface PdfContent {
  pageCount: number;
  title: string | undefined;
  language: string | undefined;
  /** All the text, words separated by single spaces. */
  text: string;
  /** The bookmarks (the reader's side panel), nested as in the document. */
  outline: OutlineItem[];
}

export interface OutlineItem {
  title: string;
  items: OutlineItem[];
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
  const outlineOf = (items: { title: string; items: unknown[] }[] | null): OutlineItem[] =>
    (items ?? []).map((item) => ({ title: item.title, items: outlineOf(item.items as { title: string; items: unknown[] }[]) }));
  const outline = outlineOf(await pdf.getOutline());
  const text = pages.join(' ').replace(/\s+/g, ' ').trim();
  await pdf.destroy();
  return { pageCount: pdf.numPages, title: info.Title, language: info.Language, text, outline };
}
