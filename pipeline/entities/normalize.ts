/**
 * normalize: comparison keys for names and the slugs of entity ids.
 */
import {fold} from '../lexicon/fold.js'

export {fold}

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
