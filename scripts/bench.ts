/**
 * bench: speed and memory of the pipeline, side by side with a baseline, in one run.
 *
 *   node dist/scripts/bench.js [--copies N] [folder]        (make bench)
 *
 * Over the articles of a folder (default input/), repeated N times (default 100):
 * - baseline: remark-parse alone (reading Markdown is the floor any pipeline pays);
 * - pipeline: every stage, as the command line runs it (in memory, no files written);
 * - scaling: one article made of N copies of the first article, against N separate articles,
 *   to show that no stage is quadratic in the length of a text.
 * Reports wall time, articles per second, throughput and the peak resident memory.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {processArticle} from '../pipeline/index.js'

const args = process.argv.slice(2)
const copiesAt = args.indexOf('--copies')
const copies = copiesAt === -1 ? 100 : Number(args[copiesAt + 1])
const folder = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--copies') ?? 'input'
const articles = readdirSync(folder)
  .filter((name) => /\.(txt|md)$/.test(name))
  .sort()
  .map((name) => ({path: join(folder, name), value: readFileSync(join(folder, name), 'utf8')}))
if (articles.length === 0) throw new Error(`no .txt or .md article in ${folder}`)
const batch = Array.from({length: copies}, (_, index) => articles.map((article) => ({...article, path: `${index}-${article.path}`}))).flat()
const bytes = batch.reduce((sum, article) => sum + Buffer.byteLength(article.value), 0)

/** Time an async task, in milliseconds. */
async function time(task: () => Promise<void>): Promise<number> {
  const start = performance.now()
  await task()
  return performance.now() - start
}

// Warm up: load lexicons and models once, as a long run would.
await processArticle(articles[0] as {path: string; value: string})

const parser = unified().use(remarkParse)
const baseline = await time(async () => {
  for (const article of batch) parser.parse(article.value)
})
let failed = 0
const pipeline = await time(async () => {
  for (const article of batch) {
    const file = await processArticle(article)
    if (!file.data.record) failed++
  }
})
const first = articles[0] as {path: string; value: string}
const joined = Array.from({length: copies}, () => first.value).join('\n')
const single = await time(async () => {
  await processArticle({path: 'joined.txt', value: joined}, {maxBytes: 1 << 30})
})
const separate = await time(async () => {
  for (let index = 0; index < copies; index++) await processArticle({path: `${index}.txt`, value: first.value})
})

const row = (name: string, ms: number, count: number) =>
  `${name.padEnd(34)} ${ms.toFixed(0).padStart(8)} ms ${(count / (ms / 1000)).toFixed(1).padStart(10)} art/s ${(bytes / 1024 / (ms / 1000)).toFixed(0).padStart(8)} KiB/s`
console.log(`${batch.length} articles (${articles.length} in ${folder} × ${copies}), ${(bytes / 1024).toFixed(0)} KiB; node ${process.version}`)
console.log(row('baseline: remark-parse only', baseline, batch.length))
console.log(row('pipeline: all stages', pipeline, batch.length))
console.log(`pipeline / baseline: ${(pipeline / baseline).toFixed(1)}×; failed articles: ${failed}`)
console.log(`scaling: one article of ${copies} copies ${single.toFixed(0)} ms vs ${copies} separate articles ${separate.toFixed(0)} ms (ratio ${(single / separate).toFixed(2)}; about 1 means linear)`)
console.log(`peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`)
