/**
 * emit stage: the extraction record and the schema.org JSON-LD document of the article.
 *
 * Both are plain data on `file.data` (`record`, `jsonld`); writing them to files or stdout, and
 * rendering other formats, is the command line's job.
 */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Entity} from '../types.js'
import {mainFilm} from '../facts/main-film.js'
import {buildJsonLd} from './jsonld.js'
import {buildRecord} from './record.js'

/** Options that shape the JSON-LD. */
export interface EmitOptions {
  /** `@id` prefix for articles without a front-matter `url`; without either, nodes are blank nodes. */
  base?: string
  /** `sameAs` addresses by entity id (from a knowledge file). */
  sameAs?: (entities: Entity[]) => Map<string, string[]>
}

/** The unified plugin. */
export default function emit(options: EmitOptions = {}) {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    const entities = file.data.entities ?? []
    const facts = file.data.facts ?? []
    const quotations = file.data.quotations ?? []
    const frontMatter = file.data.frontMatter ?? {}
    const film = entities.find((entity) => entity.id === file.data.film) ?? mainFilm(entities)
    file.data.record = buildRecord({
      file: file.basename ?? 'input',
      source: view.source,
      language: view.language,
      entities,
      dates: file.data.dates ?? [],
      quotations,
      facts
    })
    file.data.jsonld = buildJsonLd({
      entities,
      facts,
      quotations,
      frontMatter,
      language: view.language,
      base: options.base,
      sameAs: options.sameAs?.(entities),
      film
    })
    if (entities.length === 0) {
      file.message('no entities found: the article names no person, organisation, place, work or event', {ruleId: 'no-entities', source: 'emit'})
    }
    if (film && typeof frontMatter.image !== 'string') {
      const mention = film.mentions[0]
      const place = location(file)
      const start = mention ? place.toPoint(mention.start) : undefined
      const end = mention ? place.toPoint(mention.end) : undefined
      file.message("Movie has no image; Google's Movie carousel requires one (give `image:` in front matter)", {
        place: start && end ? {start, end} : undefined,
        ruleId: 'movie-image',
        source: 'emit'
      })
    }
  }
}
