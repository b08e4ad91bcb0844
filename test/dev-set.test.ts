/**
 * End to end on the development set: the pipeline runs over every article of test/fixtures/dev, the
 * harness scores it, and no headline category's F1 may fall below the floor in test/dev-floor.json.
 *
 * The floor holds the figures of the last accepted run rounded down to 2 decimals; it is written by
 * `node dist/eval/run.js --write-floor` (after `npm run build`), never by hand. Raise it by rerunning
 * that command when the pipeline improves.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {evaluate} from '../eval/evaluate.js'
import {loadDevSet} from '../eval/gold.js'
import {belowFloor} from '../eval/report.js'

const dir = fileURLToPath(new URL('./fixtures/dev/', import.meta.url))
const floorFile = new URL('./dev-floor.json', import.meta.url)

describe('dev set against the F1 floor', () => {
  it('runs every article and stays at or above the floor in every category', async () => {
    const set = loadDevSet(dir)
    expect(set.documents.length).toBeGreaterThan(0)
    expect(existsSync(floorFile), 'test/dev-floor.json is missing: npm run build && node dist/eval/run.js --write-floor').toBe(true)
    const floor = (JSON.parse(readFileSync(floorFile, 'utf8')) as {f1: Record<string, number>}).f1
    expect(Object.keys(floor).length).toBeGreaterThan(0)
    const result = await evaluate(set)
    expect(result.failed, 'articles the pipeline failed on').toEqual([])
    expect(belowFloor(result.summary, floor)).toEqual([])
  }, 300_000)
})
