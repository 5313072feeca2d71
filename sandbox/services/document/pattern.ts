// Turns the pattern strings Docs' replaceText/findText take (RE2 syntax) into JavaScript RegExps,
// refusing what RE2 refuses so a script that works here does not fail on real Docs.
import { appsScriptException } from './exception';

const UNSUPPORTED = [
  { re: /\(\?<?[=!]/, what: 'lookaround' },
  { re: /\\[1-9]/, what: 'backreference' },
];

function quoteLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Compiles an RE2 pattern string: leading inline flags such as (?i), \Q…\E literals and
 *  (?P<name>…) groups are translated; lookarounds and backreferences are refused as in RE2. */
export function compilePattern(pattern: string): RegExp {
  let source = String(pattern);
  let flags = 'g';
  const inline = /^\(\?([imsU]+)\)/.exec(source);
  if (inline) {
    source = source.slice(inline[0].length);
    for (const flag of inline[1]) if (flag !== 'U' && !flags.includes(flag)) flags += flag;
  }
  source = source.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, literal: string) => quoteLiteral(literal));
  source = source.replace(/\(\?P</g, '(?<');
  for (const { re, what } of UNSUPPORTED) {
    if (re.test(source)) {
      throw appsScriptException(`Invalid argument: searchPattern (${what} is not supported by RE2)`, 'DOCS_BAD_PATTERN');
    }
  }
  try {
    return new RegExp(source, flags);
  } catch {
    throw appsScriptException('Invalid argument: searchPattern', 'DOCS_BAD_PATTERN');
  }
}
