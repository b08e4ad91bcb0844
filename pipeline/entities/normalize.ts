/**
 * normalize: comparison keys for names and the slugs of entity ids.
 */

/** Lower case without diacritics ("Pékin" → "pekin", "Œuvre" → "oeuvre"). */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
}

/**
 * Key under which spelling variants of one name meet: folded, with spaces, hyphens, dots and
 * apostrophes removed ("Lin MeiHua", "Lin Meihua", "Lin Mei-hua" → "linmeihua").
 */
export function nameKey(value: string): string {
  return fold(value).replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Id slug: lower-case ASCII, accents stripped, every other run of characters → '-'. */
export function slug(value: string): string {
  const ascii = fold(value).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  return ascii === '' ? 'x' : ascii
}
