// Readers for the column formats the NER corpora come in: CoNLL-2002/2003 (`token ... TAG`),
// tab-separated BIO files and UNER's CoNLL-U-like `index token TAG ...` lines with `# ` comments.
import { readFileSync } from 'node:fs';
import { toIob2, type LabelledDocument, type LabelledSentence } from './corpus';

/** Wire stories in CoNLL-2002 start with a dateline sentence such as "Madrid , 23 may ( EFE ) ." */
const datelineAgency = /^\(\s(EFE|AP|AFP|Reuters|Europa Press)\s\)$/;

export function readConllFile(path: string): LabelledDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}

export function parseConll(text: string): LabelledDocument[] {
  const documents: LabelledDocument[] = [];
  let document: LabelledDocument = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let sawDocumentMarks = false;
  // UNER files put an index before the token and the tag third; their sentences carry `# sent_id` comments.
  const indexed = /^# sent_id\b/m.test(text);
  const endSentence = () => {
    if (tokens.length > 0) {
      const sentence: LabelledSentence = { tokens, labels: toIob2(tags) };
      if (!sawDocumentMarks && startsWireStory(tokens) && document.length > 0) endDocument();
      document.push(sentence);
    }
    tokens = [];
    tags = [];
  };
  const endDocument = () => {
    if (document.length > 0) documents.push(document);
    document = [];
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '') {
      endSentence();
      continue;
    }
    const newDocument = /^#\s*newdoc\b/.test(line);
    if (!newDocument && /^#\s*(sent_id|text|newpar)\b/.test(line)) continue;
    const columns = line.split(/\s+/);
    if (newDocument || columns[0] === '-DOCSTART-') {
      endSentence();
      endDocument();
      sawDocumentMarks = true;
      continue;
    }
    tokens.push(indexed ? columns[1] : columns[0]);
    tags.push(indexed ? columns[2] : columns[columns.length - 1]);
  }
  endSentence();
  endDocument();
  // Without document marks or datelines (tweets, parliament turns), sentences are unrelated: one document each,
  // so that document features never span a whole corpus.
  if (!sawDocumentMarks && documents.length === 1) return documents[0].map((sentence) => [sentence]);
  return documents;
}

function startsWireStory(tokens: string[]): boolean {
  for (let i = 0; i + 2 < Math.min(tokens.length, 16); i++) {
    if (datelineAgency.test(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`)) return true;
  }
  return false;
}
