// Renders the catalogue to PDF bytes (react-pdf): the fonts of src/typesetting, the logos from the
// media library, and two passes so that the contents and the index carry the page each entry landed
// on in the first.
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { registerFonts } from '../typesetting/fonts';
import { CatalogueDocument, type CatalogueDocumentProps } from './CatalogueDocument';

/**
 * The PDF. The first pass lays the document out with placeholders where page numbers go (as wide
 * as real ones) and notes where each entry begins; the second fills them in.
 */
export async function renderCatalogue(props: Omit<CatalogueDocumentProps, 'pageOf' | 'onEntryPage'>): Promise<Buffer> {
  registerFonts();
  const pages = new Map<string, number>();
  const onEntryPage = (documentId: string, page: number) => void pages.set(documentId, page);
  await renderToBuffer(createElement(CatalogueDocument, { ...props, pageOf: () => '000', onEntryPage }) as never);
  const known = new Map(pages);
  return renderToBuffer(
    createElement(CatalogueDocument, { ...props, pageOf: (documentId) => String(known.get(documentId) ?? ''), onEntryPage: () => undefined }) as never,
  );
}
