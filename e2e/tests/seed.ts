// The demo content the CMS was seeded with: the journeys look for these texts on the pages.
import fs from 'node:fs';
import path from 'node:path';

const dataDir = path.resolve(__dirname, '../../cms/src/seed/data');
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as T;

type Bilingual = { ru: string; en: string };
interface Named {
  key: string;
  name: Bilingual;
  slug: Bilingual;
  shortDescription: Bilingual;
}

export const associations = [...read<Named[]>('associations-1.json'), ...read<Named[]>('associations-2.json')];
export const siteName = read<{ siteName: Bilingual }>('global.json').siteName;
export const pages = read<{ key: string; slug: Bilingual; title: Bilingual }[]>('pages.json');
export const sectors = read<{ slug: string; name: Bilingual }[]>('sectors.json');

export const association = (key: string) => {
  const found = associations.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no seeded association ${key}`);
  return found;
};

export const policyPaper = (key: string) => {
  const found = read<(Named & { title: Bilingual; endorsements: string[] })[]>('policy-papers.json').find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no seeded policy paper ${key}`);
  return found;
};
