// Helpers the letter and form tests share: which clauses a text quotes in «…», and which it pastes outside them.

/** Clause texts the text holds outside «…»: a clause pasted as if it were our words. */
export function pastedUnquoted(text: string, clauses: string[]): string[] {
  return clauses.filter((clause) => {
    const words = clause.trim().replace(/[.]$/, '');
    let at = text.indexOf(words);
    while (at >= 0) {
      if (text[at - 1] !== '«') return true;
      at = text.indexOf(words, at + 1);
    }
    return false;
  });
}

/** The clause ids whose words stand in «…» in `text` (digits as the profile writes them). */
export function quotedClauseIds(text: string, clauses: Record<string, string>, digits: (s: string) => string): string[] {
  const bare = (s: string) => s.trim().replace(/[.]$/, '');
  const quoted = [...text.matchAll(/«([^»]+)»/g)].map((m) => bare(m[1]));
  return Object.entries(clauses).filter(([, words]) => quoted.some((q) => q === bare(words) || q === bare(digits(words)))).map(([id]) => id);
}
