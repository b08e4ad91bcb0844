/**
 * facts stage: film ↔ director, actor, subject, award, festival, date; person ↔ occupation, works.
 */
import type {VFile} from 'vfile'
import {deriveFacts} from './derive.js'
import {mainFilm} from './main-film.js'
import {asFilms, seriesIds, seriesPredicates} from './series.js'

export {deriveFacts}

/** The unified plugin: `file.data.facts`, and `file.data.film`, the id of the film the article is about. */
export default function facts() {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    const entities = file.data.entities ?? []
    const context = {text: view.text, sentences: view.sentences, language: view.language}
    const film = mainFilm(entities, context)
    if (film) file.data.film = film.id
    // (a television series gets a film's credits here only; it stays a CreativeWork in the output)
    const series = seriesIds(view, entities)
    const read = asFilms(entities, series)
    const found = deriveFacts({view, entities: read, dates: file.data.dates ?? [], genders: file.data.genders, person: file.data.genders ? file.data.articlePerson ?? null : undefined, film: series.size > 0 ? mainFilm(read, context) : film})
    file.data.facts = found.filter((fact) => !series.has(fact.subject) || seriesPredicates.has(fact.predicate))
  }
}
