/**
 * An offline jsonld.js document loader for the schema.org context.
 *
 * jsonld.js resolves `"@context": "https://schema.org"` by fetching the context over the network.
 * This loader serves the pinned release-30.0 context (`context/schemaorgcontext.jsonld`, CC BY-SA
 * 3.0, Schema.org) for the schema.org context URLs and refuses every other URL without touching
 * the network, so expansion and canonicalisation are offline, reproducible and fail closed.
 *
 * Use: `jsonld.expand(doc, {documentLoader, safe: true})`, or `expandOffline(doc)`, which also
 * proves that expansion dropped nothing.
 */
import {readFileSync} from 'node:fs'
import jsonld from 'jsonld'

/** What a jsonld.js document loader resolves to. */
export interface RemoteDocument {
  contextUrl: string | null
  documentUrl: string
  document: unknown
}

/** A jsonld.js document loader. */
export type DocumentLoader = (url: string) => Promise<RemoteDocument>

/** The URL the pinned context is served from by schema.org. */
export const SCHEMA_CONTEXT_URL = 'https://schema.org/docs/jsonldcontext.jsonld'

/** Every URL that names the schema.org context. */
const SCHEMA_CONTEXT_URLS = new Set(
  ['schema.org', 'schema.org/', 'schema.org/docs/jsonldcontext.jsonld'].flatMap((rest) => [
    `https://${rest}`,
    `http://${rest}`
  ])
)

let context: unknown

/**
 * The pinned context, parsed once per process and deep-frozen, so that no caller can alter what
 * the next one gets (parsing 200 KB on every expansion was the pipeline's largest cost).
 */
function pinnedContext(): unknown {
  context ??= deepFreeze(JSON.parse(readFileSync(new URL('context/schemaorgcontext.jsonld', import.meta.url), 'utf8')))
  return context
}

/** Freeze an object and everything inside it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}

/**
 * Load a JSON-LD document by URL, offline.
 *
 * Resolves the schema.org context URLs (`https://schema.org`, `http://schema.org`, with or without
 * a trailing slash, and `https://schema.org/docs/jsonldcontext.jsonld` and its http variant) to
 * the pinned context; rejects any other URL with `remote context not allowed offline: <url>`.
 * Every call returns the same parsed, frozen context.
 */
export const documentLoader: DocumentLoader = async (url) => {
  if (!SCHEMA_CONTEXT_URLS.has(url)) {
    throw new Error(`remote context not allowed offline: ${url}`)
  }
  return {contextUrl: null, documentUrl: url, document: pinnedContext()}
}

/**
 * The loader's own refusal hidden inside a jsonld.js error, or the error itself.
 *
 * jsonld.js wraps a loader failure in a long generic message ("Dereferencing a URL did not result
 * in a valid JSON-LD object …") and keeps the loader's error as `details.cause`; this returns that
 * cause when it is an offline refusal, so the user reads `remote context not allowed offline: <url>`.
 */
export function offlineRefusal(error: unknown): unknown {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    if (current instanceof Error && current.message.startsWith('remote context not allowed offline: ')) {
      return current
    }
    const details = (current as {details?: {cause?: unknown}}).details
    current = details?.cause ?? (current as {cause?: unknown}).cause
  }
  return error
}

/**
 * Expand a document offline in jsonld.js safe mode and check that nothing was dropped.
 *
 * Safe mode rejects terms the context cannot map, relative `@id`s and the like; on top of that the
 * number of ids, types and property values must be the same before and after expansion. Rejects
 * with the offline refusal for a foreign context, with `expansion dropped …` when values were lost.
 */
export async function expandOffline(doc: object): Promise<unknown[]> {
  // @types/jsonld does not know `safe`, which jsonld 9 supports.
  const options = {documentLoader, safe: true} as unknown as jsonld.Options.Expand
  let expanded: unknown[]
  try {
    expanded = (await jsonld.expand(doc as jsonld.JsonLdDocument, options)) as unknown[]
  } catch (error) {
    throw offlineRefusal(error)
  }
  const before = countStatements(doc)
  const after = countStatements(expanded)
  if (before !== after) {
    throw new Error(`expansion dropped ${before - after} of ${before} ids, types and values`)
  }
  return expanded
}

/** Count ids, types and property values at every depth, in compacted or expanded form alike. */
export function countStatements(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countStatements(item), 0)
  if (value === null || typeof value !== 'object' || '@value' in value) return 0
  let count = 0
  for (const [key, child] of Object.entries(value)) {
    if (key === '@context') continue
    if (key === '@graph') count += countStatements(child)
    else if (key === '@id') count += 1
    else if (key === '@type') count += Array.isArray(child) ? child.length : 1
    else if (!key.startsWith('@')) {
      for (const item of Array.isArray(child) ? child : [child]) {
        // A bare reference ({"@id"} only) is one statement, whether written as a string or not.
        const bare = item !== null && typeof item === 'object' && Object.keys(item).every((k) => k === '@id')
        count += 1 + (bare ? 0 : countStatements(item))
      }
    }
  }
  return count
}
