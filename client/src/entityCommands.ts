// The Entities view's commands: its filter, and on an entity rename, change type, link to another
// entity, mark not an entity (corrections of the corpus file), find all references, copy as CSV.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { entityListRequest, type EntityListItem, type EntityTypeName } from '../../server/src/protocol';
import type { CatalogEditor } from './catalogEdits';
import type { EntitiesProvider, EntityNode } from './entitiesView';

const typeChoices: { type: EntityTypeName; label: string }[] = [
  { type: 'PER', label: 'Person' },
  { type: 'ORG', label: 'Organization' },
  { type: 'LOC', label: 'Place' },
  { type: 'MISC', label: 'Other' },
];

export function registerEntityCommands(client: LanguageClient, view: EntitiesProvider, editCatalog: CatalogEditor): vscode.Disposable[] {
  const onEntity = (run: (entity: EntityListItem) => Promise<unknown>) => async (node?: EntityNode) => {
    if (node?.kind === 'entity') await run(node.entity);
  };
  return [
    vscode.commands.registerCommand('newsmark.entities.filter', async () => {
      const filter = await vscode.window.showInputBox({
        title: 'Filter the entities',
        value: view.filter,
        prompt: 'Words that begin a word of the name or of a spelling (case and accents ignored); empty shows every entity',
      });
      if (filter !== undefined) view.setFilter(filter);
    }),
    vscode.commands.registerCommand('newsmark.entities.clearFilter', () => view.setFilter('')),
    vscode.commands.registerCommand('newsmark.entities.refresh', () => view.refresh()),
    vscode.commands.registerCommand(
      'newsmark.entities.rename',
      onEntity(async (entity) => {
        const name = await vscode.window.showInputBox({
          title: `Rename ${entity.name}`,
          value: entity.name,
          prompt: 'The old name stays as an alias',
          validateInput: (value) => (value.trim() ? undefined : 'A name cannot be empty'),
        });
        if (name && name.trim() !== entity.name) await editCatalog('rename', entity.id, name.trim());
      }),
    ),
    vscode.commands.registerCommand(
      'newsmark.entities.changeType',
      onEntity(async (entity) => {
        const choices = typeChoices.filter(({ type }) => type !== entity.type).map((choice) => ({ ...choice, description: choice.type }));
        const picked = await vscode.window.showQuickPick(choices, { title: `${entity.name} is a…` });
        if (picked) await editCatalog('setType', entity.id, picked.type);
      }),
    ),
    vscode.commands.registerCommand(
      'newsmark.entities.link',
      onEntity(async (entity) => {
        const target = await pickLinkTarget(client, entity);
        if (target) await editCatalog('link', entity.id, target);
      }),
    ),
    vscode.commands.registerCommand(
      'newsmark.entities.notEntity',
      onEntity((entity) => editCatalog('notEntity', entity.id)),
    ),
    vscode.commands.registerCommand(
      'newsmark.entities.findReferences',
      onEntity(async (entity) => {
        const main = (await view.entityDetails(entity.id))?.mainMention;
        if (!main) return;
        const uri = client.protocol2CodeConverter.asUri(main.uri);
        const range = client.protocol2CodeConverter.asRange(main.range);
        await vscode.window.showTextDocument(uri, { selection: range });
        // The References panel lists every mention in every article; the peek view is the fallback.
        const panel = (await vscode.commands.getCommands(true)).includes('references-view.findReferences');
        await vscode.commands.executeCommand(panel ? 'references-view.findReferences' : 'editor.action.findReferences', uri, range.start);
      }),
    ),
    vscode.commands.registerCommand(
      'newsmark.entities.copyCsvRow',
      onEntity(async (entity) => {
        const row = (await view.entityDetails(entity.id))?.csvRow;
        if (!row) return;
        await vscode.env.clipboard.writeText(row);
        vscode.window.setStatusBarMessage(`Newsmark: ${entity.name} copied as a CSV row`, 3000);
      }),
    ),
  ];
}

/** Entities to link to, the likeliest first: those sharing a word of the name, of the same type, most mentioned. */
async function pickLinkTarget(client: LanguageClient, entity: EntityListItem): Promise<string | undefined> {
  type Item = vscode.QuickPickItem & { id: string };
  const toItem = (candidate: EntityListItem): Item => ({
    id: candidate.id,
    label: candidate.name,
    description: `${candidate.type} · ${candidate.mentions} mentions`,
    detail: candidate.aliases.filter((alias) => alias !== candidate.name).join(', ') || undefined,
  });
  const search = async (filters: string[]): Promise<Item[]> => {
    const found = new Map<string, EntityListItem>();
    for (const filter of filters) {
      const { groups } = await client.sendRequest(entityListRequest, { filter, limitPerType: 50 });
      for (const candidate of groups.flatMap((group) => group.entities)) if (candidate.id !== entity.id) found.set(candidate.id, candidate);
    }
    return [...found.values()].sort((a, b) => Number(b.type === entity.type) - Number(a.type === entity.type) || b.mentions - a.mentions).map(toItem);
  };
  const quickPick = vscode.window.createQuickPick<Item>();
  quickPick.title = `Link ${entity.name} to…`;
  quickPick.placeholder = 'The entity it is another name of';
  quickPick.matchOnDescription = true;
  quickPick.busy = true;
  const words = entity.name.split(/\s+/).filter((word) => word.length > 2);
  void search(words).then((items) => {
    quickPick.items = items;
    quickPick.busy = false;
  });
  quickPick.onDidChangeValue((value) => {
    if (!value.trim()) return;
    void search([value]).then((items) => {
      if (quickPick.value === value) quickPick.items = items;
    });
  });
  return new Promise((resolve) => {
    quickPick.onDidAccept(() => {
      resolve(quickPick.selectedItems[0]?.id);
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      resolve(undefined);
      quickPick.dispose();
    });
    quickPick.show();
  });
}
