import {describe, expect, it} from 'vitest'
import type {DateMention} from '../types.js'
import {entity, facts} from './facts.test-helper.js'

/** A DATE mention of `text` in `source` with `value`. */
function date(source: string, text: string, value: string): DateMention {
  const at = source.indexOf(text)
  return {start: at, end: at + text.length, text, value, type: 'DATE'}
}

describe('director phrasings of ordinary articles', () => {
  const cases: Array<[string, 'fr' | 'en', string, string]> = [
    ['Le Vent du nord, réalisé par Paul Marin, sort en mars.', 'fr', 'Le Vent du nord', 'Paul Marin'],
    ["Paul Marin's Le Vent du nord is a quiet film.", 'en', 'Le Vent du nord', 'Paul Marin'],
    ['The new film from Paul Marin, Le Vent du nord, opens Friday.', 'en', 'Le Vent du nord', 'Paul Marin'],
    ['Le nouveau film de Paul Marin, Le Vent du nord, sort mercredi.', 'fr', 'Le Vent du nord', 'Paul Marin'],
    ['Paul Marin signe avec Le Vent du nord un drame sec.', 'fr', 'Le Vent du nord', 'Paul Marin'],
    ['Paul Marin adapte avec Le Vent du nord un roman de Zola.', 'fr', 'Le Vent du nord', 'Paul Marin'],
    ['- Le Vent du nord (Paul Marin, 2019)', 'en', 'Le Vent du nord', 'Paul Marin'],
    ["Deuxième, Le Vent du nord, le film d'action de Paul Marin sorti le 3 mai, déçoit.", 'fr', 'Le Vent du nord', 'Paul Marin'],
    ["- Le Vent du nord, film d'animation de Paul Marin (France, 7 min).", 'fr', 'Le Vent du nord', 'Paul Marin'],
    ['- Le Vent du nord, the debut of Paul Marin, which I missed.', 'en', 'Le Vent du nord', 'Paul Marin'],
    ['Also in contention is Le Vent du nord, the debut of the Scottish director Paul Marin, which she produced.', 'en', 'Le Vent du nord', 'Paul Marin'],
    ['She joins Le Vent du nord, the English-language debut of Catalan director Paul Marin.', 'en', 'Le Vent du nord', 'Paul Marin'],
    ["Paul Marin's new documentary, Le Vent du nord, opens Friday.", 'en', 'Le Vent du nord', 'Paul Marin'],
    ['We open with Le Vent du nord (dir. Paul Marin) on Friday.', 'en', 'Le Vent du nord', 'Paul Marin'],
    ['On ouvre avec Le Vent du nord (réal. Paul Marin, 2019) vendredi.', 'fr', 'Le Vent du nord', 'Paul Marin'],
    ['The jury is chaired by Paul Marin, whose Le Vent du nord won in 2016.', 'en', 'Le Vent du nord', 'Paul Marin'],
    ['Paul Marin, whose previous feature Le Vent du nord won a prize, said yes.', 'en', 'Le Vent du nord', 'Paul Marin'],
    ['Le jury sera présidé par Paul Marin, dont le court Le Vent du nord avait gagné en 2016.', 'fr', 'Le Vent du nord', 'Paul Marin'],
    ['Marin went on to direct Le Vent du nord (2014).', 'en', 'Le Vent du nord', 'Marin'],
    ['Elle a écrit le scénario avec Paul Marin, lui-même réalisateur du Vent du nord.', 'fr', 'Vent du nord', 'Paul Marin'],
    ['« Elle joue juste », dit Paul Marin, qui l’a dirigée une seconde fois dans Le Vent du nord.', 'fr', 'Le Vent du nord', 'Paul Marin'],
    ["Le nouveau film d'Anna Berg, Le Vent du nord, sortira en juin.", 'fr', 'Le Vent du nord', 'Anna Berg'],
    ['Devant la caméra de Paul Marin, Léa Roux incarne une juge dans Le Vent du nord.', 'fr', 'Le Vent du nord', 'Paul Marin'],
    ['Le Vent du nord is the latest from Paul Marin, who directs his wife again.', 'en', 'Le Vent du nord', 'Paul Marin'],
    ['An old friend shot Le Vent du nord for director Paul Marin.', 'en', 'Le Vent du nord', 'Paul Marin']
  ]
  for (const [text, language, film, person] of cases) {
    it(text, () => {
      const result = facts(text, language, [entity(text, 'Movie', [film]), entity(text, 'Person', [person])])
      expect(result).toContain(`${entity(text, 'Movie', [film]).id} director ${entity(text, 'Person', [person]).id}`)
    })
  }

  it('a director\'s role "of" a named film directs it ("The director of X, Paul Marin")', () => {
    const text = 'The director of Le Vent du nord, Paul Marin, spoke after the screening.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Paul Marin'], [['director', 'director', 'director']])])
    expect(result).toContain('movie-le-vent-du-nord director person-paul-marin')
  })

  it('a directing verb with no film after it directs the one film of the paragraph ("X directs from a script by Y")', () => {
    const text = 'Le Vent du nord follows a chess prodigy. Paul Marin directs from a script by Anna Berg.'
    const people = [entity(text, 'Person', ['Paul Marin']), entity(text, 'Person', ['Anna Berg'])]
    expect(facts(text, 'en', [entity(text, 'Movie', ['Le Vent du nord']), ...people])).toContain('movie-le-vent-du-nord director person-paul-marin')
    // (not another kind of work, nor a film among several)
    const play = 'Le Vent du nord follows a chess prodigy. Paul Marin directs the play at the Old Vic.'
    expect(facts(play, 'en', [entity(play, 'Movie', ['Le Vent du nord']), entity(play, 'Person', ['Paul Marin'])])).not.toContain('movie-le-vent-du-nord director person-paul-marin')
    const two = 'Le Vent du nord is better than Low Water. Paul Marin directs from a script by Anna Berg.'
    expect(facts(two, 'en', [entity(two, 'Movie', ['Le Vent du nord']), entity(two, 'Movie', ['Low Water']), entity(two, 'Person', ['Paul Marin'])])).not.toContain('movie-le-vent-du-nord director person-paul-marin')
  })

  it('a co-director named after "avec" directs the film too', () => {
    const text = "Anna Berg coréalise Le Vent du nord (2017) avec l'artiste Paul Marin."
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Anna Berg']), entity(text, 'Person', ['Paul Marin'])])
    expect(result).toContain('movie-le-vent-du-nord director person-anna-berg')
    expect(result).toContain('movie-le-vent-du-nord director person-paul-marin')
  })
})

