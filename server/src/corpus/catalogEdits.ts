// Changes a person makes to the corpus file through the editor (quick fixes, rename, the Entities
// view), as the file's new text, written back sorted and formatted so that it reads well in a diff.
// A file with mistakes is not rewritten, since that would drop what could not be read: the person
// is asked to mend it first.
import type { EntityType } from '../analysis/types';
import { parseCatalog, type CatalogEntity } from './catalog';
import { normalizeName } from './nameForms';

export type CatalogChange =
  /** The entity named `name` (or by one of `spellings`) gets the type. */
  | { kind: 'setType'; name: string; spellings: string[]; type: EntityType }
  /** These spellings are never entities; a catalog entity named by them is dropped. */
  | { kind: 'notEntity'; spellings: string[] }
  /** The spellings of one entity become aliases of another (created with its name and type if need be). */
  | { kind: 'link'; spellings: string[]; target: { name: string; type: EntityType } }
  /** A name of its own: an entity of its own ("Make this a separate entity", "Mark as person"). */
  | { kind: 'add'; name: string; type: EntityType }
  /** The entity is renamed; its old name stays an alias. */
  | { kind: 'rename'; name: string; type: EntityType; newName: string };

interface CatalogDocument {
  entities: CatalogEntity[];
  notEntities: string[];
}

export type CatalogEditResult = { text: string } | { problem: string };

export function editCatalog(text: string, change: CatalogChange): CatalogEditResult {
  const parsed = parseCatalog(text);
  if (parsed.problems.length > 0)
    return {
      problem: `newsmark.json has ${parsed.problems.length === 1 ? 'a mistake' : `${parsed.problems.length} mistakes`}: mend it first (see the Problems panel)`,
    };
  const document: CatalogDocument = {
    entities: parsed.entities.map((entity) => ({ ...entity, aliases: [...entity.aliases] })),
    notEntities: [...parsed.notEntities],
  };
  apply(document, change);
  return { text: formatCatalog(document) };
}

/** The catalog as newsmark.json writes it: entities and their aliases sorted, two-space indents. */
export function formatCatalog(document: CatalogDocument): string {
  const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
  const entities = [...document.entities]
    .sort((a, b) => byName(a.name, b.name))
    .map(({ name, type, aliases }) => (aliases.length > 0 ? { name, type, aliases: [...aliases].sort(byName) } : { name, type }));
  const output: Record<string, unknown> = {};
  if (entities.length > 0) output.entities = entities;
  if (document.notEntities.length > 0) output.notEntities = [...new Set(document.notEntities)].sort(byName);
  return `${JSON.stringify(output, null, 2)}\n`;
}

function apply(document: CatalogDocument, change: CatalogChange): void {
  const owner = (spellings: string[]) => {
    const names = new Set(spellings.map(normalizeName));
    return document.entities.find((entity) => [entity.name, ...entity.aliases].some((spelling) => names.has(normalizeName(spelling))));
  };
  const release = (spellings: string[]) => {
    const names = new Set(spellings.map(normalizeName));
    document.notEntities = document.notEntities.filter((spelling) => !names.has(normalizeName(spelling)));
  };
  switch (change.kind) {
    case 'setType': {
      const entity = owner([change.name, ...change.spellings]);
      if (entity) entity.type = change.type;
      else document.entities.push({ name: change.name, type: change.type, aliases: [] });
      release([change.name]);
      return;
    }
    case 'notEntity': {
      const names = new Set(change.spellings.map(normalizeName));
      document.entities = document.entities.filter((entity) => !names.has(normalizeName(entity.name)));
      for (const entity of document.entities) entity.aliases = entity.aliases.filter((alias) => !names.has(normalizeName(alias)));
      const known = new Set(document.notEntities.map(normalizeName));
      for (const spelling of change.spellings) {
        if (known.has(normalizeName(spelling))) continue;
        known.add(normalizeName(spelling));
        document.notEntities.push(spelling);
      }
      return;
    }
    case 'link': {
      const source = owner(change.spellings);
      const target = owner([change.target.name]) ?? pushed(document, { name: change.target.name, type: change.target.type, aliases: [] });
      if (source && source !== target) document.entities = document.entities.filter((entity) => entity !== source);
      const spellings = source ? [source.name, ...source.aliases, ...change.spellings] : change.spellings;
      const taken = new Set([target.name, ...target.aliases].map(normalizeName));
      for (const spelling of spellings) {
        if (taken.has(normalizeName(spelling))) continue;
        taken.add(normalizeName(spelling));
        target.aliases.push(spelling);
      }
      release(spellings);
      return;
    }
    case 'add': {
      const existing = document.entities.find((entity) => normalizeName(entity.name) === normalizeName(change.name));
      if (existing) existing.type = change.type;
      else {
        // The name leaves any entity that had it as an alias: it is an entity of its own now.
        for (const entity of document.entities) entity.aliases = entity.aliases.filter((alias) => normalizeName(alias) !== normalizeName(change.name));
        document.entities.push({ name: change.name, type: change.type, aliases: [] });
      }
      release([change.name]);
      return;
    }
    case 'rename': {
      const entity = owner([change.name]) ?? pushed(document, { name: change.name, type: change.type, aliases: [] });
      const oldName = entity.name;
      entity.name = change.newName;
      entity.aliases = entity.aliases.filter((alias) => normalizeName(alias) !== normalizeName(change.newName));
      if (normalizeName(oldName) !== normalizeName(change.newName)) entity.aliases.push(oldName);
      release([change.newName]);
    }
  }
}

function pushed(document: CatalogDocument, entity: CatalogEntity): CatalogEntity {
  document.entities.push(entity);
  return entity;
}
