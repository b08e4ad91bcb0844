/**
 * Behaviour added for bare English titles (no quotes, no italics) and for the boundaries and types of names: short
 * lower-case words inside a title, makers named by a nationality, a possessive owner, a review label, a title said
 * again after a contracted French article; demonyms, acronyms and particles around names; festival sections.
 */
import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Entity, Lang} from '../types.js'
import {extractEntities} from './extract.js'

function run(source: string, language: Lang): Entity[] {
  return extractEntities(textView(source, {language}), [])
}

const work = (found: Entity[], name: string): Entity | undefined => found.find((e) => (e.type === 'Movie' || e.type === 'CreativeWork') && e.name === name)
const named = (found: Entity[], name: string): Entity | undefined => found.find((e) => e.name === name)

describe('a running time in brackets after a bare title', () => {
  it('makes the name before it a film, and lets an apposition after the brackets reach it', () => {
    const found = run('Prix du moyen métrage : Le Fleuve à rebours (52 min), documentaire de Jeanne Cadiou sur les marins.', 'fr')
    expect(work(found, 'Le Fleuve à rebours')?.type).toBe('Movie')
    expect(work(run('We also caught Salt Meadows (Norway, 2024, 1 h 42) on Sunday.', 'en'), 'Salt Meadows')?.type).toBe('Movie')
  })

  it('leaves the maker named before the brackets a person', () => {
    const found = run('- **Porto Velho**, de Rui Andrade (Portugal / Brésil, 2024, 2 h 05), photographié par Lúcia Brandão.', 'fr')
    expect(named(found, 'Rui Andrade')?.type).toBe('Person')
  })
})

describe('a bare title joined by an ampersand', () => {
  it('reaches over an ampersand to a year in brackets ("Anna & Clara (2009)"), not over other signs', () => {
    const found = run("Son dernier film, Anna & Clara (2009), donnait à Lise Berg le rôle d'une cuisinière.", 'fr')
    expect(work(found, 'Anna & Clara')?.type).toBe('Movie')
    expect(work(run("Son dernier film, Anna / Clara (2009), donnait à Lise Berg un rôle.", 'fr'), 'Anna / Clara')).toBeUndefined()
  })
})

describe('bare English titles', () => {
  it('reaches back over short lower-case words to the start of a title', () => {
    expect(work(run('His best work remains Lanterns over the Harbour (1987), a quiet drama.', 'en'), 'Lanterns over the Harbour')?.type).toBe('Movie')
    const found = run('Winter of the Gulls, by the Norwegian director Sigrid Halvorsen, follows two brothers.', 'en')
    expect(work(found, 'Winter of the Gulls')?.type).toBe('Movie')
    expect(named(found, 'Sigrid Halvorsen')?.type).toBe('Person')
  })

  it('reads a maker named by a nationality alone, and leaves the nationality out of the name', () => {
    const found = run('The strangest entry is Copper Birds, by the Chilean Tomasa Urrutia-Vidal, shot in one night.', 'en')
    expect(work(found, 'Copper Birds')?.type).toBe('Movie')
    expect(named(found, 'Tomasa Urrutia-Vidal')?.type).toBe('Person')
  })

  it('extends a title over two short words and a possessive', () => {
    expect(work(run('She wrote the novel The Owl and the Lantern in a single winter.', 'en'), 'The Owl and the Lantern')).toBeDefined()
    expect(work(run('He played a ferryman in The Pilot’s Widow, opposite Maria Olsen.', 'en'), 'The Pilot’s Widow')?.type).toBe('Movie')
  })

  it('does not run a title into a cast member or across italics', () => {
    expect(work(run('The film Quiet Water with Anna Berg opens today.', 'en'), 'Quiet Water')).toBeDefined()
    const found = run('She shot *Salt Roads* and *Nine Winters* for the same studio, the novel *Salt Roads* first.', 'en')
    expect(found.some((e) => e.name === 'Salt Roads* and *Nine Winters')).toBe(false)
  })

  it('reads a title owned by a person before a verb of a film career', () => {
    const found = run('The director Ana Ruiz, whose Glass Orchards of Lima won the jury prize in 2019, returns.', 'en')
    expect(work(found, 'Glass Orchards of Lima')?.type).toBe('Movie')
  })

  it('reads a title after a review label, and where the text repeats it', () => {
    const found = run('Review: The Copper Kite soars\n\nTen minutes into The Copper Kite, the sky turns green.', 'en')
    expect(work(found, 'The Copper Kite')?.mentions).toHaveLength(2)
  })

  it('reads a working title and a film that stars its cast', () => {
    expect(work(run('Shooting began under the working title Songs from the Ice.', 'en'), 'Songs from the Ice')).toBeDefined()
    expect(work(run('In the main slate, Harvest Moon Hotel is the crowd-pleaser of the week.', 'en'), 'Harvest Moon Hotel')?.type).toBe('Movie')
  })
})

describe('French titles said again after a contracted article', () => {
  it('finds "des X" for the title "Les X"', () => {
    const found = run('Elle tourne Les Gardiens du phare, le nouveau film de Jan Berg. Sur le plateau des Gardiens du phare, il pleut.', 'fr')
    expect(work(found, 'Les Gardiens du phare')?.mentions.map((m) => m.text)).toEqual(['Les Gardiens du phare', 'Gardiens du phare'])
  })
})