describe('no director from a phrase that only looks like a credit', () => {
  const cases: Array<[string, 'fr' | 'en', string, string]> = [
    ['Paul Marin signe un contrat avec Gaumont pour Le Vent du nord.', 'fr', 'Le Vent du nord', 'Paul Marin'],
    ['Paul Marin, whose son starred in Le Vent du nord, declined.', 'en', 'Le Vent du nord', 'Paul Marin'],
    ['Paul Marin, dont la fille joue dans Le Vent du nord, a refusé.', 'fr', 'Le Vent du nord', 'Paul Marin'],
    ['Il cite Le Vent du nord, le film préféré de Paul Marin.', 'fr', 'Le Vent du nord', 'Paul Marin'],
    ['Le Vent du nord (Paul Marin, the lead, is superb) opens in 2019.', 'en', 'Le Vent du nord', 'Paul Marin'],
    ["Paul Marin, qui l'a accompagnée dans Le Vent du nord, sourit.", 'fr', 'Le Vent du nord', 'Paul Marin'],
    ['Le Vent du nord, biopic of Paul Marin, opens Friday.', 'en', 'Le Vent du nord', 'Paul Marin'],
    ["Le Vent du nord, l'adaptation du roman de Paul Marin, sort demain.", 'fr', 'Le Vent du nord', 'Paul Marin']
  ]
  for (const [text, language, film, person] of cases) {
    it(text, () => {
      const result = facts(text, language, [entity(text, 'Movie', [film]), entity(text, 'Person', [person])])
      expect(result).not.toContain(`${entity(text, 'Movie', [film]).id} director ${entity(text, 'Person', [person]).id}`)
    })
  }
})

