// Semantic tokens: the legend finnews advertises and the encoding of an article's mentions.
//
// finnews declares its own token types and modifiers, because "money" says more than "number" to a
// theme author. Themes know only the standard ones, so the client's package.json maps each custom type
// to a standard super type (`contributes.semanticTokenTypes[].superType`) and to a TextMate scope
// (`contributes.semanticTokenScopes`) for themes without semantic colouring. The mapping, which the
// tables below also state as data:
//
//   finnews type | superType | TextMate scope (fallback)              | why
//   money        | number    | constant.numeric.money.finnews         | an amount is a number to every theme
//   percent      | number    | constant.numeric.percent.finnews       |
//   quantity     | number    | constant.numeric.quantity.finnews      |
//   company      | class     | entity.name.type.class.company.finnews | a named entity, coloured like a type
//   date         | string    | string.other.date.finnews              | a literal written in words
//   person       | variable  | variable.other.person.finnews          | a name, distinct from plain text
//
//   modifier     | meaning                                          | themes
//   approximate  | "rund", "etwa", "ca." (qualifier about)          | custom: style `*.approximate` if wanted
//   bound        | "bis zu", "mindestens", "unter", "über"          | custom: style `*.bound` if wanted
//   conflicting  | the figure takes part in an open conflict        | custom: style `*.conflicting` if wanted
//
// Themes that do not know a modifier ignore it and colour the token by its type.

import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Mention, MentionKind, Qualifier } from '../analysis/model';
import type { LineIndex } from './lineIndex';

/** The custom token types, in legend order; the index is what the encoding sends. */
export const tokenTypes: readonly MentionKind[] = ['money', 'percent', 'quantity', 'company', 'date', 'person'];

/** The custom token modifiers, in legend order; modifier i is bit i. */
export const tokenModifiers = ['approximate', 'bound', 'conflicting'] as const;
export type TokenModifier = (typeof tokenModifiers)[number];

/** The legend advertised in the server's capabilities. */
export const semanticTokensLegend: SemanticTokensLegend = {
  tokenTypes: [...tokenTypes],
  tokenModifiers: [...tokenModifiers],
};

/** The standard token type each custom type falls back to (package.json `superType`). */
export const standardTokenTypeOf: Record<MentionKind, string> = {
  money: 'number',
  percent: 'number',
  quantity: 'number',
  company: 'class',
  date: 'string',
  person: 'variable',
};

/** The TextMate scope each custom type falls back to (package.json `semanticTokenScopes`). */
export const textMateScopeOf: Record<MentionKind, string> = {
  money: 'constant.numeric.money.finnews',
  percent: 'constant.numeric.percent.finnews',
  quantity: 'constant.numeric.quantity.finnews',
  company: 'entity.name.type.class.company.finnews',
  date: 'string.other.date.finnews',
  person: 'variable.other.person.finnews',
};

/** Which modifier a qualifier earns. */
const modifierOfQualifier: Record<Qualifier, TokenModifier> = {
  about: 'approximate',
  upTo: 'bound',
  atLeast: 'bound',
  under: 'bound',
  over: 'bound',
};

const typeIndex = new Map<MentionKind, number>(tokenTypes.map((type, index) => [type, index]));
const modifierBit = new Map<TokenModifier, number>(tokenModifiers.map((modifier, index) => [modifier, 1 << index]));

/** One decoded token, as tests and the e2e suite read them. */
export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

/**
 * Encodes mentions as LSP semantic tokens (relative line/character deltas, UTF-16 units). A mention
 * that spans a line break becomes one token per line, because clients cannot draw multi-line tokens.
 * `conflicting` holds the indexes of mentions that take part in an open conflict; `within` limits the
 * tokens to an offset range (for semanticTokens/range).
 */
export function encodeSemanticTokens(
  mentions: readonly Mention[],
  lines: LineIndex,
  conflicting: ReadonlySet<number>,
  within?: { start: number; end: number },
): SemanticTokens {
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index];
    if (within && (mention.end <= within.start || mention.start >= within.end)) continue;
    const type = typeIndex.get(mention.kind);
    if (type === undefined || mention.end <= mention.start) continue;
    const modifiers = modifiersOf(mention, conflicting.has(index));
    const firstLine = lines.lineOf(mention.start);
    const lastLine = lines.lineOf(Math.max(mention.start, mention.end - 1));
    for (let line = firstLine; line <= lastLine; line++) {
      const start = line === firstLine ? mention.start : lines.lineStart(line);
      const end = Math.min(line === lastLine ? mention.end : lines.lineContentEnd(line), lines.lineContentEnd(line));
      if (end <= start) continue;
      const character = start - lines.lineStart(line);
      data.push(line - previousLine, line === previousLine ? character - previousCharacter : character, end - start, type, modifiers);
      previousLine = line;
      previousCharacter = character;
    }
  }
  return { data };
}

/** Decodes LSP semantic token data with this legend; used by the tests to state expectations readably. */
export function decodeSemanticTokens(data: readonly number[], legend: SemanticTokensLegend = semanticTokensLegend): DecodedToken[] {
  const tokens: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const bits = data[i + 4];
    tokens.push({
      line,
      character,
      length: data[i + 2],
      type: legend.tokenTypes[data[i + 3]] ?? `#${data[i + 3]}`,
      modifiers: legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0),
    });
  }
  return tokens;
}

function modifiersOf(mention: Mention, isConflicting: boolean): number {
  let bits = 0;
  if ('qualifier' in mention && mention.qualifier) bits |= modifierBit.get(modifierOfQualifier[mention.qualifier]) ?? 0;
  if (isConflicting) bits |= modifierBit.get('conflicting') ?? 0;
  return bits;
}