describe('name boundaries and types', () => {
  it('leaves a French demonym of any shape out of a name', () => {
    const found = run("L'actrice partage l'affiche avec le Belge Lucas Vermeulen et la Bretonne Maëlys Le Goff.", 'fr')
    expect(named(found, 'Lucas Vermeulen')?.type).toBe('Person')
    expect(named(found, 'Maëlys Le Goff')?.type).toBe('Person')
  })

  it('splits an acronym glued before a person', () => {
    const found = run("« C'est une joie », a déclaré à l'AFP Mamadou Sy-Kouyaté, joint par téléphone.", 'fr')
    expect(named(found, 'Mamadou Sy-Kouyaté')?.type).toBe('Person')
    expect(found.some((e) => e.name.startsWith('AFP '))).toBe(false)
  })

  it('keeps particles inside names of people, places and schools', () => {
    expect(named(run('Le prix revient à Jordi Serra i Vidal pour son premier film.', 'fr'), 'Jordi Serra i Vidal')?.type).toBe('Person')
    expect(named(run('He died at his home in Newcastle upon Tyne on Sunday.', 'en'), 'Newcastle upon Tyne')?.type).toBe('Place')
    expect(named(run('She studied at the Northern Film and Sound School in Leeds.', 'en'), 'Northern Film and Sound School')?.type).toBe('Organization')
    expect(named(run('He trained at the Leeds Old Vic Acting School for two years.', 'en'), 'Leeds Old Vic Acting School')?.type).toBe('Organization')
  })

  it('types a name owning a work as its maker', () => {
    expect(named(run('The script comes from Rhona Carrick-Doyle’s novel about the sea.', 'en'), 'Rhona Carrick-Doyle')?.type).toBe('Person')
  })

  it('reads a given name of two given names', () => {
    const found = run('Elle donne la réplique à Jean-Marc Vasseur depuis le printemps.', 'fr')
    expect(named(found, 'Jean-Marc Vasseur')?.type).toBe('Person')
  })

  it('drops an English demonym used as an adjective and a prize category', () => {
    const found = run('The film, from Korean director Min Ha, won the Best Documentary Feature award at Hot Docs.', 'en')
    expect(found.some((e) => e.name === 'Korean' || e.name === 'Best Documentary Feature')).toBe(false)
  })

  it('reads a festival section that is a common word as an event in a text naming a festival', () => {
    const found = run('At the Berlinale this year, over in Panorama, the sidebar that loves comedies, the mood is light.', 'en')
    expect(named(found, 'Panorama')?.type).toBe('Event')
    expect(named(run('The view from the Panorama restaurant in Oslo is fine.', 'en'), 'Panorama')?.type).not.toBe('Event')
  })
})

describe('a French title closed by "de" and a given name, then its maker', () => {
  it('reads the whole title, not the given name, when a maker credit follows', () => {
    const found = run('Prix du public : Les Mains de Rosa, de Lucía Ferraro (Argentine). Le film a ému la salle.', 'fr')
    expect(work(found, 'Les Mains de Rosa')?.type).toBe('Movie')
    expect(named(found, 'Rosa')).toBeUndefined()
    const longer = run('Déception, en revanche, pour Le Dernier Été de Madeleine, de Jean-Marc Orsini : 48 000 spectateurs.', 'fr')
    expect(work(longer, 'Le Dernier Été de Madeleine')?.type).toBe('Movie')
  })

  it('leaves a body named after its founder a body', () => {
    expect(work(run('Il a rencontré La Fondation de Jean Dupont, de Paris, en mai.', 'fr'), 'La Fondation de Jean Dupont')).toBeUndefined()
  })
})

describe('a film predicate with an owner in the genitive', () => {
  it('reads "X is Anna Berg\'s third feature" as a film and its maker', () => {
    const found = run('Harbour Lights is Anna Berg\'s third feature, shot in Norway.', 'en')
    expect(work(found, 'Harbour Lights')?.type).toBe('Movie')
    expect(named(found, 'Anna Berg')?.type).toBe('Person')
  })

  it('needs the work noun after the owner', () => {
    expect(work(run('Harbour Lights is Anna Berg\'s favourite place in Oslo.', 'en'), 'Harbour Lights')).toBeUndefined()
  })
})

describe('a director\'s credit in brackets after a bare title', () => {
  it('makes the name before "(dir. X)" or "(réal. X)" a film', () => {
    expect(work(run('The season opens with Harbour Lights (dir. Anna Berg) at the Ritz on Friday.', 'en'), 'Harbour Lights')?.type).toBe('Movie')
    expect(work(run("La saison s'ouvre avec Les Feux du port (réal. Anna Berg, 2024) au Rex.", 'fr'), 'Les Feux du port')?.type).toBe('Movie')
  })
})

describe('French "a" after a comma is the verb, not an article', () => {
  it('keeps "X, a salué le film" a person, and "X, a film by Y" a film in English', () => {
    expect(work(run('La ministre, Rima Abdul Malak, a salué le film.', 'fr'), 'Rima Abdul Malak')).toBeUndefined()
    expect(work(run('We also saw Salt Roads, a film by Anna Berg, on Sunday.', 'en'), 'Salt Roads')?.type).toBe('Movie')
  })
})

describe('a shooting participle after a bare title', () => {
  it('makes "X, tourné au Sénégal" and "X, filmée dans les Alpes" films', () => {
    expect(work(run('Elle retrouve Omar Sy pour Le Dernier Bac, tourné au Sénégal.', 'fr'), 'Le Dernier Bac')?.type).toBe('Movie')
    expect(work(run('Puis vient La Longue Marche, filmée dans les Alpes en hiver.', 'fr'), 'La Longue Marche')?.type).toBe('Movie')
  })
})
