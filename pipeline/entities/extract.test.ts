/**
 * Behaviour of the entities stage on small hand-made texts.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang, QuotedSpan} from '../types.js'
import {extractEntities} from './extract.js'
import {slug} from './normalize.js'

function run(source: string, language: Lang, quoted: QuotedSpan[] = []): Entity[] {
  return extractEntities(textView(source, {language}), quoted)
}

function quote(source: string, text: string, kind: QuotedSpan['kind'] = 'title'): QuotedSpan {
  const start = source.indexOf(text)
  return {start, end: start + text.length, text, kind, open: start - 1, close: start + text.length}
}

describe('merging', () => {
  it('merges case and hyphen variants of a name', () => {
    const found = run('Le peintre Jean-Paul Durand expose à Lyon. Plus tard, Jean-paul Durand part pour Rome.', 'fr')
    expect(found.filter((e) => e.type === 'Person')).toHaveLength(1)
    expect(found[0]?.aliases).toEqual(['Jean-paul Durand'])
  })

  it('joins a lone surname to the full name before it', () => {
    const found = run('The director Jane Campion shot the film in 1992. Campion said it was hard.', 'en')
    const person = found.find((e) => e.type === 'Person') as Entity
    expect(person.id).toBe('person-jane-campion')
    expect(person.mentions.map((m) => [m.text, m.kind])).toContainEqual(['Campion', 'surname'])
  })

  it('joins initials to the full name', () => {
    const found = run('La romancière Marie Leblanc publie un livre. M. Leblanc dit ceci. Plus tard, M. Leblanc revient.', 'fr')
    expect(found.filter((e) => e.name === 'Marie Leblanc')).toHaveLength(1)
  })

  it('reads a pseudonym after "dit" as an alias', () => {
    const found = run('Le chanteur Pierre Martin, dit Zorro, chante à Paris.', 'fr')
    expect(found.find((e) => e.name === 'Pierre Martin')?.mentions.map((m) => [m.text, m.kind])).toContainEqual(['Zorro', 'alias'])
  })
})

describe('roles', () => {
  it('attaches apposition and predicate roles with language-independent keys', () => {
    const found = run('La réalisatrice Claire Dubois tourne à Lyon. Claire Dubois, architecte de formation, aime la ville. Paul Roux est un photographe reconnu.', 'fr')
    const claire = found.find((e) => e.name === 'Claire Dubois') as Entity
    expect(claire.roles.map((r) => [r.role, r.key])).toEqual([['réalisatrice', 'director'], ['architecte', 'architect']])
    expect(found.find((e) => e.name === 'Paul Roux')?.roles.map((r) => r.key)).toEqual(['photographer'])
  })

  it('resolves a role anaphor by gender, not just recency', () => {
    const found = run('Claire Dubois filme Paul Roux. La réalisatrice a suivi le musicien pendant deux ans.', 'fr')
    const claire = found.find((e) => e.name === 'Claire Dubois') as Entity
    const paul = found.find((e) => e.name === 'Paul Roux') as Entity
    expect(claire.mentions.filter((m) => m.kind === 'role').map((m) => m.text)).toEqual(['réalisatrice'])
    expect(paul.mentions.filter((m) => m.kind === 'role').map((m) => m.text)).toEqual(['musicien'])
  })

  it('prefers the person who was given the role before', () => {
    const found = run('The painter Anna Berg met Tom Hale in Berlin. Tom Hale talked. The painter smiled.', 'en')
    const anna = found.find((e) => e.name === 'Anna Berg') as Entity
    expect(anna.mentions.filter((m) => m.kind === 'role').map((m) => m.text)).toEqual(['painter'])
  })

  it('gives "en tant que" roles to the subject pronoun of the right gender', () => {
    const found = run('Marie Leblanc a suivi Paul Roux alors qu’elle travaillait en tant que journaliste.', 'fr')
    expect(found.find((e) => e.name === 'Marie Leblanc')?.roles.map((r) => r.role)).toEqual(['journaliste'])
  })

  it('makes no entity from a role noun alone', () => {
    expect(run('La réalisatrice a tourné ce film en 2009.', 'fr')).toEqual([])
  })
})

describe('works', () => {
  it('reads a title-quote after a work noun as a work, a film noun as a Movie', () => {
    const source = 'Elle a vu le film "La Nuit blanche" puis la chanson "Rue des fleurs".'
    const found = run(source, 'fr', [quote(source, 'La Nuit blanche'), quote(source, 'Rue des fleurs')])
    expect(found.map((e) => [e.type, e.name])).toEqual([['Movie', 'La Nuit blanche'], ['CreativeWork', 'Rue des fleurs']])
  })

  it('finds an unquoted film title and its director', () => {
    const found = run('Il a travaillé sur le film Le Grand Voyage de Marc Petit.', 'fr')
    expect(found.map((e) => [e.type, e.name])).toEqual([['Movie', 'Le Grand Voyage'], ['Person', 'Marc Petit']])
  })

  it('reads the subject of "is a documentary" as a Movie', () => {
    const found = run('Silent Rivers is a documentary directed by Ana Costa.', 'en')
    expect(found.map((e) => [e.type, e.name])).toEqual([['Movie', 'Silent Rivers'], ['Person', 'Ana Costa']])
  })
})

describe('classification', () => {
  it('uses head nouns, prepositions and acronyms', () => {
    const found = run('Le film est montré au Festival de Cannes puis à Marseille, au Musée des Beaux-Arts et par la SNCF.', 'fr')
    const types = Object.fromEntries(found.map((e) => [e.name, e.type]))
    expect(types).toEqual({'Festival de Cannes': 'Event', Marseille: 'Place', 'Musée des Beaux-Arts': 'Place', SNCF: 'Organization'})
  })

  it('does not take sentence-initial common words for names', () => {
    const found = run('Cette série est belle. Franchement, Commencer ici est facile.', 'fr')
    expect(found).toEqual([])
  })

  it('does not take a honorific into the name', () => {
    const found = run('Je remercie Mme Verdier pour son rapport.', 'fr')
    expect(found.map((e) => [e.type, e.name])).toEqual([['Person', 'Verdier']])
  })
})

describe('ids', () => {
  it('slugs names to lower-case ASCII', () => {
    expect(slug('Musée du jeu de Paume')).toBe('musee-du-jeu-de-paume')
    expect(slug('Ai WeiWei : Never Sorry')).toBe('ai-weiwei-never-sorry')
  })

  it('derives ids from type and name, in order of first mention, deterministically', () => {
    const source = 'The film Silent Rivers opened in Lisbon. The director Anne Vidal said so.'
    const first = run(source, 'en')
    expect(first.map((e) => e.id)).toEqual(['movie-silent-rivers', 'place-lisbon', 'person-anne-vidal'])
    expect(run(source, 'en')).toEqual(first)
  })

  it('keeps offsets equal to text slices, Markdown included', () => {
    const source = '# Titre\n\nLa **réalisatrice** [Claire Dubois](http://x.y) tourne à *Lyon*.'
    for (const entity of run(source, 'fr')) for (const m of entity.mentions) expect(source.slice(m.start, m.end)).toBe(m.text)
  })
})
