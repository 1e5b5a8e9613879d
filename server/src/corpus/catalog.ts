// The corpus file, `newsmark.json` at the root of a workspace folder: the corrections a person keeps
// with the articles. Its entities are names with a type and aliases; every occurrence of one of them
// in an article is a mention of that entity, and an exact name or alias in it wins over every
// automatic link. Its notEntities are never entities. A file with mistakes still gives its valid
// part, and says what is wrong and where (offsets into the file's text).
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { EntityType } from '../analysis/types';
import { normalizeName } from './nameForms';

export const catalogFileName = 'newsmark.json';

export interface CatalogEntity {
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface CatalogProblem {
  start: number;
  end: number;
  message: string;
}

export interface ParsedCatalog {
  entities: CatalogEntity[];
  notEntities: string[];
  problems: CatalogProblem[];
}

const entityTypes = new Set<string>(['PER', 'ORG', 'LOC', 'MISC']);

export const emptyCatalog: ParsedCatalog = { entities: [], notEntities: [], problems: [] };

export function parseCatalog(text: string): ParsedCatalog {
  // A file just created, still empty, corrects nothing and is not wrong.
  if (text.trim() === '') return emptyCatalog;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: CatalogProblem[] = errors.map((error) => ({
    start: error.offset,
    end: error.offset + Math.max(1, error.length),
    message: `Broken JSON: ${sentenceOf(printParseErrorCode(error.error))}`,
  }));
  if (!root || root.type !== 'object') {
    if (root || text.trim() !== '')
      problems.push({ start: 0, end: Math.min(text.length, 1), message: 'newsmark.json holds one object: { "entities": [...], "notEntities": [...] }' });
    return { entities: [], notEntities: [], problems };
  }
  const entities: CatalogEntity[] = [];
  const notEntities: string[] = [];
  const claimed = new Map<string, string>();
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = keyNode?.value;
    if (key === 'entities') readEntities(valueNode, entities, claimed, problems);
    else if (key === 'notEntities') readStrings(valueNode, 'notEntities', problems).forEach((text) => notEntities.push(text));
    else if (keyNode) problems.push(at(keyNode, `Unknown property "${String(key)}": newsmark.json has "entities" and "notEntities"`));
  }
  return { entities, notEntities, problems };
}

function readEntities(node: Node | undefined, entities: CatalogEntity[], claimed: Map<string, string>, problems: CatalogProblem[]): void {
  if (!node || node.type !== 'array') {
    if (node) problems.push(at(node, '"entities" is a list of { "name", "type", "aliases" }'));
    return;
  }
  for (const item of node.children ?? []) {
    if (item.type !== 'object') {
      problems.push(at(item, 'An entity is an object: { "name": "…", "type": "PER", "aliases": ["…"] }'));
      continue;
    }
    const name = property(item, 'name');
    const type = property(item, 'type');
    if (name?.type !== 'string' || String(name.value).trim() === '') {
      problems.push(at(name ?? item, 'An entity needs a "name"'));
      continue;
    }
    if (type?.type !== 'string' || !entityTypes.has(String(type.value))) {
      problems.push(at(type ?? item, `"type" is PER, ORG, LOC or MISC${type ? `, not ${JSON.stringify(type.value)}` : ''}`));
      continue;
    }
    const aliasNodes = property(item, 'aliases');
    const entity: CatalogEntity = { name: String(name.value).trim(), type: type.value as EntityType, aliases: [] };
    const spellings: [string, Node][] = [[entity.name, name], ...readStringNodes(aliasNodes, 'aliases', problems)];
    let taken = false;
    for (const [spelling, spellingNode] of spellings) {
      const folded = normalizeName(spelling);
      const owner = claimed.get(folded);
      if (owner !== undefined && owner !== entity.name) {
        problems.push(at(spellingNode, `"${spelling}" is already a name or alias of "${owner}"`));
        if (spellingNode === name) taken = true;
        continue;
      }
      claimed.set(folded, entity.name);
      if (spellingNode !== name && folded !== normalizeName(entity.name)) entity.aliases.push(spelling.trim());
    }
    if (!taken) entities.push(entity);
  }
}

function readStrings(node: Node | undefined, what: string, problems: CatalogProblem[]): string[] {
  return readStringNodes(node, what, problems).map(([text]) => text);
}

function readStringNodes(node: Node | undefined, what: string, problems: CatalogProblem[]): [string, Node][] {
  if (!node) return [];
  if (node.type !== 'array') {
    problems.push(at(node, `"${what}" is a list of strings`));
    return [];
  }
  const strings: [string, Node][] = [];
  for (const item of node.children ?? []) {
    if (item.type === 'string' && normalizeName(String(item.value)) !== '') strings.push([String(item.value).trim(), item]);
    else problems.push(at(item, `"${what}" holds names as strings`));
  }
  return strings;
}

// "CloseBraceExpected" as a person reads it: "close brace expected".
function sentenceOf(code: string): string {
  return code.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
}

function property(object: Node, name: string): Node | undefined {
  return object.children?.find((child) => child.children?.[0]?.value === name)?.children?.[1];
}

function at(node: Node, message: string): CatalogProblem {
  return { start: node.offset, end: node.offset + node.length, message };
}

/** The catalog as the corpus reads it: entities by the keys of their names and aliases. */
export class Catalog {
  private readonly byName = new Map<string, CatalogEntity>();
  private readonly keyOf = new Map<CatalogEntity, string>();
  readonly notEntities: ReadonlySet<string>;

  constructor(readonly catalogs: readonly ParsedCatalog[] = []) {
    for (const catalog of catalogs) {
      for (const entity of catalog.entities) {
        const names = [entity.name, ...entity.aliases].map(normalizeName);
        if (names.some((name) => this.byName.has(name))) continue;
        for (const name of names) this.byName.set(name, entity);
        this.keyOf.set(entity, catalogKey(entity));
      }
    }
    this.notEntities = new Set(catalogs.flatMap((catalog) => catalog.notEntities.map(normalizeName)));
  }

  get isEmpty(): boolean {
    return this.byName.size === 0 && this.notEntities.size === 0;
  }

  /** The entity a normalised name or alias belongs to. */
  entityNamed(name: string): CatalogEntity | undefined {
    return this.byName.get(name);
  }

  /** The corpus key of a catalog entity: its name normalised as the index normalises names. */
  keyOfEntity(entity: CatalogEntity): string {
    return this.keyOf.get(entity) ?? catalogKey(entity);
  }

  entities(): IterableIterator<CatalogEntity> {
    return this.keyOf.keys();
  }

  /** Every name and alias, normalised, with its entity. */
  names(): IterableIterator<[string, CatalogEntity]> {
    return this.byName.entries();
  }
}

function catalogKey(entity: CatalogEntity): string {
  return normalizeName(entity.name);
}
