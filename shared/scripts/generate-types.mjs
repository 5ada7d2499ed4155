#!/usr/bin/env node
// Derives the portal's content types from the CMS schemas, so that they are never copied by hand:
// reads cms/src/api/*/content-types/*/schema.json and cms/src/components/*/*.json and writes
// shared/src/types/content.ts. Private attributes are left out: they never leave the CMS.
// `--check` exits with 1 when the committed file is out of date (run by the unit tests).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const cmsSrc = path.resolve(here, '../../cms/src');
const output = path.resolve(here, '../src/types/content.ts');

/** Type names that would otherwise shadow a global (Event) or say too little (Global). */
const typeNameOverrides = { event: 'ForumEvent', global: 'SiteSettings' };

const pascal = (name) => name.replace(/(^|[-_.])(\w)/g, (_, __, c) => c.toUpperCase());
const camel = (name) => pascal(name).replace(/^\w/, (c) => c.toLowerCase());
const typeNameOf = (singular) => typeNameOverrides[singular] ?? pascal(singular);

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const contentTypes = fs
  .readdirSync(path.join(cmsSrc, 'api'))
  .flatMap((api) => {
    const dir = path.join(cmsSrc, 'api', api, 'content-types');
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir).map((name) => readJson(path.join(dir, name, 'schema.json')));
  })
  .sort((a, b) => a.info.singularName.localeCompare(b.info.singularName));

const components = fs
  .readdirSync(path.join(cmsSrc, 'components'))
  .flatMap((category) =>
    fs
      .readdirSync(path.join(cmsSrc, 'components', category))
      .filter((file) => file.endsWith('.json'))
      .map((file) => ({ uid: `${category}.${file.replace(/\.json$/, '')}`, schema: readJson(path.join(cmsSrc, 'components', category, file)) })),
  )
  .sort((a, b) => a.uid.localeCompare(b.uid));

const componentTypeName = (uid) => pascal(uid);
const relationTargetName = (target) => typeNameOf(target.split('.').pop());
const toMany = (relation) => /ToMany$/.test(relation);

const enumDeclarations = [];

function fieldType(ownerName, field, attribute) {
  switch (attribute.type) {
    case 'string': case 'text': case 'richtext': case 'email': case 'password': case 'uid':
      return 'string';
    case 'enumeration': {
      const typeName = `${ownerName}${pascal(field)}`;
      const constName = `${camel(ownerName)}${pascal(field)}Values`;
      enumDeclarations.push(
        `export const ${constName} = [${attribute.enum.map((v) => `'${v}'`).join(', ')}] as const;\n` +
          `export type ${typeName} = (typeof ${constName})[number];`,
      );
      return typeName;
    }
    case 'integer': case 'biginteger': case 'decimal': case 'float':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date': case 'datetime': case 'time':
      return 'string';
    case 'blocks':
      return 'Blocks';
    case 'json':
      return 'unknown';
    case 'media':
      return attribute.multiple ? 'Media[]' : 'Media';
    case 'component':
      return attribute.repeatable ? `${componentTypeName(attribute.component)}[]` : componentTypeName(attribute.component);
    case 'relation':
      return toMany(attribute.relation) ? `${relationTargetName(attribute.target)}[]` : relationTargetName(attribute.target);
    default:
      throw new Error(`generate-types: no mapping for attribute type "${attribute.type}" (${ownerName}.${field})`);
  }
}

/** Relations, media and components are only present when populated, so they are optional. */
function property(ownerName, field, attribute) {
  const type = fieldType(ownerName, field, attribute);
  const populatedOnly = ['relation', 'media', 'component'].includes(attribute.type);
  const isList = type.endsWith('[]');
  if (populatedOnly) return `  ${field}?: ${isList ? type : `${type} | null`};`;
  const nullable = !attribute.required && !(attribute.default !== undefined && attribute.type !== 'enumeration');
  return `  ${field}: ${type}${nullable ? ' | null' : ''};`;
}

function publicAttributes(attributes) {
  return Object.entries(attributes).filter(([, attribute]) => !attribute.private);
}

const blocks = [];
for (const { uid, schema } of components) {
  const name = componentTypeName(uid);
  const props = publicAttributes(schema.attributes).map(([field, attribute]) => property(name, field, attribute));
  blocks.push(`/** ${schema.info.displayName}: ${schema.info.description ?? ''} (component ${uid}) */\nexport interface ${name} {\n  id: number;\n${props.join('\n')}\n}`);
}

const uidMap = [];
const drafted = [];
for (const schema of contentTypes) {
  // By REST path: a single type's is its singular name (/api/global).
  if (schema.options?.draftAndPublish === true) drafted.push(`'${schema.kind === 'singleType' ? schema.info.singularName : schema.info.pluralName}'`);
  const singular = schema.info.singularName;
  const name = typeNameOf(singular);
  const props = publicAttributes(schema.attributes).map(([field, attribute]) => property(name, field, attribute));
  const localized = schema.pluginOptions?.i18n?.localized === true;
  blocks.push(
    `/** ${schema.info.displayName}: ${schema.info.description ?? ''} (api::${singular}.${singular}) */\n` +
      `export interface ${name} extends DocumentMeta {\n${props.join('\n')}${localized ? `\n  localizations?: Localization[];` : ''}\n}`,
  );
  uidMap.push(`  '${schema.info.pluralName}': ${name};`);
}

const source = `// Generated by shared/scripts/generate-types.mjs from the CMS schemas. Do not edit by hand:
// change cms/src/**/schema.json, then run \`npm run generate-types -w shared\`.
import type { Blocks, DocumentMeta, Localization, Media } from './strapi';

${enumDeclarations.join('\n\n')}

${blocks.join('\n\n')}

/** Each REST collection (by its plural API name) and the document type it returns. */
export interface ContentByPluralName {
${uidMap.join('\n')}
}

/** The REST paths of the types with drafts (draft & publish): what an editor's preview can show before publishing. */
export const draftAndPublishCollections: readonly string[] = [${drafted.join(', ')}];
`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(output) ? fs.readFileSync(output, 'utf8') : '';
  if (current !== source) {
    console.error('shared/src/types/content.ts is out of date: run `npm run generate-types -w shared`.');
    process.exit(1);
  }
} else {
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, source);
  console.log(`wrote ${path.relative(process.cwd(), output)} (${contentTypes.length} content types, ${components.length} components)`);
}
