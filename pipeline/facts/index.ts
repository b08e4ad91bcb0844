/**
 * facts stage: film ↔ director, actor, subject, award, festival, date; person ↔ occupation, works.
 */
import type {VFile} from 'vfile'
import {deriveFacts} from './derive.js'
import {mainFilm} from './main-film.js'

export {deriveFacts}

/** The unified plugin: `file.data.facts`, and `file.data.film`, the id of the film the article is about. */
export default function facts() {
  return function transformer(_tree: unknown, file: VFile): void {
    const view = file.data.view
    if (!view) return
    const entities = file.data.entities ?? []
    const film = mainFilm(entities, {text: view.text, sentences: view.sentences, language: view.language})
    if (film) file.data.film = film.id
    file.data.facts = deriveFacts({view, entities, dates: file.data.dates ?? [], film})
  }
}
