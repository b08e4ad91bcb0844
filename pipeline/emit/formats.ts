/**
 * Render a JSON-LD document in the three forms users take away:
 *
 * - `toJsonLdText`: the `.jsonld` file (2-space JSON, final newline);
 * - `toHtml`: one `<script type="application/ld+json">` block to paste into a page;
 * - `toNquads`: canonical RDFC-1.0 N-Quads, the same bytes for the same graph whatever the key or
 *   node order, for diffing and hashing.
 *
 * The first two are pure string functions; `toNquads` runs jsonld.js with the offline loader that
 * the caller passes (normally `documentLoader` from `./loader.js`).
 */
import jsonld from 'jsonld'
import {offlineRefusal, type DocumentLoader} from './loader.js'

/**
 * The document as a `.jsonld` file: JSON with 2-space indentation and a final newline.
 *
 * Keys keep the order in which the caller built the objects, so build them in a stable order.
 */
export function toJsonLdText(doc: object): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}

/** Characters that could end the script element or an HTML comment, or break JavaScript parsers. */
const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029'
}

/**
 * The document as one HTML `<script type="application/ld+json">` block, ready to paste into a page.
 *
 * `<`, `>`, `&`, U+2028 and U+2029 are written as JSON `\u` escapes, so text that contains
 * `</script>` or `<!--` cannot end the element early; the block parses back to the same data.
 */
export function toHtml(doc: object): string {
  const json = JSON.stringify(doc, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE_IN_SCRIPT[c] as string)
  return `<script type="application/ld+json">\n${json}\n</script>\n`
}

/**
 * The document as canonical N-Quads (RDFC-1.0), one quad a line, sorted, final newline.
 *
 * Runs in jsonld.js safe mode, so a term the context cannot map or a relative `@id` is an error
 * rather than a silently dropped triple. Rejects with `remote context not allowed offline: <url>`
 * when the document names a context the loader does not serve.
 *
 * @param doc A compacted JSON-LD document.
 * @param documentLoader The offline loader (`documentLoader` from `./loader.js`).
 */
export async function toNquads(doc: object, documentLoader: DocumentLoader): Promise<string> {
  const options = {
    algorithm: 'RDFC-1.0',
    format: 'application/n-quads',
    documentLoader,
    safe: true
  }
  try {
    // @types/jsonld knows neither RDFC-1.0 nor safe mode, which jsonld 9 supports.
    return (await jsonld.canonize(doc as jsonld.JsonLdDocument, options as unknown as jsonld.Options.Normalize)) as string
  } catch (error) {
    throw offlineRefusal(error)
  }
}
