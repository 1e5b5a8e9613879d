// A word list as a regular expression that shares prefixes ("nov(?:iembre)?"): an alternation of
// hundreds of words is tried word by word at every position, a trie once per letter.

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

function newNode(): TrieNode {
  return { children: new Map(), terminal: false };
}

function escapeCharacter(character: string): string {
  if (character === ' ') return String.raw`\s+`;
  return character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([character, child]) => escapeCharacter(character) + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!node.terminal) return body;
  return branches.length === 1 && node.children.size === 1 && body.length > 1 ? `(?:${body})?` : `${body.length > 1 ? `(?:${body})` : body}?`;
}

/** Matches any of the words, preferring the longest; words are matched case-insensitively by the caller's flags. */
export function wordTrie(words: Iterable<string>): string {
  const root = newNode();
  for (const word of new Set(words)) {
    let node = root;
    for (const character of word.toLowerCase()) {
      let child = node.children.get(character);
      if (!child) {
        child = newNode();
        node.children.set(character, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  return emit(root);
}
