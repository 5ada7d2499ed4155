// Demo artwork, drawn rather than downloaded: an abstract logo per association and a cover per
// news article, as PNG (the upload allow-list refuses SVG), uploaded to the media library.
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { uploadFile } from './media';

const palette = ['#0f4c81', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#be185d', '#334155', '#4d7c0f'];

function hash(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 16777619) >>> 0;
  return value;
}

export function logoSvg(key: string): string {
  const h = hash(key);
  const background = palette[h % palette.length];
  const accent = palette[(h >>> 4) % palette.length] === background ? '#f59e0b' : palette[(h >>> 4) % palette.length];
  const shape = h % 3;
  const motif =
    shape === 0
      ? `<circle cx="128" cy="128" r="70" fill="#fff"/><circle cx="128" cy="128" r="38" fill="${accent}"/>`
      : shape === 1
        ? `<rect x="58" y="58" width="140" height="140" rx="18" fill="#fff" transform="rotate(${h % 45} 128 128)"/><rect x="98" y="98" width="60" height="60" fill="${accent}"/>`
        : `<polygon points="128,44 212,196 44,196" fill="#fff"/><circle cx="128" cy="150" r="30" fill="${accent}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="${background}"/>${motif}</svg>`;
}

export function coverSvg(key: string): string {
  const h = hash(key);
  const from = palette[h % palette.length];
  const to = palette[(h >>> 3) % palette.length];
  const circles = Array.from({ length: 6 }, (_, i) => {
    const x = (h >>> i) % 1200;
    const y = (h >>> (i + 5)) % 675;
    const r = 60 + ((h >>> (i + 2)) % 160);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="#fff" fill-opacity="0.${1 + (i % 3)}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="1200" height="675" fill="url(#g)"/>${circles}</svg>`;
}

/** Renders the SVG to PNG and adds it to the media library; returns the file's id. */
export async function uploadDrawing(strapi: Core.Strapi, svg: string, fileName: string, alternativeText: string): Promise<number> {
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return uploadFile(strapi, png, `${fileName}.png`, 'image/png', alternativeText);
}
