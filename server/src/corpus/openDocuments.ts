// Open documents, analysed off the main thread and never once per keystroke: after an edit the
// newest text is analysed when the typing pauses (a short quiet time) or as soon as a request needs
// it, one analysis at a time per document, so the versions typed in between are never analysed. A
// request waits for the newest analysis when the document analyses quickly; a document whose last
// analysis was slow (a megabyte takes seconds) is served at once from that analysis carried over
// the edits (shiftedAnalysis.ts) until the new one lands.
import type { CachedAnalysis } from './analysisCodec';
import type { ArticleAnalysisService } from './analysisPool';
import { decodeArticleAnalysis } from './articleAnalysis';
import type { CorpusIndex } from './corpusIndex';
import { shiftedAnalysis } from './shiftedAnalysis';

export interface OpenDocumentOptions {
  /** Quiet time after an edit before the newest text is analysed unasked. */
  quietMs?: number;
  /** How long a request on a slow document waits for the newest analysis before it is served the last one, carried over the edits. */
  freshWaitMs?: number;
  /** A document whose last analysis took longer than this is slow. */
  slowAnalysisMs?: number;
  /** Told when a document's analysis in the index changed. */
  updated?: (uri: string) => void;
  warn?: (message: string) => void;
}

interface OpenDocument {
  text: string;
  /** Counts the document's changes. */
  version: number;
  /** The version whose analysis (fresh or carried over) the index holds, -1 for none. */
  servedVersion: number;
  /** The last fresh analysis, the text it was made from and its version (-1 for none). */
  analysed: { entry: CachedAnalysis; text: string } | undefined;
  analysedVersion: number;
  /** How long its last analysis took. */
  analysisMs: number;
  running: Promise<void> | undefined;
  timer: NodeJS.Timeout | undefined;
  tooLarge: boolean;
}

export class OpenDocuments {
  private readonly documents = new Map<string, OpenDocument>();
  private readonly quietMs: number;
  private readonly freshWaitMs: number;
  private readonly slowAnalysisMs: number;
  private readonly updated: (uri: string) => void;
  private readonly warn: (message: string) => void;

  constructor(
    private readonly index: CorpusIndex,
    private readonly analysis: ArticleAnalysisService,
    options: OpenDocumentOptions = {},
  ) {
    this.quietMs = options.quietMs ?? 300;
    // A document whose last analysis took half a second will not have a new one sooner: serve it at once.
    this.freshWaitMs = options.freshWaitMs ?? 0;
    this.slowAnalysisMs = options.slowAnalysisMs ?? 500;
    this.updated = options.updated ?? (() => undefined);
    this.warn = options.warn ?? (() => undefined);
  }

  isOpen(uri: string): boolean {
    return this.documents.has(uri);
  }

  /** Open documents whose first analysis the index does not hold yet (a rebuild leaves them to this). */
  awaitingIndex(): number {
    let count = 0;
    for (const [uri, document] of this.documents) if (!document.tooLarge && document.servedVersion < 0 && this.index.article(uri) === undefined) count++;
    return count;
  }

  /** The editor's newest text of an open document. */
  textOf(uri: string): string | undefined {
    return this.documents.get(uri)?.text;
  }

  /** A new text for an open document: analysed at once when it was just opened, after the quiet time otherwise. */
  changed(uri: string, text: string): void {
    const document = this.documents.get(uri) ?? newDocument();
    this.documents.set(uri, document);
    document.text = text;
    document.version++;
    document.tooLarge = false;
    clearTimeout(document.timer);
    if (!document.analysed && !document.running) this.start(uri, document);
    else document.timer = setTimeout(() => this.start(uri, document), this.quietMs);
  }

  /** An open document too large to analyse: whatever was known of an earlier, smaller text is dropped. */
  tooLarge(uri: string): void {
    const document = this.documents.get(uri) ?? newDocument();
    this.documents.set(uri, document);
    clearTimeout(document.timer);
    Object.assign(document, { text: '', version: document.version + 1, analysed: undefined, tooLarge: true });
    this.index.removeArticle(uri);
  }

  closed(uri: string): void {
    clearTimeout(this.documents.get(uri)?.timer);
    this.documents.delete(uri);
  }

  /** Resolves once the index holds the document's newest text, or that of a moment ago carried over the edits since. */
  async ready(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const deadline = document.analysisMs > this.slowAnalysisMs ? performance.now() + this.freshWaitMs : Infinity;
    while (this.documents.get(uri) === document && !document.tooLarge && document.servedVersion !== document.version) {
      if (!document.running) this.start(uri, document);
      const remaining = deadline - performance.now();
      if (document.analysed && remaining <= 0) {
        this.serveShifted(uri, document);
        return;
      }
      await (document.analysed && remaining < Infinity ? Promise.race([document.running, delay(remaining)]) : document.running);
    }
  }

  private start(uri: string, document: OpenDocument): void {
    clearTimeout(document.timer);
    if (document.running || document.tooLarge || document.analysedVersion === document.version) return;
    const { version, text } = document;
    const started = performance.now();
    document.running = this.analysis
      .analyse(text, 'open', uri)
      .then((bytes) => {
        if (this.documents.get(uri) !== document || document.tooLarge) return;
        const entry = decodeArticleAnalysis(bytes);
        document.analysisMs = performance.now() - started;
        document.analysed = { entry, text };
        document.analysedVersion = version;
        // A result for a text edited since is kept to be carried over, but only the newest is served as it is.
        if (version !== document.version) return;
        this.index.setAnalyzedArticle(uri, entry.analysis, entry.lineStarts, entry.textLength, entry.mentions, text);
        document.servedVersion = version;
        this.updated(uri);
      })
      .catch((error: unknown) => {
        this.warn(`analysis of ${uri} failed: ${error instanceof Error ? error.message : String(error)}`);
        // Serve what there is rather than ask again for an analysis that fails.
        if (version === document.version) document.analysedVersion = document.servedVersion = version;
      })
      .finally(() => {
        document.running = undefined;
        if (this.documents.get(uri) === document && document.analysedVersion !== document.version)
          document.timer = setTimeout(() => this.start(uri, document), this.quietMs);
      });
  }

  private serveShifted(uri: string, document: OpenDocument): void {
    if (!document.analysed) return;
    const entry = shiftedAnalysis(document.analysed.entry, document.analysed.text, document.text);
    this.index.setAnalyzedArticle(uri, entry.analysis, entry.lineStarts, entry.textLength, entry.mentions, document.text);
    document.servedVersion = document.version;
    this.updated(uri);
  }
}

function newDocument(): OpenDocument {
  return {
    text: '',
    version: 0,
    servedVersion: -1,
    analysed: undefined,
    analysedVersion: -1,
    analysisMs: 0,
    running: undefined,
    timer: undefined,
    tooLarge: false,
  };
}

function delay(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
