// The logos the catalogue prints, read on the CMS's main thread and handed to the typesetter.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Media } from '@forum/shared';
import type { CatalogueEntry } from './structure';

export type Logo = { data: Uint8Array; format: 'png' | 'jpg' };

const logoFormats = { 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

/** The smallest stored version of a logo that prints well at 15 mm, if it is a PNG or a JPEG (the formats PDFs take). */
function printableLogo(logo: Media | null | undefined): { url: string; format: 'png' | 'jpg' } | null {
  if (!logo) return null;
  const formats = (logo.formats ?? {}) as Record<string, { url: string; mime: string } | undefined>;
  const candidate = formats.small ?? formats.thumbnail ?? { url: logo.url, mime: logo.mime };
  const format = logoFormats[candidate.mime as keyof typeof logoFormats];
  return format ? { url: candidate.url, format } : null;
}

/**
 * Reads the entries' logos, a few at a time: from the uploads folder (the local provider) or their
 * URL (a cloud provider); a logo that fails is left out rather than failing the catalogue.
 */
export async function loadLogos(entries: readonly CatalogueEntry[], publicDir: string): Promise<Record<string, Logo>> {
  const logos: Record<string, Logo> = {};
  const queue = entries.flatMap((entry) => {
    const logo = printableLogo(entry.logo);
    return logo ? [{ documentId: entry.documentId, ...logo }] : [];
  });
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const data = next.url.startsWith('/')
        ? await fs.readFile(path.join(publicDir, path.normalize(next.url))).catch(() => null)
        : await fetch(next.url, { signal: AbortSignal.timeout(10_000) })
            .then(async (response) => (response.ok ? Buffer.from(await response.arrayBuffer()) : null))
            .catch(() => null);
      if (data) logos[next.documentId] = { data: new Uint8Array(data), format: next.format };
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return logos;
}