describe('a director verb after a subject pronoun', () => {
  it('"Elle coréalise X avec Y" credits the person the passage is about and the partner', () => {
    const text = "Anna Berg est née à Lyon. Elle coréalise Le Vent du nord avec l'artiste Paul Marin."
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Anna Berg']), entity(text, 'Person', ['Paul Marin'])])
    expect(result).toContain('movie-le-vent-du-nord director person-anna-berg')
    expect(result).toContain('movie-le-vent-du-nord director person-paul-marin')
  })
  it('not with a verb that needs a director\'s role ("Elle signe …")', () => {
    const text = 'Anna Berg est née à Lyon. Elle signe Le Vent du nord chez Gallimard.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Anna Berg'])])
    expect(result).not.toContain('movie-le-vent-du-nord director person-anna-berg')
  })
})

describe('release dates of ordinary articles', () => {
  it('"its release on Friday" dates the film of the passage', () => {
    const text = 'Le Vent du nord follows a coach. Ahead of its UK release on Friday, its director talked to Anna Berg.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Anna Berg'])], [date(text, 'Friday', '2025-03-14')])
    expect(result).toContain('movie-le-vent-du-nord dateCreated 2025-03-14')
  })
  it('"the same day as Y" gives Y the release day too', () => {
    const text = 'Le Vent du nord opens on 21 July, the same day as Blue Sky; fans are torn.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Movie', ['Blue Sky'])], [date(text, '21 July', '2023-07-21')])
    expect(result).toContain('movie-le-vent-du-nord dateCreated 2023-07-21')
    expect(result).toContain('movie-blue-sky dateCreated 2023-07-21')
  })
  it('a film named later in the sentence without "same day" gets no date', () => {
    const text = 'Le Vent du nord opens on 21 July, a week after Blue Sky.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Movie', ['Blue Sky'])], [date(text, '21 July', '2023-07-21')])
    expect(result).not.toContain('movie-blue-sky dateCreated 2023-07-21')
  })
})

describe('years and days stated for a film in common phrasings', () => {
  const cases: Array<[string, 'fr' | 'en', string, string]> = [
    ['- Le Vent du nord (Paul Marin, 2019)', 'en', '2019', '2019'],
    ['Le Vent du nord was released in 1994 to little notice.', 'en', '1994', '1994'],
    ['Le Vent du nord sortira en salles le 3 mai.', 'fr', '3 mai', '2026-05-03'],
    ['Le Vent du nord is in cinemas from 3 May.', 'en', '3 May', '2026-05-03']
  ]
  for (const [text, language, surface, value] of cases) {
    it(text, () => {
      const result = facts(text, language, [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Paul Marin'])], [date(text, surface, value)])
      expect(result).toContain(`movie-le-vent-du-nord dateCreated ${value}`)
    })
  }
})

describe('what a film is about, in common phrasings', () => {
  const cases: Array<[string, 'fr' | 'en']> = [
    ['Le Vent du nord, a documentary about Paul Marin, opens Friday.', 'en'],
    ['Le Vent du nord retrace la vie de Paul Marin, ouvrier à Lens.', 'fr'],
    ['Le Vent du nord, biopic of Paul Marin, opens Friday.', 'en'],
    ["Elle consacre ensuite à l'enfance de Paul Marin Le Vent du nord (1991).", 'fr']
  ]
  for (const [text, language] of cases) {
    it(text, () => {
      const result = facts(text, language, [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Paul Marin'])])
      expect(result).toContain('movie-le-vent-du-nord about person-paul-marin')
    })
  }
  it('"consacre à X" then a title after a comma is no subject of that title', () => {
    const text = "Elle consacre sa vie à Paul Marin, puis tourne Le Vent du nord."
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Paul Marin'])])
    expect(result).not.toContain('movie-le-vent-du-nord about person-paul-marin')
  })
})

describe('an enumeration of films', () => {
  it('a cue after "et" and an unrecognised title is not the earlier film\'s', () => {
    const text = 'On surveillera Le Vent du nord, premier film de Paul Marin, et Les Cimes, documentaire de Anna Berg consacré à Jean Roux.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Paul Marin']), entity(text, 'Person', ['Anna Berg']), entity(text, 'Person', ['Jean Roux'])])
    expect(result).toContain('movie-le-vent-du-nord director person-paul-marin')
    expect(result).not.toContain('movie-le-vent-du-nord director person-anna-berg')
    expect(result).not.toContain('movie-le-vent-du-nord about person-jean-roux')
  })
})

