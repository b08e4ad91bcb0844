/**
 * The entities stage over the whole seed article (a copy of it is inlined here: tests never read shared files).
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../pipeline/index.js'
import type {Entity, QuotedSpan} from '../pipeline/types.js'
import {extractEntities} from '../pipeline/entities/extract.js'

const seed = `Ai WeiWei : Never Sorry est le premier film réalisé par Alison Klayman. Elle a entamé ses recherches sur la Chine, Ai Weiwei lui-même, et le milieu de l'art indépendant chinois dès 2006, avant de suivre véritablement l'artiste à partir de 2008. Ses recherches ont été récompensées car son film a été sélectionné au prestigieux Festival de Sundance, d'où il est reparti avec le Prix Spécial du Jury, mais plus important encore, il a été diffusé à travers le monde, témoignant de l'état grave des atteintes à la liberté en Chine.
La réalisatrice a tourné ce film en 2009 après avoir suivi Ai Weiwei alors qu'elle travaillait en tant que journaliste en Chine : "J’ai toujours envisagé ce film comme une enquête, j’ai découvert un homme de paradoxes ; il se voit comme un artiste mais explique souvent que l’art n’a pas d’importance. L’art, pour lui, est une question d’engagement et de communication, un moyen d’expression au service de la défense des droits fondamentaux", explique la cinéaste Alison Klayman à propos de l'artiste.
La réalisatrice Alison Klayman a débuté sa carrière en 2008 sur les plateaux du film Le Royaume interdit de Rob Minkoff. La jeune femme y officiait en tant qu'assistante de l'actrice chinoise Yifei Liu. Commencer une carrière cinématographique en côtoyant Jackie Chan et Jet Li, il y a pire comme premier job !
L'affiche du film, montrant un doigt d'honneur tendu à la Cité Impériale, vient d'une série de photographies d'Ai Weiwei intitulée ironiquement "Etude de perspective". Cette série est une suite de clichés de monuments (la Tour Eiffel, le Capitole, etc.) avec en motif récurrent un doigt d'honneur tendu en signe de protestation, manifestant la volonté de l'artiste de rejeter l'autorité.
Ai Weiwei est l'un des artistes majeurs de la scène indépendante chinoise. Architecte de formation, ce plasticien et photographe est un farouche opposant au régime de Pékin et à sa politique restreignant les libertés d'opinion et d'information. Figure d'un courant moderne de l'art, il s'est rendu célèbre en bouleversant les fondements de la culture chinoise, notamment par des œuvres telles que "Dropping a Han Dynasty Urn" ("Laisser tomber une urne de la Dynastie Han"), une série de photographies le montrant en train de détruire une relique précieuse. Reconnu dans le monde entier, il a exposé à la Tate Modern de Londres et plus récemment au Musée du jeu de Paume à Paris. Il fut également emprisonné plus de deux mois par les autorités chinoises, et reste activement surveillé.
Oppressé par les autorités et le FISC chinois, Ai Weiwei a l'interdiction de voyager à l'étranger. Le dissident s'en amuse : "Je n'ai pas le droit de quitter Pékin et je ne peux plus voyager à l'étranger. Franchement, je ne m'en sors pas si mal. Si l'on m'avait interdit l'accès à Internet et à Twitter, cela aurait été beaucoup plus dur", confie l'artiste. En effet, plus la Chine tente de museler Ai WeiWei, plus on parle de lui et de son œuvre contestatrice dans le monde entier. Internet est le terrain de jeu idéal pour cette figure de la lutte contre un système chinois inique : "Ma patrie, si je devais en choisir une, serait l’Internet, car son espace et ses frontières satisfont largement à mon imagination. Les autres "patries" ne sont pas à la hauteur", tweete Ai WeiWei le 29 décembre 2009.
Ai Weiwei a récemment succombé à la mode dite du "Gangnam style" en parodiant lui aussi la chanson du Sud-Coréen Park Jae-Sang, dit Psy. L'artiste dissident a publié sur internet une vidéo le mettant en scène, arborant t-shirt rose et veste noir et se prêtant à une petite danse. Ultime pied de nez au gouvernement chinois, Ai WeiWei a pris soin, comme à son habitude, d'user de quelques petites provocations en utilisant des menottes en référence à son musellement par les autorités chinoises.`

/** Title quotes as the quoted stage gives them: short capitalised quoted spans. */
function titleQuotes(source: string): QuotedSpan[] {
  const out: QuotedSpan[] = []
  for (const match of source.matchAll(/"([^"]+)"/g)) {
    const start = (match.index ?? 0) + 1
    const text = match[1] as string
    const kind = text.split(/\s+/).length <= 8 && /^\p{Lu}/u.test(text) ? 'title' : 'speech'
    out.push({start, end: start + text.length, text, kind, open: start - 1, close: start + text.length})
  }
  return out
}

