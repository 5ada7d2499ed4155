// For the bench at scale: fills a stopped CMS's database with thousands of published associations
// (both languages) and news articles (Russian), made from the demo content's own texts, in batches
// straight into the tables through Strapi's query engine (the document service would take an hour
// for 50,000). Each row gets its search text as the CMS computes it; relations are left out.
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cmsDir } from './lib.mjs';

const requireFromCms = createRequire(path.join(cmsDir, 'package.json'));
const documentId = () => crypto.randomBytes(18).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '').padEnd(24, '0').slice(0, 24);

/** Inserts `count` published documents of `uid`, built by `make(index)` as { locale: fields }. */
async function insertPublished(strapi, uid, count, make) {
  const query = strapi.db.query(uid);
  const now = new Date();
  const batchSize = 500;
  for (let start = 0; start < count; start += batchSize) {
    const rows = [];
    for (let index = start; index < Math.min(count, start + batchSize); index += 1) {
      const id = documentId();
      for (const [locale, fields] of Object.entries(make(index))) {
        const row = { ...fields, documentId: id, locale, createdAt: now, updatedAt: now };
        // Strapi keeps a draft and a published version of each document.
        rows.push({ ...row, publishedAt: null }, { ...row, publishedAt: now });
      }
    }
    await query.createMany({ data: rows });
  }
}

/** Boots the CMS's Strapi (without its server) on the database `env` names, and adds the documents. */
export async function seedAtScale(env, { associations, news }) {
  Object.assign(process.env, env);
  const { createStrapi } = requireFromCms('@strapi/strapi');
  const { normalizeSearchText, blocksToPlainText } = requireFromCms('@forum/shared');
  const seed = (file) => requireFromCms(path.join(cmsDir, 'src', 'seed', 'data', file));
  const templates = [...seed('associations-1.json'), ...seed('associations-2.json')];
  const articles = seed('news.json');
  const strapi = await createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') }).load();
  try {
    const searchText = (...parts) => normalizeSearchText(parts.join(' '));
    await insertPublished(strapi, 'api::association.association', associations, (index) => {
      const template = templates[index % templates.length];
      const localized = (locale) => {
        const name = `${template.name[locale]} ${index + 1}`;
        const fields = { shortDescription: template.shortDescription[locale], problems: template.problems?.[locale] ?? '', needs: template.needs?.[locale] ?? '' };
        return { name, slug: `${template.slug[locale]}-${index + 1}`, kind: template.kind, allianceMembership: 'member', ...fields, searchText: searchText(name, ...Object.values(fields)) };
      };
      return { ru: localized('ru'), en: localized('en') };
    });
    const day = 24 * 3600 * 1000;
    await insertPublished(strapi, 'api::news-article.news-article', news, (index) => {
      const article = articles[index % articles.length];
      const title = `${article.title.ru} (${index + 1})`;
      const body = article.body?.ru ?? [];
      const text = Array.isArray(body) && typeof body[0] === 'string' ? body.join(' ') : blocksToPlainText(body);
      return {
        ru: { title, slug: `${article.slug.ru}-${index + 1}`, summary: article.summary?.ru ?? '', date: new Date(Date.now() - index * day / 10), source: 'editorial', searchText: searchText(title, article.summary?.ru ?? '', text) },
      };
    });
  } finally {
    await strapi.destroy();
  }
}