describe('a coordinated place is no new item of an enumeration', () => {
  it('"shot between Austin and Memphis, follows X" is still about X', () => {
    const text = 'Le Vent du nord is out. The film, which she shot between Austin and Memphis, follows Paul Marin on tour.'
    const result = facts(text, 'en', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Paul Marin']), entity(text, 'Place', ['Austin']), entity(text, 'Place', ['Memphis'])])
    expect(result).toContain('movie-le-vent-du-nord about person-paul-marin')
  })
})

describe('a person a film revealed', () => {
  const cases: Array<[string, 'fr' | 'en']> = [
    ['Léa Mas, révélée en 2016 par Le Vent du nord, joue une mère.', 'fr'],
    ["Léa Mas, révélée l'an dernier dans Le Vent du nord, joue une mère.", 'fr'],
    ["Révélée en 2016 par Le Vent du nord, de l'Irlandais Paul Marin, la comédienne Léa Mas joue une mère.", 'fr'],
    ['Léa Mas, who broke through in Le Vent du nord, plays a mother.', 'en']
  ]
  for (const [text, language] of cases) {
    it(text, () => {
      const people = [entity(text, 'Person', ['Léa Mas']), entity(text, 'Person', ['Paul Marin'])]
      const result = facts(text, language, [entity(text, 'Movie', ['Le Vent du nord']), ...people])
      expect(result).toContain('movie-le-vent-du-nord actor person-lea-mas')
      expect(result).not.toContain('movie-le-vent-du-nord actor person-paul-marin')
    })
  }
  it('a director the text names as one directed the film that revealed her', () => {
    const text = 'La cinéaste Léa Mas, révélée à Locarno il y a six ans avec Le Vent du nord, préside le jury.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Léa Mas'], [['cinéaste', 'cinéaste', 'director']])])
    expect(result).toContain('movie-le-vent-du-nord director person-lea-mas')
  })
  it('"connue pour" alone makes no actor of someone the text gives no role', () => {
    const text = 'Léa Mas, connue en France pour Le Vent du nord, préside le jury.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Léa Mas'])])
    expect(result).not.toContain('movie-le-vent-du-nord actor person-lea-mas')
  })
})

