#!/usr/bin/env node
/**
 * The `film-extract` executable: runs the command line (./main.ts) and sets the exit code.
 */
import {main} from './main.js'

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`film-extract: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exitCode = 1
  }
)
