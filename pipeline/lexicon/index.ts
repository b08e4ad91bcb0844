/**
 * Lexicon loader: cue lists live in plain-text data files beside the stage that uses them.
 *
 * Format of a lexicon file (`*.tsv` or `*.txt`):
 * - lines starting with `#` are comments; the first comment lines are the header saying what the
 *   list is and which stage uses it;
 * - blank lines are ignored;
 * - every other line is one entry; columns are separated by a TAB.
 *
 * Files are read once per process and cached. The path is resolved against the calling module's
 * URL, so the same call works from the TypeScript sources and from the built `dist/` tree (the
 * build copies data files beside the compiled modules).
 */
import {readFileSync} from 'node:fs'

const cache = new Map<string, string[][]>()

/**
 * Read a lexicon file as rows of columns.
 *
 * @param base `import.meta.url` of the calling module.
 * @param name Path of the file relative to that module (`lexicon/speech-verbs.fr.tsv`).
 */
export function loadRows(base: string | URL, name: string): string[][] {
  const url = new URL(name, base)
  const key = url.href
  let rows = cache.get(key)
  if (!rows) {
    rows = parse(readFileSync(url, 'utf8'))
    cache.set(key, rows)
  }
  return rows
}

/** Read a one-column lexicon file as a list of entries. */
export function loadList(base: string | URL, name: string): string[] {
  return loadRows(base, name).map((row) => row[0] as string)
}

/** Read a one-column lexicon file as a set of entries. */
export function loadSet(base: string | URL, name: string): Set<string> {
  return new Set(loadList(base, name))
}

/** Split lexicon text into rows of trimmed columns, dropping comments and blank lines. */
export function parse(value: string): string[][] {
  const rows: string[][] = []
  for (const raw of value.split(/\r?\n/)) {
    const line = raw.trimEnd()
    if (line === '' || line.startsWith('#')) continue
    rows.push(line.split('\t').map((cell) => cell.trim()))
  }
  return rows
}

/**
 * Memoise a per-language lexicon builder: `build` runs once per language and process, and every
 * later call returns the same object. Stages use it for the indexes they build from their files.
 */
export function perLanguage<Lang extends string, T>(build: (language: Lang) => T): (language: Lang) => T {
  const built = new Map<Lang, T>()
  return (language) => {
    let value = built.get(language)
    if (value === undefined) {
      value = build(language)
      built.set(language, value)
    }
    return value
  }
}

/** A lexicon entry as a literal inside a regular expression ("p.m." matches only "p.m."). */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
