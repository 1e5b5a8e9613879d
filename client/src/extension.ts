// The VS Code side: starts the Newsmark language server for the articles, shows the index state in
// the status bar and the corpus in the Entities view, and offers the commands. All analysis is in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { indexStatusNotification, indexStatusRequest, rebuildIndexRequest } from '../../server/src/protocol';
import { articleSelector } from './articleSelector';
import { catalogEditor, registerOpenCorpusFile } from './catalogEdits';
import { EntitiesProvider } from './entitiesView';
import { registerEntityCommands } from './entityCommands';
import { exportCorpus } from './exportCorpus';
import { describeIndex, IndexStatusItem, withoutWorkDoneProgress } from './statusBar';

/** What is fixed while the server runs: the documents VS Code sends it, and what its cached analyses depend on. */
const restartingSettings = ['newsmark.include', 'newsmark.articleDate.fromFileName'];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const documentSelector = articleSelector();
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: { configurationSection: 'newsmark' },
    // Read at every start. Analyses are kept between runs in this workspace's private storage (none without a folder open).
    initializationOptions: () => ({ ...vscode.workspace.getConfiguration('newsmark'), cacheDirectory: context.storageUri?.fsPath }),
  };
  const client = new LanguageClient('newsmark', 'Newsmark', serverOptions, clientOptions);
  client.registerFeature(withoutWorkDoneProgress);
  const statusItem = new IndexStatusItem();
  const entities = new EntitiesProvider(client);
  context.subscriptions.push(
    client,
    statusItem,
    entities,
    ...registerEntityCommands(client, entities, catalogEditor(client)),
    registerOpenCorpusFile(client),
    vscode.commands.registerCommand('newsmark.exportCorpus', () => exportCorpus(client)),
    client.onNotification(indexStatusNotification, (status) => {
      statusItem.show(status);
      entities.indexChanged(status);
    }),
    vscode.commands.registerCommand('newsmark.rebuildIndex', async () => {
      statusItem.showRebuilding();
      await client.sendRequest(rebuildIndexRequest);
      const status = await client.sendRequest(indexStatusRequest);
      statusItem.show(status);
      // A rebuild that another one overtook has nothing to report.
      if (status.ready) void vscode.window.showInformationMessage(`Newsmark: index rebuilt: ${describeIndex(status)}.`);
    }),
    vscode.commands.registerCommand('newsmark.showIndexStatus', async () => {
      const status = await client.sendRequest(indexStatusRequest);
      void vscode.window.showInformationMessage(
        `Newsmark: ${status.indexed}/${status.documents} articles indexed, ${status.entities} entities, ${status.mentions} mentions${status.ready ? '' : ' (indexing)'}.`,
      );
    }),
    vscode.workspace.onDidChangeConfiguration(async (change) => {
      if (!restartingSettings.some((setting) => change.affectsConfiguration(setting))) return;
      // The client keeps this array: refilled in place, the restarted client sends the newly chosen documents.
      documentSelector.splice(0, documentSelector.length, ...articleSelector());
      statusItem.showStarting();
      await client.restart();
    }),
  );
  await client.start();
  const status = await client.sendRequest(indexStatusRequest);
  statusItem.show(status);
  entities.indexChanged(status);
}
