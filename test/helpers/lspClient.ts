// A real LSP client for end-to-end tests: starts `node dist/server.js --stdio` and speaks JSON-RPC
// to it, answering the server's own requests the way an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { indexStatusNotification, type IndexStatus } from '../../server/src/protocol';

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Every window/logMessage the server sent, in order. */
  log: string[];
  /** The latest status the server published. */
  latestStatus(): IndexStatus | undefined;
  /** Resolves with the first status the server publishes that satisfies the predicate. */
  statusWhere(predicate: (status: IndexStatus) => boolean): Promise<IndexStatus>;
  stop(): Promise<void>;
}

const serverPath = path.resolve(__dirname, '../../dist/server.js');

// What the client writes in one turn of its event loop reaches the server in one piece, as an editor's
// messages written together do: a request and its cancellation sent right after it arrive together
// however busy the machine is, so a test of cancellation does not depend on the scheduler.
class TurnWriter extends Writable {
  private pending: Buffer[] = [];

  constructor(private readonly target: Writable) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (this.pending.length === 0) setImmediate(() => this.flush());
    this.pending.push(chunk);
    done();
  }

  private flush(): void {
    if (!this.target.destroyed) this.target.write(Buffer.concat(this.pending));
    this.pending = [];
  }
}

/** `settings` are the `newsmark` section the client gives at start and when the server asks for it. */
export async function startTestServer(workspaceFolder: string, initializationOptions?: object, settings: object | null = null): Promise<TestServer> {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(new TurnWriter(child.stdin!)));
  const waiters: { predicate: (status: IndexStatus) => boolean; resolve: (status: IndexStatus) => void }[] = [];
  let latest: IndexStatus | undefined;
  connection.onNotification(indexStatusNotification, (status) => {
    latest = status;
    for (const waiter of [...waiters]) {
      if (waiter.predicate(status)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(status);
      }
    }
  });
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  const log: string[] = [];
  connection.onNotification('window/logMessage', (message: { message: string }) => void log.push(message.message));
  connection.onNotification('$/progress', () => undefined);
  connection.listen();
  const folderUri = pathToFileURL(workspaceFolder).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: [{ uri: folderUri, name: 'corpus' }],
    initializationOptions: { ...settings, ...initializationOptions },
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: {
        hover: { contentFormat: ['markdown'] },
        semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
      },
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    log,
    latestStatus: () => latest,
    statusWhere: (predicate) => (latest && predicate(latest) ? Promise.resolve(latest) : new Promise((resolve) => waiters.push({ predicate, resolve }))),
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      connection.dispose();
    },
  };
}
