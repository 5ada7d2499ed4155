import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/** Adds a file made by the seed to the media library (through a temporary file, as an upload would); returns its id. */
export async function uploadFile(
  strapi: Core.Strapi,
  content: Buffer,
  fileName: string,
  mimetype: string,
  alternativeText: string | null = null,
): Promise<number> {
  const filepath = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'forum-seed-')), fileName);
  await fs.writeFile(filepath, content);
  try {
    const [file] = await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name: fileName, alternativeText, caption: null } },
      files: { filepath, originalFilename: fileName, mimetype, size: content.length },
    });
    return file.id;
  } finally {
    await fs.rm(path.dirname(filepath), { recursive: true, force: true });
  }
}
