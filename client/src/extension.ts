// The VS Code side: starts the Newsmark language server for `.txt` articles, shows the index
// state in the status bar, and offers "Newsmark: Rebuild Index". All analysis is in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { indexStatusNotification, indexStatusRequest, rebuildIndexRequest } from '../../server/src/protocol';
import { IndexStatusItem } from './statusBar';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Articles are `.txt` files whatever language mode they are in; other plain text is left alone.
    documentSelector: [
      { scheme: 'file', pattern: '**/*.txt' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: { configurationSection: 'newsmark' },
    // Analyses are kept between runs in this workspace's private storage (none without a folder open).
    initializationOptions: { ...vscode.workspace.getConfiguration('newsmark'), cacheDirectory: context.storageUri?.fsPath },
  };
  const client = new LanguageClient('newsmark', 'Newsmark', serverOptions, clientOptions);
  const statusItem = new IndexStatusItem();
  context.subscriptions.push(
    client,
    statusItem,
    client.onNotification(indexStatusNotification, (status) => statusItem.show(status)),
    vscode.commands.registerCommand('newsmark.rebuildIndex', async () => {
      statusItem.showRebuilding();
      await client.sendRequest(rebuildIndexRequest);
    }),
    vscode.commands.registerCommand('newsmark.showIndexStatus', async () => {
      const status = await client.sendRequest(indexStatusRequest);
      void vscode.window.showInformationMessage(
        `Newsmark: ${status.indexed}/${status.documents} articles indexed, ${status.entities} entities, ${status.mentions} mentions${status.ready ? '' : ' (indexing)'}.`,
      );
    }),
  );
  await client.start();
  statusItem.show(await client.sendRequest(indexStatusRequest));
}