const entities = extractEntities(textView(seed, {language: 'fr'}), titleQuotes(seed))
const byName = (name: string): Entity | undefined => entities.find((e) => e.name === name || e.aliases.includes(name))

describe('seed article', () => {
  it('finds the film, its director and the artist with their types', () => {
    expect(byName('Ai WeiWei : Never Sorry')?.type).toBe('Movie')
    expect(byName('Alison Klayman')?.id).toBe('person-alison-klayman')
    expect(byName('Ai Weiwei')?.type).toBe('Person')
    expect(byName('Le Royaume interdit')?.type).toBe('Movie')
  })

  it('merges both spellings of the artist into one entity', () => {
    const artist = byName('Ai Weiwei') as Entity
    expect(byName('Ai WeiWei')).toBe(artist)
    expect(entities.filter((e) => e.type === 'Person' && /weiwei/i.test(e.name))).toHaveLength(1)
  })

  it('attaches stated roles and role anaphora to the right person', () => {
    const director = byName('Alison Klayman') as Entity
    const artist = byName('Ai Weiwei') as Entity
    expect(new Set(director.roles.map((r) => r.role))).toEqual(new Set(['réalisatrice', 'cinéaste', 'journaliste', 'assistante']))
    expect(director.mentions.filter((m) => m.kind === 'role').map((m) => m.text)).toEqual(['réalisatrice', 'jeune femme'])
    for (const role of ['artiste', 'architecte', 'plasticien', 'photographe', 'dissident']) expect(artist.roles.map((r) => r.role)).toContain(role)
    expect(artist.mentions.filter((m) => m.kind === 'role').map((m) => m.text)).toContain('dissident')
    expect(director.roles.map((r) => r.role)).not.toContain('artiste')
  })

  it('finds the other people, the pseudonym and the works', () => {
    for (const name of ['Rob Minkoff', 'Yifei Liu', 'Jackie Chan', 'Jet Li']) expect(byName(name)?.type).toBe('Person')
    expect(byName('Park Jae-Sang')?.aliases).toContain('Psy')
    expect(byName('Etude de perspective')?.type).toBe('CreativeWork')
    expect(byName('Dropping a Han Dynasty Urn')?.type).toBe('CreativeWork')
    expect(byName('Gangnam style')?.type).toBe('CreativeWork')
  })

  it('types places, institutions, the festival and the tax office', () => {
    expect(byName('Festival de Sundance')?.type).toBe('Event')
    for (const name of ['Tate Modern', 'Musée du jeu de Paume', 'Cité Impériale', 'Tour Eiffel', 'Capitole', 'Chine', 'Pékin', 'Londres', 'Paris']) {
      expect(byName(name)?.type, name).toBe('Place')
    }
    expect(byName('FISC')?.type).toBe('Organization')
    expect(byName('Internet')).toBeUndefined()
  })

  it('grounds every mention and role in the source', () => {
    for (const entity of entities) {
      for (const span of [...entity.mentions, ...entity.roles]) expect(seed.slice(span.start, span.end)).toBe(span.text)
    }
  })

  it('finds the same people in a text made of 100 copies, 100 times as often', () => {
    // Speed is measured by `make bench` (its scaling line), not here; this checks that nothing is lost.
    const long = Array.from({length: 100}, () => seed).join('\n')
    const found = extractEntities(textView(long, {language: 'fr'}), titleQuotes(long))
    const once = byName('Ai Weiwei')?.mentions.length ?? 0
    expect(once).toBeGreaterThan(5)
    expect(found.find((e) => e.name === 'Ai Weiwei')?.mentions.length).toBe(100 * once)
  })

})
