// Newsmark's own colours in VS Code's default themes, where the theme's colours for the mapped
// TextMate scopes are too close (a person and a place were two blues in Light Modern). Chosen so
// that every two kinds, and each kind and plain text, stay apart (CIEDE2000 distance of 20 or more)
// and read on the theme's background (contrast of 4.5:1 or more, 7:1 in high contrast). Other themes
// colour the token types through semanticTokenScopes. package.json's configurationDefaults carry these
// rules to VS Code (a test checks that they agree); the terminal uses the dark ones.
import type { TokenType } from './tokenTypes';

export type ThemeKind = 'light' | 'dark' | 'highContrastDark' | 'highContrastLight';
type ColourGroup = 'person' | 'organization' | 'location' | 'misc' | 'time' | 'quote';

/** VS Code's built-in themes of each kind, by the names `editor.semanticTokenColorCustomizations` keys them with. */
export const themeNames: Record<ThemeKind, string[]> = {
  light: ['Default Light Modern', 'Default Light+', 'Visual Studio Light'],
  dark: ['Default Dark Modern', 'Default Dark+', 'Visual Studio Dark'],
  highContrastDark: ['Default High Contrast'],
  highContrastLight: ['Default High Contrast Light'],
};

export const palette: Record<ThemeKind, Record<ColourGroup, string>> = {
  light: { person: '#1f5fd6', organization: '#9a6700', location: '#2e7d1e', misc: '#93388f', time: '#007a73', quote: '#b42318' },
  dark: { person: '#73a8ff', organization: '#e3b341', location: '#8bd16b', misc: '#e08fd9', time: '#3fd0c0', quote: '#f28b82' },
  highContrastDark: { person: '#85b4ff', organization: '#f2cc60', location: '#9be27a', misc: '#f4a5ee', time: '#4ee0cf', quote: '#ff9790' },
  highContrastLight: { person: '#1a47b8', organization: '#6b4a00', location: '#2a5c10', misc: '#7d1d79', time: '#005c55', quote: '#a0111f' },
};

const colourGroups: Record<TokenType, ColourGroup> = {
  person: 'person',
  organization: 'organization',
  location: 'location',
  misc: 'misc',
  date: 'time',
  time: 'time',
  duration: 'time',
  set: 'time',
  quote: 'quote',
  term: 'quote',
};

export interface TokenStyle {
  foreground: string;
  italic?: boolean;
}

/** A quoted term is a quotation's colour in italics: quoted, but no one is reported as saying it. */
export function tokenStyle(theme: ThemeKind, type: TokenType): TokenStyle {
  const foreground = palette[theme][colourGroups[type]];
  return type === 'term' ? { foreground, italic: true } : { foreground };
}
