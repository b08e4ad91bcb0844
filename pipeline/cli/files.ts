/**
 * files: the command line's contact with the file system — finding inputs, writing outputs safely.
 */
import {randomBytes} from 'node:crypto'
import {readdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {basename, extname, join} from 'node:path'

/** Extensions of article files. */
export const articleExtensions = new Set(['.txt', '.md', '.markdown'])

/**
 * The article files named by `paths`: files as given, folders searched recursively for
 * `.txt`/`.md` files. Sorted, so a run visits files in the same order on every machine.
 */
export function findArticles(paths: string[]): {files: string[]; missing: string[]} {
  const files: string[] = []
  const missing: string[] = []
  for (const path of paths) {
    let stats
    try {
      stats = statSync(path)
    } catch {
      missing.push(path)
      continue
    }
    if (stats.isDirectory()) files.push(...walk(path))
    else files.push(path)
  }
  return {files: [...new Set(files)].sort(), missing}
}

/** Article files below a folder, skipping hidden entries. */
function walk(folder: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('.')) continue
    const path = join(folder, name)
    const stats = statSync(path)
    if (stats.isDirectory()) found.push(...walk(path))
    else if (articleExtensions.has(extname(name).toLowerCase())) found.push(path)
  }
  return found
}

/** The output name of an article: its file name without the extension. */
export function outputName(path: string): string {
  return basename(path, extname(path))
}

/**
 * Write a file atomically: to a temporary file in the same folder, then rename over the target,
 * so a reader never sees half a file and a crash leaves no partial output.
 */
export function writeAtomic(path: string, content: string): void {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

/** Remove outputs left by an earlier run, so a failed article leaves nothing stale behind. */
export function removeOutputs(paths: string[]): void {
  for (const path of paths) rmSync(path, {force: true})
}
