// Copy the data files the pipeline reads at run time (lexicons, vocabulary, JSON-LD context)
// from pipeline/ into dist/pipeline/, beside the compiled modules that load them.
import {cpSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

const data = /\.(tsv|txt|json|jsonld|md)$/

/** Copy every data file below `from` to the same place below `to`. */
function copy(from, to) {
  for (const name of readdirSync(from).sort()) {
    const source = join(from, name)
    if (statSync(source).isDirectory()) copy(source, join(to, name))
    else if (data.test(name)) cpSync(source, join(to, name))
  }
}

copy('pipeline', join('dist', 'pipeline'))
