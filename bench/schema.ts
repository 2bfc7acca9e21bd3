/**
 * The JSON Schema the peers validate the YAML/JSON twins against.
 * Preference order: the catalog's generated schema (schemas/generated/producer-<version>.schema.json,
 * newest version), else one derived here from the catalog API (schemas/catalog/index.ts), else one
 * derived from the generator's own key table. The result says which one was used.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KEYS, type TypeOf, type ValueType } from './generate';

export interface JsonSchema {
  $schema?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchemaProp>;
  additionalProperties?: boolean;
  [k: string]: unknown;
}
export interface JsonSchemaProp {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  description?: string;
  [k: string]: unknown;
}

export interface SchemaChoice {
  schema: JsonSchema;
  source: string;
}

function versionKey(v: string): number[] {
  return v.split('.').map((x) => Number(x) || 0);
}

function newestGenerated(root: string): string | undefined {
  const dir = join(root, 'schemas', 'generated');
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((f) => /^producer-[\d.]+\.schema\.json$/.test(f));
  files.sort((a, b) => {
    const va = versionKey(a.replace(/^producer-|\.schema\.json$/g, ''));
    const vb = versionKey(b.replace(/^producer-|\.schema\.json$/g, ''));
    for (let i = 0; i < Math.max(va.length, vb.length); i++) {
      const d = (va[i] ?? 0) - (vb[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  const f = files.at(-1);
  return f ? join(dir, f) : undefined;
}

interface CatalogKeyInfo {
  key: string;
  type: string;
  validValues?: readonly string[];
  range?: { min?: number; max?: number };
  docs?: { en?: { summary?: string } };
}
interface CatalogModule {
  LATEST_VERSION: string;
  listKeys(version: string): CatalogKeyInfo[];
}

const JAVA_INT = { min: -2147483648, max: 2147483647 };

function propFromCatalog(k: CatalogKeyInfo): JsonSchemaProp {
  const p: JsonSchemaProp = {};
  switch (k.type) {
    case 'boolean':
      p.type = 'boolean';
      break;
    case 'int':
    case 'long':
    case 'short':
      p.type = 'integer';
      break;
    case 'double':
      p.type = 'number';
      break;
    default:
      p.type = 'string';
  }
  if (k.validValues && k.validValues.length > 0) p.enum = [...k.validValues];
  if (k.range?.min !== undefined && k.range.min !== null) p.minimum = k.range.min;
  if (k.range?.max !== undefined && k.range.max !== null) p.maximum = k.range.max;
  if (k.type === 'int' && p.maximum === undefined) p.maximum = JAVA_INT.max;
  const summary = k.docs?.en?.summary;
  if (summary) p.description = summary;
  return p;
}

async function fromCatalog(root: string): Promise<SchemaChoice | undefined> {
  const path = join(root, 'schemas', 'catalog', 'index.ts');
  if (!existsSync(path)) return undefined;
  try {
    const mod = (await import(pathToFileURL(path).href)) as Partial<CatalogModule>;
    if (typeof mod.listKeys !== 'function' || typeof mod.LATEST_VERSION !== 'string') return undefined;
    const keys = mod.listKeys(mod.LATEST_VERSION);
    if (keys.length === 0) return undefined;
    const properties: Record<string, JsonSchemaProp> = {};
    for (const k of keys) properties[k.key] = propFromCatalog(k);
    return {
      schema: { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties, additionalProperties: false },
      source: `derived in bench/schema.ts from the catalog API (listKeys('${mod.LATEST_VERSION}'), ${keys.length} keys)`,
    };
  } catch {
    return undefined;
  }
}

function fromKeyTable(): SchemaChoice {
  const properties: Record<string, JsonSchemaProp> = {};
  for (const k of KEYS) {
    const p: JsonSchemaProp = { type: k.type };
    if (k.enum) p.enum = k.enum;
    if (k.min !== undefined) p.minimum = k.min;
    if (k.max !== undefined) p.maximum = k.max;
    properties[k.key] = p;
  }
  return {
    schema: { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties, additionalProperties: false },
    source: `bench/generate.ts key table (${KEYS.length} keys; the catalog was not available)`,
  };
}

export async function chooseSchema(root: string): Promise<SchemaChoice> {
  const gen = newestGenerated(root);
  if (gen) {
    try {
      const schema = JSON.parse(readFileSync(gen, 'utf8')) as JsonSchema;
      if (schema && typeof schema === 'object') {
        // The peers must flag misspelt keys as our server does, so the bench copy forbids unknown keys
        // (Kafka itself tolerates them, hence `additionalProperties: true` in the generated file); the
        // `$id` is dropped so both peers key the schema by the file URL they were given.
        const notes: string[] = [];
        if (schema.additionalProperties !== false) {
          schema.additionalProperties = false;
          notes.push('additionalProperties set to false');
        }
        if ('$id' in schema) {
          delete schema.$id;
          notes.push('$id removed');
        }
        return { schema, source: `${gen.slice(root.length + 1)}${notes.length ? ` (bench copy: ${notes.join(', ')})` : ''}` };
      }
    } catch {
      // fall through
    }
  }
  return (await fromCatalog(root)) ?? fromKeyTable();
}

/** The value type the schema declares for a key (first non-null type when it lists several). */
export function typeOfFromSchema(schema: JsonSchema): TypeOf {
  return (key: string): ValueType | undefined => {
    const p = schema.properties?.[key];
    if (!p) return undefined;
    const types = Array.isArray(p.type) ? p.type : p.type ? [p.type] : [];
    for (const t of types) if (t === 'boolean' || t === 'integer' || t === 'number' || t === 'string') return t;
    return undefined;
  };
}
