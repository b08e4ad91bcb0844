/**
 * Command-line entry of the evaluation harness (`make eval`).
 *
 *   node dist/eval/run.js [--dev DIR] [--corpus DIR] [--json FILE] [--details N] [--write-floor] [--partial]
 *
 * - `--dev DIR`: the team development set (default `test/fixtures/dev` when no `--corpus` is given);
 * - `--corpus DIR`: a converted corpus (`docNNN.gold-spans.json` beside each article); role mentions
 *   are left out of the predictions there, since those corpora annotate names only;
 * - `--json FILE`: where to write all figures (default `.eval/<set name>.json`; one set only);
 * - `--details N`: misses and false alarms shown per document (default 10, 0 for none);
 * - `--write-floor`: write the dev set's F1 figures, rounded down, to `test/dev-floor.json`;
 * - `--partial`: also score what the stages produced for an article that failed later (it is still
 *   counted and reported as failed; not allowed with `--write-floor`).
 *
 * Prints the summary table, then the per-document errors; exits 1 on a usage error, 0 otherwise
 * (failed articles are reported, not fatal).
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {evaluate} from './evaluate.js'
import {loadCorpus, loadDevSet, type GoldSet} from './gold.js'
import {floorOf, formatDetails, formatSummary, resultToJson, stableJson} from './report.js'

/** Where `--write-floor` writes, relative to the working directory (the repository root). */
export const FLOOR_FILE = 'test/dev-floor.json'

/** Parsed command-line options. */
interface Options {
  dev: string | null
  corpus: string | null
  json: string | null
  details: number
  writeFloor: boolean
  partial: boolean
}

const USAGE = 'usage: node dist/eval/run.js [--dev DIR] [--corpus DIR] [--json FILE] [--details N] [--write-floor] [--partial]'

/** Read the arguments; throws a usage message on a mistake. */
function parseArgs(argv: string[]): Options {
  const options: Options = {dev: null, corpus: null, json: null, details: 10, writeFloor: false, partial: false}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const value = (): string => {
      const next = argv[++i]
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`)
      return next
    }
    if (arg === '--dev') options.dev = value()
    else if (arg === '--corpus') options.corpus = value()
    else if (arg === '--json') options.json = value()
    else if (arg === '--details') {
      const n = Number(value())
      if (!Number.isInteger(n) || n < 0) throw new Error(`--details needs a whole number\n${USAGE}`)
      options.details = n
    } else if (arg === '--write-floor') options.writeFloor = true
    else if (arg === '--partial') options.partial = true
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE)
    else throw new Error(`unknown argument ${arg}\n${USAGE}`)
  }
  if (options.dev === null && options.corpus === null) options.dev = 'test/fixtures/dev'
  if (options.json !== null && options.dev !== null && options.corpus !== null) {
    throw new Error(`--json takes one gold set; give --dev or --corpus, not both\n${USAGE}`)
  }
  if (options.writeFloor && options.partial) throw new Error(`--write-floor cannot be used with --partial\n${USAGE}`)
  if (options.writeFloor && options.dev === null) throw new Error(`--write-floor needs the dev set (--dev)\n${USAGE}`)
  return options
}

/** Evaluate one gold set: print its tables and write its JSON (and the floor when asked). */
async function runSet(set: GoldSet, options: Options, namesOnly: boolean): Promise<void> {
  const started = Date.now()
  const progress = process.stderr.isTTY
    ? (id: string, i: number, n: number) => process.stderr.write(`\r${set.name}: ${i + 1}/${n} ${id}\x1b[K`)
    : undefined
  const result = await evaluate(set, {namesOnly, partial: options.partial, onDocument: progress})
  if (progress) process.stderr.write('\r\x1b[K')
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  process.stdout.write(formatSummary(result) + '\n')
  process.stderr.write(`(${seconds} s)\n`)
  if (options.details > 0) {
    const details = formatDetails(result, options.details)
    if (details) process.stdout.write(`\nper document (at most ${options.details} misses and false alarms each)\n${details}\n`)
  }
  const jsonPath = options.json ?? join('.eval', `${set.name}.json`)
  mkdirSync(dirname(jsonPath), {recursive: true})
  writeFileSync(jsonPath, stableJson(resultToJson(result)))
  process.stdout.write(`\nfigures written to ${jsonPath}\n`)
  if (options.writeFloor && set.name === 'dev') {
    writeFileSync(FLOOR_FILE, stableJson({command: 'node dist/eval/run.js --write-floor', f1: floorOf(result.summary)}))
    process.stdout.write(`floor written to ${FLOOR_FILE}\n`)
  }
}

/** Entry point. */
async function main(argv: string[]): Promise<number> {
  let options: Options
  try {
    options = parseArgs(argv)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    return 1
  }
  const sets: Array<[GoldSet, boolean]> = []
  try {
    if (options.dev !== null) sets.push([loadDevSet(options.dev), false])
    if (options.corpus !== null) sets.push([loadCorpus(options.corpus), true])
  } catch (error) {
    process.stderr.write(`cannot read gold: ${(error as Error).message}\n`)
    return 1
  }
  for (const [index, [set, namesOnly]] of sets.entries()) {
    if (index > 0) process.stdout.write('\n')
    if (set.documents.length === 0) {
      process.stderr.write(`${set.name}: no gold documents in ${set.dir}\n`)
      return 1
    }
    await runSet(set, options, namesOnly)
  }
  return 0
}

process.exitCode = await main(process.argv.slice(2))