describe('the winner of an award "for" a film', () => {
  const prize = (text: string, language: 'fr' | 'en', roles: Array<[string, string, string]> = []) =>
    facts(text, language, [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Léa Mas'], roles), entity(text, 'Person', ['Paul Marin'])])
  it('a director named as one, with the award in apposition, directed it', () => {
    const text = 'La cinéaste Léa Mas, Grand Prix à Cannes en 2019 pour Le Vent du nord, filme le Bénin.'
    expect(prize(text, 'fr', [['cinéaste', 'cinéaste', 'director']])).toContain('movie-le-vent-du-nord director person-lea-mas')
  })
  it('the winner of a directing award directed it', () => {
    const text = 'Léa Mas remporte le César de la réalisation pour Le Vent du nord.'
    expect(prize(text, 'fr')).toContain('movie-le-vent-du-nord director person-lea-mas')
  })
  it('the winner of an acting award played in it, and the possessive name directed it', () => {
    const text = "Léa Mas won the Best Actress award for Paul Marin's Le Vent du nord."
    const result = prize(text, 'en')
    expect(result).toContain('movie-le-vent-du-nord actor person-lea-mas')
    expect(result).not.toContain('movie-le-vent-du-nord director person-lea-mas')
  })
  it('not the person who hands the award to someone else', () => {
    const text = 'Léa Mas a remis le Grand Prix à Paul Marin pour Le Vent du nord.'
    const result = prize(text, 'fr')
    expect(result).not.toContain('movie-le-vent-du-nord director person-lea-mas')
    expect(result).toContain('movie-le-vent-du-nord director person-paul-marin')
  })
  it('nothing for a winner with no trade stated and an award for neither acting nor directing', () => {
    const text = 'Léa Mas remporte le Grand Prix pour Le Vent du nord.'
    expect(prize(text, 'fr')).not.toContain('movie-le-vent-du-nord director person-lea-mas')
  })
})

describe('a possessive after an object pronoun of the person the passage is about', () => {
  it('"Un héritage lui permet de produire son premier long métrage, X" gives X to that person', () => {
    const text = "Le cinéaste Paul Marin est mort dimanche. Un héritage lui permet de produire son premier long métrage, Le Vent du nord (1958)."
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Paul Marin'], [['cinéaste', 'cinéaste', 'director']])])
    expect(result).toContain('movie-le-vent-du-nord director person-paul-marin')
  })
  it('not a possessive inside the sentence with no pronoun for that person ("Au générique de son prochain film, X")', () => {
    const text = "Le cinéaste Paul Marin est mort dimanche. Au générique de son prochain film, Le Vent du nord, figure Anna Berg."
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Paul Marin'], [['cinéaste', 'cinéaste', 'director']]), entity(text, 'Person', ['Anna Berg'])])
    expect(result).not.toContain('movie-le-vent-du-nord director person-paul-marin')
  })
})

describe('crew jobs told in the past', () => {
  const crew = (text: string, language: 'fr' | 'en') =>
    facts(text, language, [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Movie', ['Blue Sky']), entity(text, 'Person', ['Anna Berg']), entity(text, 'Person', ['Paul Marin'])])
  it('"X shot it, Y edited" gives the film of the passage to both', () => {
    const text = 'Le Vent du nord is a quiet film. Anna Berg shot it, and Paul Marin edited.'
    const result = crew(text, 'en')
    expect(result).toContain('person-anna-berg work movie-le-vent-du-nord')
    expect(result).toContain('person-paul-marin work movie-le-vent-du-nord')
  })
  it('"a écrit le scénario avec …, réalisateur de Y" is a job on the film of the passage, not on Y', () => {
    const text = "Le Vent du nord est un drame. Anna Berg a écrit le scénario avec Paul Marin, lui-même réalisateur de Blue Sky."
    const result = crew(text, 'fr')
    expect(result).toContain('person-anna-berg work movie-le-vent-du-nord')
    expect(result).not.toContain('person-anna-berg work movie-blue-sky')
  })
  it('"a signé la musique de Y" is a job on Y', () => {
    const text = 'Le Vent du nord est un drame. Anna Berg a signé la musique de Blue Sky en 2001.'
    expect(crew(text, 'fr')).toContain('person-anna-berg work movie-blue-sky')
  })
  it('"X\'s camera", "Y\'s spare, aching score": a genitive credit names the crew of the film of the passage', () => {
    const text = "Le Vent du nord is a quiet film. Anna Berg's camera holds the two friends in long frames, and Paul Marin's spare, aching score does the rest."
    const result = crew(text, 'en')
    expect(result).toContain('person-anna-berg work movie-le-vent-du-nord')
    expect(result).toContain('person-paul-marin work movie-le-vent-du-nord')
  })
})


describe('cast phrasings of film sheets and leads', () => {
  const cases: Array<[string, 'fr' | 'en']> = [
    ['Le Vent du nord sort mercredi. Le casting réunit Anna Berg et Paul Marin.', 'fr'],
    ['Le Vent du nord sort mercredi. Anna Berg et Paul Marin se donnent la réplique.', 'fr'],
    ['Le Vent du nord opens Friday. The cast includes Anna Berg and Paul Marin.', 'en']
  ]
  for (const [text, language] of cases) {
    it(text, () => {
      const result = facts(text, language, [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Anna Berg']), entity(text, 'Person', ['Paul Marin'])])
      expect(result).toContain('movie-le-vent-du-nord actor person-anna-berg')
      expect(result).toContain('movie-le-vent-du-nord actor person-paul-marin')
    })
  }
  it('"X tient le rôle principal", "Y leads the cast as Z" play in the film of the passage', () => {
    const fr = 'Le Vent du nord sort mercredi. Anna Berg tient le rôle principal.'
    expect(facts(fr, 'fr', [entity(fr, 'Movie', ['Le Vent du nord']), entity(fr, 'Person', ['Anna Berg'])])).toContain('movie-le-vent-du-nord actor person-anna-berg')
    const en = 'Le Vent du nord opens Friday. Anna Berg leads the cast as a widowed farmer.'
    expect(facts(en, 'en', [entity(en, 'Movie', ['Le Vent du nord']), entity(en, 'Person', ['Anna Berg'])])).toContain('movie-le-vent-du-nord actor person-anna-berg')
  })
})

describe('a film opening a clause of a director\'s career', () => {
  it('"Après X (1990) et Y (1992), Z envisage un film": a director the text names as one directed them', () => {
    const text = "Le réalisateur Paul Marin est né à Nancy. Après Le Vent du nord (1990) et Blue Sky (1992), Marin envisage un film sur l'école."
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Movie', ['Blue Sky']), entity(text, 'Person', ['Paul Marin', 'Marin'], [['réalisateur', 'réalisateur', 'director']])])
    expect(result).toContain('movie-le-vent-du-nord director person-paul-marin')
    expect(result).toContain('movie-blue-sky director person-paul-marin')
  })
  it('a composer stays a worker on them', () => {
    const text = "La compositrice Anna Berg est née à Nancy. Après Le Vent du nord (1990), Berg part à Rome."
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), entity(text, 'Person', ['Anna Berg', 'Berg'], [['compositrice', 'compositeur', 'composer']])])
    expect(result).not.toContain('movie-le-vent-du-nord director person-anna-berg')
  })
})

describe('parts given and named', () => {
  const film = (text: string) => entity(text, 'Movie', ['Le Vent du nord'])
  const anna = (text: string) => entity(text, 'Person', ['Anna Berg'])
  it('"<film>, X\'s drama with A as <Character>": A acts in it', () => {
    const text = 'She scored Le Vent du nord, a bleak drama with Anna Berg as Mara Vine.'
    expect(facts(text, 'en', [film(text), anna(text)])).toContain('movie-le-vent-du-nord actor person-anna-berg')
  })
  it('not "with A as Executive Producer": a trade, not a character', () => {
    const text = 'Le Vent du nord is a new series with Anna Berg as Executive Producer.'
    expect(facts(text, 'en', [film(text), anna(text)])).not.toContain('movie-le-vent-du-nord actor person-anna-berg')
  })
  it('"<film> offrait à A le rôle d\'un commissaire", "gave A the part of": A acts in it', () => {
    const fr = "Son dernier film, Le Vent du nord, offrait à Anna Berg le rôle d'une commissaire."
    expect(facts(fr, 'fr', [film(fr), anna(fr)])).toContain('movie-le-vent-du-nord actor person-anna-berg')
    const en = 'Le Vent du nord gave Anna Berg the part of a ferry pilot.'
    expect(facts(en, 'en', [film(en), anna(en)])).toContain('movie-le-vent-du-nord actor person-anna-berg')
  })
  it('"offre à A le rôle … dans <film>": the film named after the part', () => {
    const text = 'Paul Marin offre à Anna Berg le rôle principal dans Le Vent du nord, après Blue Sky.'
    const result = facts(text, 'fr', [film(text), entity(text, 'Movie', ['Blue Sky']), anna(text), entity(text, 'Person', ['Paul Marin'])])
    expect(result).toContain('movie-le-vent-du-nord actor person-anna-berg')
    expect(result).not.toContain('movie-blue-sky actor person-anna-berg')
  })
  it('not a prize given ("vaut à A le prix")', () => {
    const text = "Le Vent du nord vaut à Anna Berg le prix d'interprétation."
    expect(facts(text, 'fr', [film(text), anna(text)])).not.toContain('movie-le-vent-du-nord actor person-anna-berg')
  })
  it('"<film> (1979), où A et B se perdent en barque": both act in it', () => {
    const text = 'Pour Le Vent du nord (1979), où Anna Berg et Paul Marin se perdent en barque, le chef opérateur tourne à la bougie.'
    const result = facts(text, 'fr', [film(text), anna(text), entity(text, 'Person', ['Paul Marin'])])
    expect(result).toContain('movie-le-vent-du-nord actor person-anna-berg')
    expect(result).toContain('movie-le-vent-du-nord actor person-paul-marin')
  })
  it('"L\'Américain X signe <film>": X made it; not a composer', () => {
    const text = "L'Américain Paul Marin signe Le Vent du nord, une fresque de trois heures."
    expect(facts(text, 'fr', [film(text), entity(text, 'Person', ['Paul Marin'])])).toContain('movie-le-vent-du-nord director person-paul-marin')
    const composer = 'La compositrice Anna Berg signe Le Vent du nord, un opéra.'
    expect(facts(composer, 'fr', [film(composer), entity(composer, 'Person', ['Anna Berg'], [['compositrice', 'compositeur', 'composer']])])).not.toContain('movie-le-vent-du-nord director person-anna-berg')
  })
})

describe('cast phrasings of ordinary articles', () => {
  const cases: Array<[string, 'fr' | 'en', string, string[]]> = [
    ['Le Vent du nord réunit Léa Roux et Tom Sée dans un huis clos.', 'fr', 'Le Vent du nord', ['Léa Roux', 'Tom Sée']],
    ['Le Vent du nord pairs Léa Roux with Tom Sée in a chamber piece.', 'en', 'Le Vent du nord', ['Léa Roux']],
    ['Also opening: Le Vent du nord, featuring Léa Roux and Tom Sée.', 'en', 'Le Vent du nord', ['Léa Roux', 'Tom Sée']],
    ['Le Vent du nord, porté par une Léa Roux bouleversante, sort mercredi.', 'fr', 'Le Vent du nord', ['Léa Roux']],
    ['Le Vent du nord se tourne à Brest. Au casting : Léa Roux et Tom Sée.', 'fr', 'Le Vent du nord', ['Léa Roux', 'Tom Sée']],
    ['Le Vent du nord a reçu un prix. Son interprète principale, Léa Roux, était absente.', 'fr', 'Le Vent du nord', ['Léa Roux']],
    ['Le Vent du nord is a sequel. Returning stars Léa Roux and Tom Sée will be joined by newcomers.', 'en', 'Le Vent du nord', ['Léa Roux', 'Tom Sée']]
  ]
  for (const [text, language, film, people] of cases) {
    it(text, () => {
      const result = facts(text, language, [entity(text, 'Movie', [film]), ...people.map((person) => entity(text, 'Person', [person]))])
      for (const person of people) expect(result).toContain(`${entity(text, 'Movie', [film]).id} actor ${entity(text, 'Person', [person]).id}`)
    })
  }

  it('"X y dirige A et B": "y" is the film of the passage, which X directs and A and B play in', () => {
    const text = 'Le Vent du nord sort mercredi. Anna Berg y dirige Léa Roux et Tom Sée dans un huis clos.'
    const result = facts(text, 'fr', [entity(text, 'Movie', ['Le Vent du nord']), ...['Anna Berg', 'Léa Roux', 'Tom Sée'].map((person) => entity(text, 'Person', [person]))])
    expect(result).toEqual(expect.arrayContaining(['movie-le-vent-du-nord director person-anna-berg', 'movie-le-vent-du-nord actor person-lea-roux', 'movie-le-vent-du-nord actor person-tom-see']))
  })

  it('no actor after "porté par" when a crew cue or a work comes before the name', () => {
    const music = "Le Vent du nord, porté par la musique d'Ennio Roux, fut un succès."
    expect(facts(music, 'fr', [entity(music, 'Movie', ['Le Vent du nord']), entity(music, 'Person', ['Ennio Roux'])])).not.toContain('movie-le-vent-du-nord actor person-ennio-roux')
    const work = 'Le dernier plan du Vent du nord, porté par Les Saisons de Tom Sée, est superbe.'
    const found = facts(work, 'fr', [entity(work, 'Movie', ['Vent du nord']), entity(work, 'CreativeWork', ['Les Saisons']), entity(work, 'Person', ['Tom Sée'])])
    expect(found).not.toContain('movie-vent-du-nord actor person-tom-see')
  })
})
