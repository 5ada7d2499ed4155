// The media library takes no markup. Strapi checks a file's type by its content where it can
// recognise it, but trusts the name and declared type of a text file: an HTML page or an SVG named
// photo.jpg would be stored. Served from the portal's origin, such a file must never be able to run,
// so a file that begins as markup is refused whatever it is called, in every way files arrive
// (the admin, the API, a representative's cover).
import fs from 'node:fs/promises';
import { errors } from '@strapi/utils';

interface IncomingFile {
  filepath?: string;
  originalFilename?: string;
}
interface UploadService {
  upload: (input: { files: IncomingFile | IncomingFile[] }, ...rest: unknown[]) => Promise<unknown>;
  replace: (id: unknown, input: { file: IncomingFile }, ...rest: unknown[]) => Promise<unknown>;
}
interface UploadPlugin {
  services: { upload: (context: unknown) => UploadService };
}

/** Whether the file's first characters (after a byte-order mark and white space) open a tag. */
async function isMarkup(file: IncomingFile): Promise<boolean> {
  if (!file.filepath) return false;
  const handle = await fs.open(file.filepath, 'r');
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return /^(\uFEFF)?\s*</.test(head.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

async function refuseMarkup(files: IncomingFile | IncomingFile[] | undefined) {
  for (const file of [files ?? []].flat()) {
    if (await isMarkup(file)) {
      throw new errors.ValidationError(
        `${file.originalFilename ?? 'The file'} is a web page or an SVG drawing, which the media library does not take: upload images as JPEG, PNG or WebP, documents as PDF.`,
      );
    }
  }
}

export default (plugin: UploadPlugin) => {
  const createUploadService = plugin.services.upload;
  plugin.services.upload = (context) => {
    const service = createUploadService(context);
    const { upload, replace } = service;
    service.upload = async (input, ...rest) => {
      await refuseMarkup(input.files);
      return upload(input, ...rest);
    };
    service.replace = async (id, input, ...rest) => {
      await refuseMarkup(input.file);
      return replace(id, input, ...rest);
    };
    return service;
  };
  return plugin;
};
