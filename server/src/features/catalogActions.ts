// Corrections of the corpus, each an edit of the corpus file (newsmark.json) that the editor applies,
// so that Undo works and the file can be reviewed: quick fixes on a mention or a selection, rename
// (F2) of an entity, and the Entities view's actions (`newsmark/catalogEdit`).
import { CodeActionKind, ResponseError, type CodeAction, type Position, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { EntityType } from '../analysis/types';
import type { CatalogFile } from '../corpus/catalogFiles';
import { editCatalog, type CatalogChange } from '../corpus/catalogEdits';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { entityDisplayName, summarizeEntity } from '../corpus/entities';
import { entityTypes } from '../corpus/entityEvidence';
import { entityIdKey, entityIdType, type EntityId } from '../corpus/entityResolution';
import { computeLineStarts, offsetToPosition } from '../corpus/lines';
import { normalizeName } from '../corpus/nameForms';
import type { CatalogEditParams, EntityListItem } from '../protocol';
import { positionToArticleOffset, spanToRange } from './ranges';

/** What a title calls an entity of each type ("Make "Cáceres" a place"). */
const asType: Record<EntityType, string> = { PER: 'a person', ORG: 'an organization', LOC: 'a place', MISC: 'another kind of name' };

/** The client commands the quick fixes may run. */
export interface CatalogCommands {
  /** Asks which entity to link to (a quick pick, the likeliest first), then for the edit (`newsmark/catalogEdit`). */
  link: string;
  /** Opens the corpus file at a range: its first mistake. */
  openCorpusFile: string;
}

/**
 * The quick fixes for a mention under the cursor, or for a selection that is no entity (`selected`,
 * its text as the editor has it): the entity's type first, the commonest slip of a tagger, then the
 * links, and last the fix that takes the most away. A corpus file with mistakes is not rewritten, so
 * then the one fix offered opens it at its first mistake (VS Code hides disabled quick fixes, which
 * would leave the person wondering where the others went).
 */
export function catalogCodeActions(
  index: CorpusIndex,
  file: CatalogFile | undefined,
  uri: string,
  range: Range,
  selected: string,
  commands: CatalogCommands,
): CodeAction[] {
  const article = index.article(uri);
  if (!article || !file) return [];
  const mention = index.mentionAt(uri, positionToArticleOffset(article, range.start));
  selected = selected.replace(/\s+/gu, ' ').trim();
  if (!mention && (selected === '' || selected.length > 120)) return [];
  if (file.problems.length > 0) return [mendFirst(file, commands.openCorpusFile)];
  const fix = (title: string, change: CatalogChange): CodeAction => withEdit({ title, kind: CodeActionKind.QuickFix }, file, change);
  if (!mention) return entityTypes.map((type) => fix(`Mark "${selected}" as ${asType[type]}`, { kind: 'add', name: selected, type }));
  const entity = index.entityOf(mention);
  const name = entityDisplayName(index, entity);
  const type = entityIdType(entity);
  const spellings = spellingsOf(index, entity);
  const count = mentionCount(index, entity);
  const actions = entityTypes
    .filter((other) => other !== type)
    .map((other) => fix(`Make "${name}" ${asType[other]} (${count})`, { kind: 'setType', name, spellings, type: other }));
  actions.push({
    title: `Link "${name}" to another entity…`,
    kind: CodeActionKind.QuickFix,
    command: { title: 'Link to…', command: commands.link, arguments: [entityNode(entity, name)] },
  });
  // A short form the entity absorbed ("Marín" of Elena Marín Ortega) may be someone else.
  if (normalizeName(mention.text) !== normalizeName(name))
    actions.push(fix(`Make "${mention.text}" an entity of its own, apart from "${name}"`, { kind: 'add', name: mention.text, type }));
  actions.push(fix(`Mark "${name}" as not an entity (${count})`, { kind: 'notEntity', spellings: [...new Set([mention.text, ...spellings])] }));
  return actions;
}

function mendFirst(file: CatalogFile, openCommand: string): CodeAction {
  const count = file.problems.length;
  const first = file.problems.reduce((earliest, problem) => (problem.start < earliest.start ? problem : earliest));
  const lineStarts = computeLineStarts(file.text);
  const range = { start: offsetToPosition(lineStarts, first.start), end: offsetToPosition(lineStarts, first.end) };
  return {
    title: `Correct newsmark.json first: it has ${count === 1 ? 'a mistake' : `${count} mistakes`}`,
    kind: CodeActionKind.QuickFix,
    command: { title: 'Open newsmark.json', command: openCommand, arguments: [file.uri, range] },
  };
}

// "13 mentions in 4 articles": what a change of the whole entity touches. Asked at every move of the
// cursor onto a mention, so it is kept until the index changes, as the hover card is.
function mentionCount(index: CorpusIndex, entity: EntityId): string {
  return index.derivations.derive(`mention count ${entity}`, () => {
    const { mentions, articleCount } = summarizeEntity(index, entity);
    return `${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'} in ${articleCount} ${articleCount === 1 ? 'article' : 'articles'}`;
  });
}

/** F2 on a mention: the entity's name, over the mention. */
export function prepareEntityRename(index: CorpusIndex, uri: string, position: Position): { range: Range; placeholder: string } | null {
  const article = index.article(uri);
  const mention = article && index.mentionAt(uri, positionToArticleOffset(article, position));
  return article && mention ? { range: spanToRange(article, mention), placeholder: entityDisplayName(index, index.entityOf(mention)) } : null;
}

/** The entity renamed in the corpus file, its old name kept as an alias. */
export function renameEntity(index: CorpusIndex, file: CatalogFile | undefined, uri: string, position: Position, newName: string): WorkspaceEdit | null {
  const article = index.article(uri);
  const mention = article && index.mentionAt(uri, positionToArticleOffset(article, position));
  if (!mention || !file || newName.trim() === '') return null;
  const entity = index.entityOf(mention);
  return catalogEdit(file, { kind: 'rename', name: entityDisplayName(index, entity), type: entityIdType(entity), newName: newName.trim() });
}

/** The Entities view's corrections of one entity. */
export function catalogEditOfEntity(index: CorpusIndex, file: CatalogFile | undefined, params: CatalogEditParams): WorkspaceEdit | null {
  if (!file) throw new ResponseError(0, 'Open a folder: corrections are kept in its newsmark.json');
  const entity = params.entity as EntityId;
  const name = entityDisplayName(index, entity);
  const type = entityIdType(entity);
  const spellings = spellingsOf(index, entity);
  switch (params.action) {
    case 'setType':
      return params.type && params.type !== type ? catalogEdit(file, { kind: 'setType', name, spellings, type: params.type }) : null;
    case 'notEntity':
      return catalogEdit(file, { kind: 'notEntity', spellings: [name, ...spellings] });
    case 'link': {
      if (!params.target || params.target === entity) return null;
      const target = params.target as EntityId;
      return catalogEdit(file, {
        kind: 'link',
        spellings: [name, ...spellings],
        target: { name: entityDisplayName(index, target), type: entityIdType(target) },
      });
    }
    case 'rename':
      return params.name?.trim() ? catalogEdit(file, { kind: 'rename', name, type, newName: params.name.trim() }) : null;
  }
}

function catalogEdit(file: CatalogFile, change: CatalogChange): WorkspaceEdit | null {
  const result = editCatalog(file.text, change);
  if ('problem' in result) throw new ResponseError(0, result.problem);
  return result.text === file.text ? null : replacing(file, result.text);
}

function withEdit(action: CodeAction, file: CatalogFile, change: CatalogChange): CodeAction {
  const result = editCatalog(file.text, change);
  if ('problem' in result) return { ...action, disabled: { reason: result.problem } };
  return { ...action, edit: replacing(file, result.text) };
}

// The whole file replaced (it is written sorted and formatted), created first when there is none.
function replacing(file: CatalogFile, text: string): WorkspaceEdit {
  const lineStarts = computeLineStarts(file.text);
  const range = { start: { line: 0, character: 0 }, end: offsetToPosition(lineStarts, file.text.length) };
  return {
    documentChanges: [
      { kind: 'create', uri: file.uri, options: { ignoreIfExists: true } },
      { textDocument: { uri: file.uri, version: null }, edits: [{ range, newText: text }] },
    ],
  };
}

// The entity's full names as the articles write them: what identifies it in the corpus file.
function spellingsOf(index: CorpusIndex, entity: EntityId): string[] {
  return index.spellingsOf(entityIdKey(entity)).slice(0, 8);
}

// The argument the Entities view's commands take: an entity node of the view.
function entityNode(entity: EntityId, name: string): { kind: 'entity'; entity: EntityListItem } {
  return { kind: 'entity', entity: { id: entity, name, type: entityIdType(entity), aliases: [], mentions: 0, articles: 0, firstDate: null, lastDate: null } };
}
