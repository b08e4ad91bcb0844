/**
 * fold: the one comparison form of a word, shared by every stage that looks words up in a lexicon.
 *
 * Lower case, diacritics removed, ligatures spelled out (œ → oe, æ → ae), typographic apostrophes
 * as `'`, typographic hyphens as `-`, and every run of white space within a line (tabs, no-break
 * spaces) as one space: "Pékin" → "pekin", "Œuvre" → "oeuvre", "l’été" → "l'ete", "Buenos\tAires" →
 * "buenos aires".
 */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[‐‑‒]/g, '-')
    .replace(/[^\S\n]+/g, ' ')
    .toLowerCase()
}
