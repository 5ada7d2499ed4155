// Renders the catalogue to PDF bytes (react-pdf): fonts with Cyrillic embedded (PT Sans and PT Serif,
// OFL, from npm), the logos from the media library, and two passes so that the contents and the
// index carry the page each entry landed on in the first.
import { Font, renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { CatalogueDocument, fontFamilies, type CatalogueDocumentProps } from './CatalogueDocument';

let fontsRegistered = false;

function registerFonts() {
  if (fontsRegistered) return;
  const font = (family: string, file: string) => require.resolve(`@expo-google-fonts/${family}/${file}`);
  Font.register({
    family: fontFamilies.text,
    fonts: [
      { src: font('pt-sans', '400Regular/PTSans_400Regular.ttf') },
      { src: font('pt-sans', '400Regular_Italic/PTSans_400Regular_Italic.ttf'), fontStyle: 'italic' },
      { src: font('pt-sans', '700Bold/PTSans_700Bold.ttf'), fontWeight: 700 },
    ],
  });
  Font.register({
    family: fontFamilies.heading,
    fonts: [
      { src: font('pt-serif', '400Regular/PTSerif_400Regular.ttf') },
      { src: font('pt-serif', '700Bold/PTSerif_700Bold.ttf'), fontWeight: 700 },
    ],
  });
  // Russian words are not split by English hyphenation rules: break lines only between words.
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}

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
