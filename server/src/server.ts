// Wires an LSP connection to the Newsmark features. No logic lives here.
import type { Connection } from 'vscode-languageserver';
import { features, serverCapabilities } from './features/handlers';
import { SessionHost } from './features/sessionHost';
import type { ServerDependencies } from './features/session';

export type { ServerDependencies };

export function startServer(connection: Connection, dependencies: ServerDependencies): void {
  const host = new SessionHost(connection, dependencies);
  connection.onInitialize((params) => host.initialize(params, serverCapabilities()));
  for (const feature of features) feature.register(connection, host);
  connection.listen();
}
