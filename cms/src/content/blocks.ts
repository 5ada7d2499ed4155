// Plain text -> Strapi "blocks" rich text, for content the CMS writes itself (the demo seed, news
// approved from a submission).

/** One paragraph block per paragraph. */
export function toBlocks(paragraphs: string[]) {
  return paragraphs.map((text) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }));
}

/** Paragraphs of a plain text are separated by blank lines; single line breaks stay inside a paragraph. */
export function textToBlocks(text: string) {
  return toBlocks(
    text
      .split(/\r?\n\s*\r?\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
  );
}
