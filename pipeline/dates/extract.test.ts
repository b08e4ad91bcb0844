import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Lang} from '../types.js'
import {extractDates} from './extract.js'

/** The dates of a text as [text, value] pairs (and the type when asked). */
function dates(source: string, language: Lang = 'fr', anchor: string | null = null) {
  const view = textView(source, {language})
  view.anchorDate = anchor
  return extractDates(view)
}
const pairs = (source: string, language: Lang = 'fr', anchor: string | null = null) =>
  dates(source, language, anchor).map((d) => [d.text, d.value])
const one = (source: string, language: Lang = 'fr', anchor: string | null = null) => {
  const found = dates(source, language, anchor)
  expect(found).toHaveLength(1)
  return found[0]
}

describe('bare years', () => {
  it('finds years after a preposition, without the preposition', () => {
    expect(pairs('Elle a commencé dès 2006, puis a tourné en 2008.')).toEqual([['2006', '2006'], ['2008', '2008']])
    expect(pairs('The project started in 1994.', 'en')).toEqual([['1994', '1994']])
    expect(pairs('Il vit à Lyon depuis 1999 et y travaille.')).toEqual([['1999', '1999']])
  })
  it('finds years in lists and in parentheses', () => {
    expect(pairs('Ses films (2004) furent primés en 2006, 2008 et 2010.')).toEqual([
      ['2004', '2004'], ['2006', '2006'], ['2008', '2008'], ['2010', '2010'],
    ])
  })
  it('does not take numbers that are not years', () => {
    expect(pairs('La salle compte 2 000 spectateurs et le billet coûte 1500 euros.')).toEqual([])
    expect(pairs('Voir page 2008 du rapport.')).toEqual([])
    expect(pairs('Il y avait 1800 personnes.')).toEqual([])
    expect(pairs('The book sold 1500 copies, see page 2008.', 'en')).toEqual([])
  })
  it('keeps "l\'année" with the year', () => {
    expect(pairs("Rendez-vous pour l'année 2001.")).toEqual([["l'année 2001", '2001']])
  })
})

describe('full dates', () => {
  it('reads French dates', () => {
    expect(pairs('Il a écrit le 29 décembre 2009.')).toEqual([['29 décembre 2009', '2009-12-29']])
    expect(pairs('Sortie le 1er mars 2021.')).toEqual([['1er mars 2021', '2021-03-01']])
    expect(pairs('Le tournage commence lundi 3 mai 2010.')).toEqual([['lundi 3 mai 2010', '2010-05-03']])
    expect(pairs('Daté du 29/12/2009.')).toEqual([['29/12/2009', '2009-12-29']])
  })
  it('reads English dates', () => {
    expect(pairs('He wrote on December 29, 2009.', 'en')).toEqual([['December 29, 2009', '2009-12-29']])
    expect(pairs('He wrote on 29 December 2009.', 'en')).toEqual([['29 December 2009', '2009-12-29']])
    expect(pairs('Released on March 1st, 2021.', 'en')).toEqual([['March 1st, 2021', '2021-03-01']])
    expect(pairs('Filed 2009-12-29.', 'en')[0]).toEqual(['2009-12-29', '2009-12-29'])
    expect(pairs('Filed 2009-12-29 at noon.', 'en')[0]).toEqual(['2009-12-29 at noon', '2009-12-29T12:00'])
  })
  it('gives a month and year, and a month alone the year of the text', () => {
    expect(pairs('Le film sort en mai 1988.')).toEqual([['mai 1988', '1988-05']])
    expect(pairs('In May 2010, the film opened.', 'en')).toEqual([['May 2010', '2010-05']])
    expect(pairs('Tourné en 2011, le film sort en mai.')).toEqual([['2011', '2011'], ['mai', '2011-05']])
  })
  it('dates a day without year from the text, else from the document date', () => {
    expect(pairs('En 2012, il tourne. Le film est montré le 18 mai.')).toEqual([['2012', '2012'], ['18 mai', '2012-05-18']])
    expect(pairs('Le film sera montré le 18 mai.', 'fr', '2013-04-02')).toEqual([['18 mai', '2013-05-18']])
    expect(pairs('Le film a été montré le 6 mai dernier.', 'fr', '2013-04-02')).toEqual([['6 mai dernier', '2012-05-06']])
    expect(pairs('Le film sera montré le 18 mai.')).toEqual([['18 mai', 'XXXX-05-18']])
  })
  it('does not read "May" the verb as a month', () => {
    expect(pairs('It may rain, and you may go.', 'en')).toEqual([])
  })
})

describe('seasons, decades, centuries', () => {
  it('reads seasons with their year', () => {
    expect(pairs("Tourné à l'été 2012, montré au printemps 2019.")).toEqual([["l'été 2012", '2012-SU'], ['printemps 2019', '2019-SP']])
    expect(pairs("Sorti à l'automne 2001 et l'hiver 2003.")).toEqual([["l'automne 2001", '2001-FA'], ["l'hiver 2003", '2003-WI']])
    expect(pairs('Shot in summer 2012, shown in the spring of 2019.', 'en')).toEqual([['summer 2012', '2012-SU'], ['the spring of 2019', '2019-SP']])
  })
  it('does not read the participle "été" as summer', () => {
    expect(pairs('Il a été primé.')).toEqual([])
  })
  it('reads decades and centuries', () => {
    expect(pairs('Dans les années 1970 et les années 60.')).toEqual([['les années 1970', '197X'], ['les années 60', '196X']])
    expect(pairs('Popular in the 1990s.', 'en')).toEqual([['the 1990s', '199X']])
    expect(pairs('Un art du XXe siècle.')).toEqual([['XXe siècle', '19XX']])
    expect(pairs('An art of the 19th century.', 'en')).toEqual([['the 19th century', '18XX']])
  })
  it('keeps "début", "fin" with the date', () => {
    expect(pairs('Il part début 2009 et revient fin septembre 2010.')).toEqual([['début 2009', '2009'], ['fin septembre 2010', '2010-09']])
    expect(pairs('Il naît au début des années 60.')).toEqual([['début des années 60', '196X']])
  })
})

describe('ranges', () => {
  it('makes one expression from the first to the last date', () => {
    expect(pairs('Il enseigne de 2012 à 2014.')).toEqual([['2012 à 2014', '2012/2014']])
    expect(pairs('Il vit là entre 1995 et 1998.')).toEqual([['1995 et 1998', '1995/1998']])
    expect(pairs('He taught from 2012 to 2014.', 'en')).toEqual([['2012 to 2014', '2012/2014']])
    expect(pairs('Sa période 2012–2014 fut faste.')).toEqual([['2012–2014', '2012/2014']])
    expect(pairs('Le festival a lieu du 3 au 5 mai 2010.')).toEqual([['3 au 5 mai 2010', '2010-05-03/2010-05-05']])
    // (a dash joins two days of two months when the closing one has the year)
    expect(pairs('A season at the cinematheque, 5 September – 12 October 2025', 'en')).toEqual([['5 September – 12 October 2025', '2025-09-05/2025-10-12']])
  })
  it('does not join two years that a conjunction merely lists', () => {
    expect(pairs('Primé en 2006 et 2008.')).toEqual([['2006', '2006'], ['2008', '2008']])
  })
})

describe('durations', () => {
  it('reads durations without the preposition, with "plus de"', () => {
    expect(pairs('Il a tourné pendant trois ans.')).toEqual([['trois ans', 'P3Y']])
    expect(pairs('Il fut emprisonné plus de deux mois.')).toEqual([['plus de deux mois', 'P2M']])
    expect(pairs('Le film dure deux heures.')).toEqual([['deux heures', 'PT2H']])
    expect(pairs('Il a attendu dix-huit mois, puis vingt-cinq jours.')).toEqual([['dix-huit mois', 'P18M'], ['vingt-cinq jours', 'P25D']])
    expect(pairs('Un demi-siècle de cinéma, et quelques jours de repos.')).toEqual([['Un demi-siècle', 'P50Y'], ['quelques jours', 'PXD']])
    expect(pairs('He worked for three years, more than two months, then a decade.', 'en')).toEqual([
      ['three years', 'P3Y'], ['more than two months', 'P2M'], ['a decade', 'P10Y'],
    ])
  })
  it('does not read an age as a duration', () => {
    expect(pairs('Un homme de 35 ans est arrivé. Sa fille, 6 ans, le suit.')).toEqual([])
    expect(pairs('A 35 years old man.', 'en')).toEqual([])
  })
  it('counts a quantity of time from a date', () => {
    expect(pairs('En 2008, il part. Deux ans plus tard, il revient.')).toEqual([['2008', '2008'], ['Deux ans plus tard', '2010']])
    expect(pairs('In 2008 he left. Two years later he came back.', 'en')).toEqual([['2008', '2008'], ['Two years later', '2010']])
    expect(pairs('Il est parti il y a deux ans.', 'fr', '2012-06-01')).toEqual([['il y a deux ans', '2010']])
    expect(pairs('He left two years ago.', 'en', '2012-06-01')).toEqual([['two years ago', '2010']])
  })
})

describe('sets', () => {
  it('reads repeated times', () => {
    expect(pairs('Le festival a lieu chaque année.')).toEqual([['chaque année', 'P1Y']])
    expect(pairs('Il tourne tous les jeudis.')).toEqual([['tous les jeudis', 'XXXX-WXX-4']])
    expect(pairs('The festival is held every year.', 'en')).toEqual([['every year', 'P1Y']])
    expect(dates('chaque année')[0]?.type).toBe('SET')
  })
})

describe('relative expressions', () => {
  it('resolves against the document date', () => {
    const anchor = '2010-05-04'
    expect(pairs("Hier, aujourd'hui et demain.", 'fr', anchor)).toEqual([
      ['Hier', '2010-05-03'], ["aujourd'hui", '2010-05-04'], ['demain', '2010-05-05'],
    ])
    expect(pairs("L'an dernier, cette année, ce mois-ci.", 'fr', anchor)).toEqual([
      ["L'an dernier", '2009'], ['cette année', '2010'], ['ce mois-ci', '2010-05'],
    ])
    expect(pairs('Last year, yesterday and today.', 'en', anchor)).toEqual([
      ['Last year', '2009'], ['yesterday', '2010-05-03'], ['today', '2010-05-04'],
    ])
  })
  it('resolves against the last date of the text', () => {
    expect(pairs("En 2008, il part ; l'année suivante, il revient.")).toEqual([['2008', '2008'], ["l'année suivante", '2009']])
    expect(pairs('In 2008 he left; the following year he came back.', 'en')).toEqual([['2008', '2008'], ['the following year', '2009']])
    expect(pairs('Le 3 mai 2010, il arrive ; la veille, il pleuvait.')).toEqual([['3 mai 2010', '2010-05-03'], ['la veille', '2010-05-02']])
  })
  it('leaves a value null when nothing dates it', () => {
    expect(pairs("L'année suivante, il revient ; hier il pleuvait.")).toEqual([["L'année suivante", null], ['hier', null]])
    expect(pairs("Aujourd'hui, il tourne.")).toEqual([["Aujourd'hui", 'PRESENT_REF']])
  })
  it('dates weekdays from the document date', () => {
    expect(pairs('Il est arrivé lundi.', 'fr', '2010-05-06')).toEqual([['lundi', '2010-05-03']])
    expect(pairs('Il arrivera lundi prochain.', 'fr', '2010-05-06')).toEqual([['lundi prochain', '2010-05-10']])
    expect(pairs('Il est arrivé lundi.')).toEqual([['lundi', null]])
  })
  it('dates a clock time by the relative day before it', () => {
    // opening the sentence, the day and its hour are one expression (as French TimeBank has it); inside a clause, two
    expect(pairs('Hier à 10 h, la grève a commencé.', 'fr', '2010-05-04')).toEqual([['Hier à 10 h', '2010-05-03T10:00']])
    expect(pairs('La grève a commencé hier à 10 h.', 'fr', '2010-05-04')).toEqual([['hier', '2010-05-03'], ['10 h', '2010-05-03T10:00']])
    expect(pairs('La nuit de samedi à dimanche, il pleuvait.', 'fr', '2010-05-04')).toEqual([['La nuit de samedi à dimanche', '2010-05-01TNI']])
  })
  it('gives a named day with its part of the day the value of the day', () => {
    const found = one('Hier soir, il a joué.', 'fr', '2010-05-04')
    expect([found?.text, found?.value, found?.type]).toEqual(['Hier soir', '2010-05-03', 'DATE'])
    expect(pairs('Le festival s’est achevé samedi soir.', 'fr', '2025-06-15')).toEqual([['samedi soir', '2025-06-14']])
    expect(pairs('Ce soir, il joue.', 'fr', '2010-05-04')).toEqual([['Ce soir', '2010-05-04TEV']])
  })
  it('drops a part of the day that no day of the text dates', () => {
    expect(pairs('Cameras made the night too easy; he shot in the afternoon.', 'en', '2024-12-29')).toEqual([])
    expect(pairs('On May 3, 2010 he arrived; the night was cold.', 'en')).toEqual([['May 3, 2010', '2010-05-03'], ['the night', '2010-05-03TNI']])
  })
  it('keeps "la veille" of an undated event with no value, not the idiom "à la veille de"', () => {
    expect(pairs('Elle joue une cheminote à la veille de sa retraite.')).toEqual([])
    expect(pairs('La veille, il pleuvait.')).toEqual([['La veille', null]])
    expect(pairs('Une lettre, écrite la veille du procès, le trahit.')).toEqual([['la veille', null]])
    expect(pairs('Il est reparti au lendemain de la victoire.')).toEqual([])
  })
  it('reads "le premier jour" of an untold stretch as a date with no value, not "le premier jour de tournage"', () => {
    expect(pairs("Le premier jour, elle n'a rien dit.")).toEqual([['Le premier jour', null]])
    expect(pairs('Elle est tombée malade avant le premier jour de tournage.')).toEqual([])
    expect(pairs('On the last day, nobody came.', 'en')).toEqual([['the last day', null]])
  })
  it('leaves "on the Monday" of a told week without value', () => {
    expect(pairs('They read the script and called us on the Monday.', 'en', '2024-10-08')).toEqual([['Monday', null]])
  })
})

describe('times', () => {
  it('gives the time on the day of the text', () => {
    const found = dates('Le 29 décembre 2009 à 20 h 30, il publie.')
    expect(found.map((d) => [d.text, d.value, d.type])).toEqual([
      ['29 décembre 2009', '2009-12-29', 'DATE'], ['20 h 30', '2009-12-29T20:30', 'TIME'],
    ])
    // English joins a day and its clock time into one expression (TimeML guidelines; the gold of
    // unseen English articles does the same), French keeps them apart (French TimeBank)
    expect(pairs('On December 29, 2009 at 8 p.m. he posted.', 'en')).toEqual([
      ['December 29, 2009 at 8 p.m.', '2009-12-29T20:00'],
    ])
  })
})

describe('more English forms', () => {
  const anchor = '2012-08-01'
  it('reads ranges, sets and relative days', () => {
    expect(pairs('She lived there between 1995 and 1998, then 2012-2014.', 'en')).toEqual([['1995 and 1998', '1995/1998'], ['2012-2014', '2012/2014']])
    expect(pairs('He shoots every Monday.', 'en')).toEqual([['every Monday', 'XXXX-WXX-1']])
    expect(pairs('This year, this month, tomorrow.', 'en', anchor)).toEqual([['This year', '2012'], ['this month', '2012-08'], ['tomorrow', '2012-08-02']])
    expect(pairs('It opened on July 27. The day before, it rained.', 'en', anchor)).toEqual([['July 27', '2012-07-27'], ['The day before', '2012-07-26']])
    expect(pairs('It opened on Monday.', 'en', anchor)).toEqual([['Monday', '2012-07-30']])
    // (the hour after a day and a comma is no two-digit year)
    expect(pairs('Screenings: 5 September, 18:30 and 6 September, 20:45.', 'en', anchor)).toEqual([['5 September, 18:30', '2012-09-05T18:30'], ['6 September, 20:45', '2012-09-06T20:45']])
  })
  it('reads decades written with an apostrophe and months after a preposition', () => {
    expect(pairs("Music of the '90s, shown in March.", 'en', anchor)).toEqual([["the '90s", '199X'], ['March', '2012-03']])
  })
})

describe('more French forms', () => {
  it('reads approximate durations and the time of a named day', () => {
    expect(pairs("Il y a travaillé une dizaine d'années.")).toEqual([["une dizaine d'années", 'P10Y']])
    expect(pairs('Vers 0 h 40, jeudi, un accident.', 'fr', '2003-02-22')).toEqual([['0 h 40', '2003-02-20T00:40'], ['jeudi', '2003-02-20']])
    expect(pairs('Le mois dernier, la semaine prochaine.', 'fr', '2010-05-04')).toEqual([['Le mois dernier', '2010-04'], ['la semaine prochaine', '2010-W19']])
  })
  it('reads the vague present and future', () => {
    expect(dates('Il tourne actuellement.').map((d) => [d.text, d.value, d.type])).toEqual([['actuellement', 'PRESENT_REF', 'TIME']])
  })
  it('does not take names that contain season or weekday words', () => {
    expect(pairs("Les Jeux d'hiver et l'accord du Vendredi Saint.")).toEqual([])
  })
})

describe('output', () => {
  it('is sorted, never overlapping, and spans the source', () => {
    const source = "En 2008, pendant deux ans, puis le 3 mai 2010 à 20h ; l'été 2012 ; de 2012 à 2014."
    const found = dates(source)
    for (let k = 0; k < found.length; k++) {
      const d = found[k]!
      expect(source.slice(d.start, d.end)).toBe(d.text)
      if (k > 0) expect(d.start).toBeGreaterThanOrEqual(found[k - 1]!.end)
    }
    expect(found.length).toBe(6)
  })
  it('does not cross a line break', () => {
    expect(pairs('Il part en mai\n2010, il revient.')).toEqual([['mai', 'XXXX-05'], ['2010', '2010']])
  })
})

describe('document date from the opening of the text', () => {
  it('reads a dateline and resolves deictic expressions against it', () => {
    const text = "Cannes, 24 mai 2024 — Le film a été projeté hier soir.\nIl sortira en salles à l'automne ; l'an dernier, un autre avait gagné. Le jury rendra son verdict demain soir."
    expect(pairs(text)).toEqual([
      ['24 mai 2024', '2024-05-24'], ['hier soir', '2024-05-23'], ["l'automne", '2024-FA'], ["l'an dernier", '2023'], ['demain soir', '2024-05-25'],
    ])
  })
  it('reads a dateline closed by a full stop, the body going on after it', () => {
    expect(pairs('Saint-Nazaire, le 23 novembre 2025. Le jury a couronné hier soir un court.')).toEqual([['23 novembre 2025', '2025-11-23'], ['hier soir', '2025-11-22']])
  })
  it('reads a dateline after a by-line or on its own line', () => {
    expect(pairs('Critique\nPar Jeanne Martin, publié le 15 janvier 2025\nLe film, montré en 2018, sort ce mercredi. Sortie le 15 janvier.').slice(2)).toEqual([
      ['ce mercredi', '2025-01-15'], ['15 janvier', '2025-01-15'],
    ])
  })
  it('gives a date without year the year of the document, not that of the last date', () => {
    expect(pairs('Venise, 3 septembre 2025\nLe film commence en 1880. La rétrospective a eu lieu au printemps.').slice(2)).toEqual([['printemps', '2025-SP']])
  })
  it('takes the year of a headline when no day is given', () => {
    expect(pairs('Sundance 2024: a quiet documentary\nShe studied there in 2017. The festival announces its awards on January 26.', 'en')).toEqual([
      ['2024', '2024'], ['2017', '2017'], ['January 26', '2024-01-26'],
    ])
    expect(pairs('Hot Docs 2024: a guitar\nHis song was covered last decade. He saw the film in March.', 'en').slice(1)).toEqual([
      ['last decade', '201X'], ['March', '2024-03'],
    ])
  })
  it('takes a lead date written in the latest year of the text', () => {
    const text = 'A cinematographer dies at 86\nHe died on 29 December 2024. Born in 1938, he won an award in 1984. A memorial would be held in the spring.'
    expect(pairs(text, 'en').pop()).toEqual(['the spring', '2025-SP'])
    expect(pairs('A review\nThe film arrives in cinemas on March 7, 2025, after a premiere last September.', 'en')).toEqual([
      ['March 7, 2025', '2025-03-07'], ['last September', '2024-09'],
    ])
  })
  it('does not take a date of birth for the date of the document', () => {
    expect(pairs('Elle est née le 3 juin 1978. En 2014, elle tourne ; le film sort en mai.').pop()).toEqual(['mai', '2014-05'])
  })
  it('keeps anaphoric expressions on the last date of the text', () => {
    expect(pairs("Venise, 3 septembre 2025\nLe film fut tourné en 2019 ; l'année suivante, il fut monté.").slice(1)).toEqual([
      ['2019', '2019'], ["l'année suivante", '2020'],
    ])
  })
})

describe('ranges within a month and between seasons', () => {
  it('reads day ranges', () => {
    expect(pairs('La 75e Berlinale (13-23 février 2025).')).toEqual([['13-23 février 2025', '2025-02-13/2025-02-23']])
    expect(pairs('The festival runs March 7–15, 2025.', 'en')).toEqual([['March 7–15, 2025', '2025-03-07/2025-03-15']])
  })
  it('reads a range of seasons as one expression', () => {
    expect(pairs('Filmed from the spring of 2019 to the winter of 2021.', 'en')).toEqual([['the spring of 2019 to the winter of 2021', '2019-SP/2021-WI']])
  })
})

describe('years used as modifiers', () => {
  it('finds a year after a determiner or a possessive', () => {
    expect(pairs('The work is a 2016 documentary film, like the 2019 Macedonian film.', 'en')).toEqual([['2016', '2016'], ['2019', '2019']])
    expect(pairs("She sang Smith's 1949 lament and her 2017 single.", 'en')).toEqual([['1949', '1949'], ['2017', '2017']])
  })
  it('still leaves counts alone', () => {
    expect(pairs('The 2000 spectators and a 1500 word essay.', 'en')).toEqual([])
  })
})

describe('words that are not dates here', () => {
  it('drops time adjectives and "now"', () => {
    expect(pairs('Son prochain film, comme le précédent, sortira en mai 2026.')).toEqual([['mai 2026', '2026-05']])
    expect(pairs('Now he is 72; his previous film was long.', 'en')).toEqual([])
  })
  it('does not read figures of speech as durations', () => {
    expect(pairs("Nous n'avons pas hésité une seconde. Il l'a vu une seconde fois.")).toEqual([])
    expect(pairs('It follows the last years of the painter.', 'en')).toEqual([])
  })
  it('does not read a season inside a title', () => {
    expect(pairs("Les Braises de l'hiver sort en salles.")).toEqual([])
    expect(pairs("Au cœur de l'hiver 2012, il tourne.")).toEqual([["l'hiver 2012", '2012-WI']])
  })
})

describe('durations written as modifiers or halves', () => {
  it('reads a number hyphenated to a unit', () => {
    expect(pairs('The crowd gave a five-minute standing ovation after a 24-hour wait.', 'en')).toEqual([['five-minute', 'PT5M'], ['24-hour', 'PT24H']])
  })
  it('reads "half a" as half of the unit', () => {
    expect(pairs('He spent half a century on stage and half an hour in make-up.', 'en')).toEqual([['half a century', 'P50Y'], ['half an hour', 'PT30M']])
  })
  it('writes a fraction of an hour or a year with the smaller unit', () => {
    expect(pairs('Un thriller de deux heures et demie, tourné en un an et demi.')).toEqual([['deux heures et demie', 'PT2H30M'], ['un an et demi', 'P18M']])
  })
  it('reads "hour-long" as one unit and abbreviated minutes', () => {
    expect(pairs('The hour-long finale follows a week-long shoot.', 'en')).toEqual([['hour-long', 'PT1H'], ['week-long', 'P1W']])
    expect(pairs('Un court métrage (Belgique, 17 min) ouvre la séance.')).toEqual([['17 min', 'PT17M']])
  })
})

describe('repeated times', () => {
  it('reads so much a period and so many times a period as a set of the period', () => {
    expect(pairs('She now teaches three days a week and travels twice a year.', 'en')).toEqual([['three days a week', 'P1W'], ['twice a year', 'P1Y']])
    expect(pairs('Il répète deux heures par jour et joue trois fois par semaine.')).toEqual([['deux heures par jour', 'P1D'], ['trois fois par semaine', 'P1W']])
  })
  it('reads a habitual weekday as a set', () => {
    expect(pairs('Enfant, il allait au cinéma le samedi.')).toEqual([['le samedi', 'XXXX-WXX-6']])
    expect(pairs('Les jeudis, la salle est pleine.')).toEqual([['Les jeudis', 'XXXX-WXX-4']])
    expect(pairs('The club meets on Tuesdays.', 'en')).toEqual([['Tuesdays', 'XXXX-WXX-2']])
  })
  it('keeps a weekday with a date or a modifier as one day', () => {
    expect(pairs('Le film sort le mercredi 4 juin 2025.')).toEqual([['mercredi 4 juin 2025', '2025-06-04']])
    expect(pairs('Il part le samedi soir.', 'fr', '2025-06-04').map(([, v]) => v)).not.toContain('XXXX-WXX-6')
  })
})

describe('clock times and running times', () => {
  it('reads an hour in words after "à" as a clock time, a length otherwise', () => {
    expect(dates('La séance commence à vingt heures. Le voyage dure dix heures.').map((d) => [d.text, d.type, d.value])).toEqual([
      ['vingt heures', 'TIME', 'XXXX-XX-XXT20:00'], ['dix heures', 'DURATION', 'PT10H'],
    ])
    expect(pairs('Le village est à deux heures de Lyon.')).toEqual([['deux heures', 'PT2H']])
  })
  it('reads a running time in credits or parentheses as a duration', () => {
    expect(pairs('Belgique, 2024, 1 h 38\nDurée : 2 h 05. Le film (1 h 30) sort en mai 2025.')).toEqual([
      ['2024', '2024'], ['1 h 38', 'PT1H38M'], ['2 h 05', 'PT2H5M'], ['1 h 30', 'PT1H30M'], ['mai 2025', '2025-05'],
    ])
  })
})

describe('seasons around the document date', () => {
  it('reads "next", "last" before a season', () => {
    expect(pairs('We start shooting next spring.', 'en', '2024-10-01')).toEqual([['next spring', '2025-SP']])
    expect(pairs('They met last summer.', 'en', '2024-10-01')).toEqual([['last summer', '2024-SU']])
  })
  it('takes the nearest season when the sentence has no tense to go by', () => {
    expect(pairs('His new project starts in the spring.', 'en', '2025-11-20')).toEqual([['the spring', '2026-SP']])
    expect(pairs('The festival was held in the spring.', 'en', '2025-11-20')).toEqual([['the spring', '2025-SP']])
  })
  it('reads a season without article as any year, unless the sentence looks ahead', () => {
    expect(pairs('En hiver, le lac gèle.', 'fr', '2025-06-01')).toEqual([['hiver', 'XXXX-WI']])
    expect(pairs('Le film sortira en automne.', 'fr', '2025-06-01')).toEqual([['automne', '2025-FA']])
  })
})

describe('days and weekends counted from the text', () => {
  it('reads "the next morning" as the day after the last day named', () => {
    expect(pairs('The film screened on Friday, March 6, 2026. The director spoke the next morning.', 'en')).toEqual([
      ['Friday, March 6, 2026', '2026-03-06'], ['the next morning', '2026-03-07'],
    ])
  })
  it('counts "the same day" from the last day even after a vaguer date', () => {
    expect(pairs('The film opens on May 4, 2026. Shot in 2024, it will stream on the same day.', 'en')).toEqual([
      ['May 4, 2026', '2026-05-04'], ['2024', '2024'], ['the same day', '2026-05-04'],
    ])
  })
  it('reads "next weekend" as the coming weekend early in the week', () => {
    expect(pairs('The festival ends next weekend.', 'en', '2026-02-16')).toEqual([['next weekend', '2026-W08-WE']])
    expect(pairs('The festival ends next weekend.', 'en', '2026-02-20')).toEqual([['next weekend', '2026-W09-WE']])
  })
  it('reads "ce week-end" in a past sentence early in the week as the weekend just gone', () => {
    expect(pairs('Les coureurs se sont rendus ce week-end à Annecy.', 'fr', '2026-02-17')).toEqual([['ce week-end', '2026-W07-WE']])
  })
})

describe('news conventions (TimeML)', () => {
  it('leaves the preposition "vers" out of a clock time, as "à"', () => {
    expect(pairs('Il est arrivé vers 18 h, place de la gare.', 'fr', '2003-02-22')).toEqual([['18 h', '2003-02-22T18:00']])
  })
  it('joins a clock time and the day written right after it', () => {
    expect(pairs('Les faits ont eu lieu entre 1 h et 3 h lundi.', 'fr', '2003-02-22')).toEqual([['1 h', '2003-02-17T01:00'], ['3 h lundi', '2003-02-17T03:00']])
  })
  it('reads "aujourd\'hui" set off by commas as the present, not the day', () => {
    expect(pairs("Aujourd'hui, la ville a changé.", 'fr', '2003-02-22')).toEqual([["Aujourd'hui", 'PRESENT_REF']])
    expect(pairs("Le festival a connu des hauts et, aujourd'hui, des bas.", 'fr', '2003-02-22')).toEqual([["aujourd'hui", 'PRESENT_REF']])
    expect(pairs("Le ministre se rend aujourd'hui à Lyon.", 'fr', '2003-02-22')).toEqual([["aujourd'hui", '2003-02-22']])
  })
  it('takes the first number of a range of durations that names its unit once', () => {
    expect(pairs('Le procureur a requis de 6 à 18 mois de prison.')).toEqual([['6', 'P6M'], ['18 mois', 'P18M']])
    expect(pairs('Le tournage a duré deux ou trois semaines.')).toEqual([['deux', 'P2W'], ['trois semaines', 'P3W']])
  })
  it('reads no duration in an age group or in timetable hours', () => {
    expect(pairs('Les moins de 15 ans ont gagné.')).toEqual([])
    expect(pairs('Des ateliers en dehors des heures scolaires.')).toEqual([])
  })
  it('reads a year after a noun that it dates', () => {
    expect(pairs("Le bilan 2001 de l'association est bon.")).toEqual([['2001', '2001']])
  })
  it('gives a month the year its sentence wrote out just before', () => {
    expect(pairs('Deux pannes en 97 (en janvier, puis en octobre), aucune en 98.', 'fr', '1999-07-29')).toEqual([
      ['97', '1997'], ['janvier', '1997-01'], ['octobre', '1997-10'], ['98', '1998'],
    ])
    expect(pairs('Son album de 2018 est sorti en mai.', 'fr', '2019-07-29')).toEqual([['2018', '2018'], ['mai', '2019-05']])
  })
})

describe('tense of the clause', () => {
  // 2025-03-11 is a Tuesday
  it('points a weekday ahead after "ahead of", "before", "avant"', () => {
    expect(pairs('Ahead of the premiere on Friday, the director talked to us.', 'en', '2025-03-11')).toEqual([['Friday', '2025-03-14']])
    expect(pairs('Before the prize is handed out on Saturday, I hope to see two films.', 'en', '2025-03-11')).toEqual([['Saturday', '2025-03-15']])
  })
  it('reads the present of the weekday\'s own clause as what is coming, the past as gone', () => {
    expect(pairs("Quoi qu'il arrive samedi, le film a déjà trouvé son public.", 'fr', '2025-03-11')).toEqual([['samedi', '2025-03-15']])
    expect(pairs('Le film bénéficie des vacances qui débutent samedi.', 'fr', '2025-03-11')).toEqual([['samedi', '2025-03-15']])
    expect(pairs('Nous avons ouvert vendredi.', 'fr', '2025-03-11')).toEqual([['vendredi', '2025-03-07']])
    expect(pairs("Elle s'est éteinte jeudi à Lyon.", 'fr', '2025-03-11')).toEqual([['jeudi', '2025-03-06']])
    expect(pairs("L'appel, lancé vendredi par le syndicat, qui s'oppose au projet.", 'fr', '2025-03-11')).toEqual([['vendredi', '2025-03-07']])
  })
  it('does not take the present of another clause', () => {
    expect(pairs('Les conduites, qui datent du siècle dernier, ont lâché deux fois : en mai et mardi soir.', 'fr', '2025-03-13')[1]).toEqual(['mardi soir', '2025-03-11'])
  })
  it('reads a month alone in a present clause as the coming one', () => {
    expect(pairs('We start in October, in the cold.', 'en', '2025-03-11')).toEqual([['October', '2025-10']])
    expect(pairs('The film was shot in October.', 'en', '2025-03-11')).toEqual([['October', '2024-10']])
  })
  it('reads "est"/"sont" before an adverb or an adjective as the present, not a past participle', () => {
    expect(pairs('Les deux pilotes sont désormais deuxièmes et visent la victoire dimanche.', 'fr', '2025-03-11')).toEqual([['désormais', 'PRESENT_REF'], ['dimanche', '2025-03-16']])
    expect(pairs("L'affiche est unique et le film sort mercredi.", 'fr', '2025-03-11')).toEqual([['mercredi', '2025-03-12']])
    expect(pairs('Le film est sorti mercredi.', 'fr', '2025-03-11')).toEqual([['mercredi', '2025-03-05']])
  })
  it('reads "avoir" before a noun ("a lieu", "ont besoin") as the present, not a passé composé', () => {
    expect(pairs('La séance a lieu le 15 juin sur la place.', 'fr', '2025-06-10')).toEqual([['15 juin', '2025-06-15']])
    expect(pairs('La séance a eu lieu le 15 juin sur la place.', 'fr', '2025-06-10')).toEqual([['15 juin', '2024-06-15']])
  })
  it('reads the main verb after a relative or participial clause, not the clause\'s tense', () => {
    expect(pairs('Le film, qui a été présenté à Cannes, sort mercredi.', 'fr', '2025-03-11')).toEqual([['mercredi', '2025-03-12']])
    expect(pairs('The film, which premiered at Cannes, opens on Friday.', 'en', '2025-03-11')).toEqual([['Friday', '2025-03-14']])
    expect(pairs('The documentary, shot in Norway, screens on Sunday.', 'en', '2025-03-11')).toEqual([['Sunday', '2025-03-16']])
    expect(pairs('Le film, qui a été présenté à Cannes, a fait un triomphe samedi.', 'fr', '2025-03-11')).toEqual([['samedi', '2025-03-08']])
  })
  it('reads a participial clause as past and the last of two joined verbs as its own tense', () => {
    expect(pairs('Le film, sorti le 3 mai, sera diffusé sur une chaîne publique.', 'fr', '2025-03-11')).toEqual([['3 mai', '2024-05-03']])
    expect(pairs('The film premiered at the festival and opens on Friday.', 'en', '2025-03-11')).toEqual([['Friday', '2025-03-14']])
    expect(pairs('Le film a été salué par la critique et sort vendredi.', 'fr', '2025-03-11')).toEqual([['vendredi', '2025-03-14']])
    expect(pairs('La liste des dégâts et exactions commis vendredi ressemble à une litanie.', 'fr', '2025-03-11')[0]).toEqual(['vendredi', '2025-03-07'])
  })
  it('reads a release verb in the present as what is coming, not a noun', () => {
    expect(pairs('Le film sort mercredi.', 'fr', '2025-03-11')).toEqual([['mercredi', '2025-03-12']])
    expect(pairs('The film opens Friday.', 'en', '2025-03-11')).toEqual([['Friday', '2025-03-14']])
    expect(pairs('Le sort du film a été scellé jeudi.', 'fr', '2025-03-11')).toEqual([['jeudi', '2025-03-06']])
  })
  it('reads a day and month without year in a past sentence as the last one, in a future one as the coming one', () => {
    expect(pairs('La défense a contesté le récit du drame survenu à Lyon, le 21 juin.', 'fr', '2025-05-27')).toEqual([['21 juin', '2024-06-21']])
    expect(pairs('The director was arrested in Rome on June 21.', 'en', '2025-05-27')).toEqual([['June 21', '2024-06-21']])
    expect(pairs('Le film sortira le 12 janvier.', 'fr', '2025-06-27')).toEqual([['12 janvier', '2026-01-12']])
    expect(pairs('Le film sort le 12 juin.', 'fr', '2025-05-27')).toEqual([['12 juin', '2025-06-12']])
  })
  it('keeps the nearest day and month for a schedule in a past sentence', () => {
    expect(pairs('La sortie a été repoussée au 12 juin.', 'fr', '2025-05-27')).toEqual([['12 juin', '2025-06-12']])
    expect(pairs('Le film a été sélectionné à La Rochelle (du 28 juin au 7 juillet).', 'fr', '2025-05-27')).toEqual([['28 juin au 7 juillet', '2025-06-28/2025-07-07']])
    expect(pairs('Le ministre a donné jusqu\'au 30 juin aux syndicats.', 'fr', '2025-05-27')).toEqual([['30 juin', '2025-06-30']])
    expect(pairs('The studio announced that the film was moved to July 10.', 'en', '2025-05-27')).toEqual([['July 10', '2025-07-10']])
    expect(pairs('Oppenheimer opens on 21 July; critics have already decided.', 'en', '2025-07-19')).toEqual([['21 July', '2025-07-21']])
  })
  it('reads a weekday in a verbless headline or announcement line as the coming one', () => {
    // 2025-03-09 is a Sunday
    expect(pairs('Un concert de jazz à Besançon mardi\n\nLe saxophoniste a grandi à Kinston.', 'fr', '2025-03-09')[0]).toEqual(['mardi', '2025-03-11'])
    expect(pairs('Tonight: a double bill at the Odeon, Friday.', 'en', '2025-03-09')[1]).toEqual(['Friday', '2025-03-14'])
    expect(pairs('Vers 0 h 40, jeudi, un accident.', 'fr', '2025-03-09')[1]).toEqual(['jeudi', '2025-03-06'])
  })
  it('reads a capital "la zone A" as no past auxiliary', () => {
    expect(pairs('Les vacances qui débutent samedi dans la zone A.', 'fr', '2025-03-11')).toEqual([['samedi', '2025-03-15']])
  })
})

describe('full dates and ranges with weekdays', () => {
  it('reads "ce mercredi 23 août" as the full date from the weekday on', () => {
    expect(pairs('Le film sort ce mercredi 23 août 2023.')).toEqual([['mercredi 23 août 2023', '2023-08-23']])
  })
  it('reads a range whose opening day has its weekday', () => {
    expect(pairs('Le festival se tiendra du jeudi 16 au dimanche 19 octobre 2025.')).toEqual([['jeudi 16 au dimanche 19 octobre 2025', '2025-10-16/2025-10-19']])
  })
  it('does not read a weekday inside a title', () => {
    expect(pairs('Son court Les Loups du dimanche a été primé.', 'fr', '2025-03-11')).toEqual([])
  })
})

describe('seasons after a demonstrative', () => {
  it('reads a title-case "This Spring" and points it ahead when the season is over', () => {
    expect(pairs('Cameras Roll In Spain This Spring', 'en', '2024-10-08')).toEqual([['This Spring', '2025-SP']])
    expect(pairs('This spring was the wettest on record.', 'en', '2024-10-08')).toEqual([['This spring', '2024-SP']])
  })
  it('does not read "vacances d\'hiver" as a date', () => {
    expect(pairs("Les vacances d'hiver commencent.", 'fr', '2026-02-04')).toEqual([])
  })
})

describe('running times', () => {
  it('reads hours and minutes alone at the end of a credits paragraph as a duration', () => {
    expect(pairs('Avec Jeanne Roux, Paul Marty. 2 h 31.', 'fr', '2023-08-23')).toEqual([['2 h 31', 'PT2H31M']])
    expect(pairs('Le train part à 2 h 31.', 'fr', '2023-08-23')).toEqual([['2 h 31', '2023-08-23T02:31']])
  })
})

describe('unseen-text conventions (round 7)', () => {
  it('takes the year in which a written weekday falls on the day', () => {
    // 6 November 2025 is a Thursday; the past verb alone would have said 2024
    expect(pairs('Thursday 6 November: the film won a prize.', 'en', '2025-10-20')).toEqual([['Thursday 6 November', '2025-11-06']])
    expect(pairs('Le tournage a été annoncé pour le lundi 29 septembre.', 'fr', '2025-09-15')).toEqual([['lundi 29 septembre', '2025-09-29']])
  })
  it('joins an English day and the clock time after it into one time', () => {
    expect(pairs('Screening: Saturday 1 November, 8pm, in Screen 2.', 'en', '2025-10-20')).toEqual([['Saturday 1 November, 8pm', '2025-11-01T20:00']])
    expect(pairs('The talk is on Friday 14 November at 9pm.', 'en', '2025-10-20')).toEqual([['Friday 14 November at 9pm', '2025-11-14T21:00']])
    expect(one('Doors open Thursday 6 November, 7.30pm.', 'en', '2025-10-20')).toMatchObject({type: 'TIME', value: '2025-11-06T19:30'})
    // French keeps them apart (French TimeBank)
    expect(pairs('La séance aura lieu le samedi 5 juin à 17 h.', 'fr', '2021-05-20')).toEqual([['samedi 5 juin', '2021-06-05'], ['17 h', '2021-06-05T17:00']])
  })
  it('reads "7.30pm" as a clock time but not a decimal number', () => {
    expect(pairs('It grew 7.30 per cent.', 'en', '2025-10-20')).toEqual([])
  })
  it('places a month with no tense nearest to the document date', () => {
    expect(pairs('Also in November: two premieres.', 'en', '2025-10-20')).toEqual([['November', '2025-11']])
    expect(pairs('Le film sortira en février.', 'fr', '2025-11-05')).toEqual([['février', '2026-02']])
    expect(pairs('Le film est sorti en novembre.', 'fr', '2025-10-20')).toEqual([['novembre', '2024-11']])
  })
  it('counts "last year" and "last March" in an undated text from the latest date it writes', () => {
    const text = 'She scored her first film in 2012. Last year she recorded a score over three days last March. When we meet, in February 2025, she is busy.'
    const found = pairs(text, 'en')
    expect(found).toContainEqual(['Last year', '2024'])
    expect(found).toContainEqual(['last March', '2024-03'])
  })
  it('counts "the following December", "that summer", "l\'été suivant" from the last date of the text', () => {
    expect(pairs('It premiered in February 2016 and opened the following December.', 'en')).toEqual([['February 2016', '2016-02'], ['the following December', '2016-12']])
    expect(pairs('The film came out in 1975. That summer, nobody swam.', 'en')).toEqual([['1975', '1975'], ['That summer', '1975-SU']])
    expect(pairs("Le film est sorti en mars 2010 ; l'été suivant, il est parti.", 'fr')).toEqual([['mars 2010', '2010-03'], ["l'été suivant", '2010-SU']])
    expect(pairs('Tourné en 2003, cet été-là, le film a coûté cher.', 'fr')).toEqual([['2003', '2003'], ['cet été-là', '2003-SU']])
    expect(pairs('That may be true.', 'en', '2025-01-01')).toEqual([])
  })
  it('counts "since the autumn" as the last autumn begun by the document date', () => {
    expect(pairs('She had been ill since the autumn.', 'en', '2025-03-03')).toEqual([['the autumn', '2024-FA']])
  })
  it('reads a weekday of a lead-dated story as the nearest such day', () => {
    const text = 'Obituary of a director\nThe director died on 3 March 2025 in a hospice. She was 83.\nIn a statement on Tuesday, the institute said she had changed the form.'
    expect(pairs(text, 'en')).toContainEqual(['Tuesday', '2025-03-04'])
  })
  it('reads "ce jeudi" as this week\'s, the coming one unless the sentence looks back', () => {
    expect(pairs("Ce jeudi, elle est à l'affiche d'un premier film, où elle incarne une femme qu'on croyait perdue.", 'fr', '2025-11-05')).toEqual([['Ce jeudi', '2025-11-06']])
    expect(pairs('Ce lundi, le jury a rendu son verdict.', 'fr', '2025-11-05')).toEqual([['Ce lundi', '2025-11-03']])
  })
  it('reads "il aura fallu" as looking back', () => {
    expect(pairs('Il aura fallu attendre dimanche soir pour que tout change.', 'fr', '2024-03-12')).toEqual([['dimanche soir', '2024-03-10']])
  })
  it('does not take a fraction or an event for a time', () => {
    expect(pairs('IMAX screens brought in nearly a quarter of its gross.', 'en', '2023-07-23')).toEqual([])
    expect(pairs('Le 24 février, le film a été le favori de la soirée.', 'fr', '2023-02-25')).toEqual([['24 février', '2023-02-24']])
    expect(pairs("Le 28 août, la soirée d'ouverture sera consacrée à un classique.", 'fr', '2024-08-01')).toEqual([['28 août', '2024-08-28']])
    expect(pairs('Le 24 mars, il a plu au cours de la nuit.', 'fr', '2024-04-01')).toEqual([['24 mars', '2024-03-24'], ['la nuit', '2024-03-24TNI']])
  })
})

describe('durations in two units and vague spans', () => {
  it('joins a count of hours and of minutes, of years and of months, into one duration', () => {
    expect(pairs('The new cut runs 2 hours 10 minutes.', 'en')).toEqual([['2 hours 10 minutes', 'PT2H10M']])
    expect(pairs('It lasted three hours and five minutes.', 'en')).toEqual([['three hours and five minutes', 'PT3H5M']])
    expect(pairs('Il a attendu deux ans et six mois.')).toEqual([['deux ans et six mois', 'P2Y6M']])
  })
  it('reads hours and minutes as a running time after a word of length or before "de"', () => {
    expect(pairs('Le film dure 1 h 38.')).toEqual([['1 h 38', 'PT1H38M']])
    expect(pairs("Une durée annoncée d'environ 1 h 50, et une sortie en mai.")[0]).toEqual(['1 h 50', 'PT1H50M'])
    expect(pairs("Le montage final : 3 h 05 d'une ville la nuit.")[0]).toEqual(['3 h 05', 'PT3H5M'])
  })
  it('keeps a clock time after a preposition of the clock', () => {
    expect(dates('La projection dure jusqu\'à 23 h 15.', 'fr', '2025-05-02').map((d) => d.type)).toEqual(['TIME'])
  })
  it('reads a bare plural unit after "for", "within", "spent" as a duration of unknown length', () => {
    expect(pairs('She had waited for years to shoot it.', 'en')).toEqual([['years', 'PXY']])
    expect(pairs('The two books came out within months of each other.', 'en')).toEqual([['months', 'PXM']])
    expect(pairs('He spent weeks in the archive.', 'en')).toEqual([['weeks', 'PXW']])
    expect(pairs('Years later she came back.', 'en')).toEqual([])
  })
  it('reads hundreds, dozens of a unit as an unknown quantity', () => {
    expect(pairs('They shot hundreds of hours of footage.', 'en')).toEqual([['hundreds of hours', 'PTXH']])
    expect(pairs("Ils ont tourné des centaines d'heures de rushes.")).toEqual([["des centaines d'heures", 'PTXH']])
  })
})

describe('parts of the day, titles, settings', () => {
  it('keeps a bare part of the day only in a told, past event', () => {
    expect(pairs('Le 3 mai 2024, ils sont arrivés à Lyon ; la nuit, ils ont dormi au port.')).toEqual([['3 mai 2024', '2024-05-03'], ['la nuit', '2024-05-03TNI']])
    expect(pairs('Le 3 mai 2024, le film sort. Le soir, je sais déjà si on tournera.')).toEqual([['3 mai 2024', '2024-05-03']])
  })
  it('reads nothing inside the name of a work', () => {
    const source = 'Il joue dans Un singe en hiver (1962), puis en 1964 dans un autre film.'
    const view = textView(source, {language: 'fr'})
    const start = source.indexOf('Un singe')
    const found = extractDates(view, [{start, end: start + 'Un singe en hiver'.length}]).map((d) => d.text)
    expect(found).toEqual(['1962', '1964'])
  })
  it('reads a year set after a place and a comma as the setting of a story', () => {
    expect(pairs('Bretagne, 1770. Une peintre arrive sur une île.')).toEqual([['1770', '1770']])
  })
  it('reads a season announced for later as the coming one', () => {
    expect(pairs('Sortie annoncée pour le printemps.', 'fr', '2025-11-02')).toEqual([['le printemps', '2026-SP']])
  })
  it('reads "over the weekend" as the weekend the news tells of', () => {
    expect(pairs('The film led the box office over the weekend.', 'en', '2025-10-20')).toEqual([['the weekend', '2025-W42-WE']])
  })
  it('reads an English month opening a heading, not a first name', () => {
    expect(pairs('November at the Odeon\n\nThe programme is out.', 'en', '2025-10-20')).toEqual([['November', '2025-11']])
    expect(pairs('June Carter sang in Paris.', 'en', '2025-10-20')).toEqual([])
  })
  it('reads a release verb after a name ending like an article as a verb', () => {
    expect(pairs("Le film d'Emma arrive mercredi en salles.", 'fr', '2019-09-17')).toEqual([['mercredi', '2019-09-18']])
  })
})

describe('listed decades and announcements', () => {
  it('reads the round numbers listed after "les années N" as decades', () => {
    expect(pairs('Dans les années 1960 et 1970, elle tourne beaucoup.')).toEqual([['les années 1960', '196X'], ['1970', '197X']])
    expect(pairs('Pendant les années 50, 60 et 70, rien ne change.')).toEqual([['les années 50', '195X'], ['60', '196X'], ['70', '197X']])
    expect(pairs('Les films de 1960 et 1970 sont restaurés.')).toEqual([['1960', '1960'], ['1970', '1970']])
  })
  it('reads "rendez-vous" as an announcement only when no determiner makes it a noun', () => {
    expect(pairs('Rendez-vous samedi au cinéma.', 'fr', '2025-10-08')).toEqual([['samedi', '2025-10-11']])
    expect(pairs("Salle comble, samedi, pour l'un des rendez-vous les plus courus.", 'fr', '2025-10-12')).toEqual([['samedi', '2025-10-11']])
  })
})

describe('ranges of days, ends of periods, lengths of works', () => {
  it('reads two days of one month after "from", "between" with their closing word', () => {
    expect(pairs('The festival runs from June 12 to 18.', 'en', '2025-06-01')).toEqual([['June 12 to 18', '2025-06-12/2025-06-18']])
    expect(pairs('Screenings take place between May 3 and 5, 2026.', 'en', '2025-06-01')).toEqual([['May 3 and 5, 2026', '2026-05-03/2026-05-05']])
    expect(pairs('It ran from June 12 to 18 people a night.', 'en', '2025-06-01').map(([t]) => t)).toEqual(['June 12'])
  })
  it('reads "the end of the year", "fin du mois", "au milieu des années 1990" with the year, month or decade', () => {
    expect(pairs('The film opens at the end of the year.', 'en', '2025-06-10')).toEqual([['the end of the year', '2025']])
    expect(pairs('Le tournage reprend à la fin du mois.', 'fr', '2025-06-10')).toEqual([['la fin du mois', '2025-06']])
    expect(pairs('Le film sortira en fin d\'année.', 'fr', '2025-06-10')).toEqual([["fin d'année", '2025']])
    expect(pairs('Au milieu des années 1990, elle part.')).toEqual([['milieu des années 1990', '199X']])
    expect(pairs('by the end of the decade', 'en', '2025-06-10')).toEqual([['the end of the decade', '202X']])
  })
  it('does not read a kind of thing ("une fête de fin d\'année") or an event ("the end of the shoot") as a date', () => {
    expect(pairs("C'était une fête de fin d'année.", 'fr', '2025-06-10')).toEqual([])
    expect(pairs('At the start of the shoot, nobody knew.', 'en', '2025-06-10')).toEqual([])
  })
  it('reads hours and minutes after "un film de" as the length of the work, not an hour', () => {
    expect(pairs('Un documentaire de 1 h 40 sur la mer.', 'fr', '2025-06-10')).toEqual([['1 h 40', 'PT1H40M']])
    expect(pairs('La séance de 20 h 30 est complète.', 'fr', '2025-06-10')).toEqual([['20 h 30', '2025-06-10T20:30']])
  })
})

describe('days counted from an undated event (English)', () => {
  it('leaves "the day after the ceremony", "the year after his death" without value', () => {
    expect(pairs('On June 3 they met; the day after the ceremony she left.', 'en', '2025-06-10')).toEqual([['June 3', '2025-06-03'], ['the day after', null]])
    expect(pairs('In 2019 he won; the year after his death, a retrospective opened.', 'en')).toEqual([['2019', '2019'], ['the year after', null]])
  })
  it('still counts "the day after" alone from the last date', () => {
    expect(pairs('On June 3 they met; the day after, she left.', 'en', '2025-06-10')).toEqual([['June 3', '2025-06-03'], ['the day after', '2025-06-04']])
  })
})

describe('counted recent periods (French)', () => {
  it('reads "ces deux dernières années", "les trois prochaines semaines" as durations, not the last years of a life', () => {
    expect(pairs('Ces dix dernières années, elle a tourné partout.', 'fr', '2025-06-10')).toEqual([['Ces dix dernières années', 'P10Y']])
    expect(pairs('Les trois prochaines semaines seront chargées.', 'fr', '2025-06-10')).toEqual([['Les trois prochaines semaines', 'P3W']])
    expect(pairs('Les trois dernières années de sa vie furent calmes.', 'fr', '2025-06-10')).toEqual([])
  })
})

describe('programme entries and credits', () => {
  it('reads hours and minutes closing a parenthesis of credits as a running time', () => {
    expect(pairs('Le Phare, de Jean Dupont (Belgique, 2024, 1 h 42), avec Ana Ruiz.')).toEqual([['2024', '2024'], ['1 h 42', 'PT1H42M']])
    expect(pairs('La Baie, de Marc Noël (Canada, 1 h 36), en clôture.')).toEqual([['1 h 36', 'PT1H36M']])
  })
  it('keeps a clock time after a day in parentheses', () => {
    expect(dates('La reprise (mardi, 20 h 30) affiche complet.', 'fr', '2025-03-03').map((d) => [d.text, d.type])).toEqual([['mardi', 'DATE'], ['20 h 30', 'TIME']])
  })
  it('joins a French calendar date and the hour after its comma ("samedi 14 juin, 20 h 30"), not a weekday alone', () => {
    expect(pairs('Projection samedi 14 juin, 20 h 30, au cinéma Le Rex.', 'fr', '2025-06-01')).toEqual([['samedi 14 juin, 20 h 30', '2025-06-14T20:30']])
    expect(pairs('La reprise, mardi, 20 h 30, affiche complet.', 'fr', '2025-03-03').map(([text]) => text)).toEqual(['mardi', '20 h 30'])
  })
  it('joins the day and the hour of a French programme entry, not of a day inside a clause', () => {
    expect(pairs('Au programme :\n- Le Phare — mardi 7 octobre à 20 h 30\n- La Baie — mercredi 8 octobre à 18 h\n', 'fr', '2025-09-20')).toEqual([
      ['mardi 7 octobre à 20 h 30', '2025-10-07T20:30'], ['mercredi 8 octobre à 18 h', '2025-10-08T18:00'],
    ])
    expect(pairs('Ouverture avec Le Phare. Vendredi 3 octobre à 21 h, salle Lumière.', 'fr', '2025-09-20')).toEqual([['Vendredi 3 octobre à 21 h', '2025-10-03T21:00']])
    expect(pairs('Ils se marient à la mairie, samedi 4 octobre à 15 h, devant leurs proches.', 'fr', '2025-09-20')).toEqual([
      ['samedi 4 octobre', '2025-10-04'], ['15 h', '2025-10-04T15:00'],
    ])
  })
})

describe('the year and direction of a day without year', () => {
  it('reads a weekday after "à partir de", "dès" as the coming one', () => {
    expect(pairs('La chaîne diffuse la série à partir de lundi.', 'fr', '2025-10-02')).toEqual([['lundi', '2025-10-06']])
    expect(pairs('Le film est en salles dès mercredi.', 'fr', '2025-10-02')).toEqual([['mercredi', '2025-10-08']])
    expect(pairs('The series streams starting Monday.', 'en', '2025-10-02')).toEqual([['Monday', '2025-10-06']])
  })
  it('dates a day and month in the year of a full date earlier in the same past sentence', () => {
    expect(pairs('It premiered in Venice on 2 September 2019 and was released in Italy on October 3.', 'en', '2024-06-01')).toEqual([
      ['2 September 2019', '2019-09-02'], ['October 3', '2019-10-03'],
    ])
    expect(pairs('Sorti le 3 mai 2019, le film ressort le 12 juin.', 'fr', '2025-01-10')).toEqual([['3 mai 2019', '2019-05-03'], ['12 juin', '2025-06-12']])
  })
})

describe('half a unit without the article', () => {
  it('reads "half hour", "half-hour" as half of the unit', () => {
    expect(pairs("The film's final half hour drags; a half-hour cut would help.", 'en')).toEqual([['half hour', 'PT30M'], ['half-hour', 'PT30M']])
  })
})

describe('the day a count of days starts from', () => {
  it('skips a date in a relative clause once the narrative has reached a day', () => {
    expect(pairs('Dimanche 12 octobre 2025, soirée autour du roman, qui paraîtra le 5 janvier. Les invités repartiront le lendemain.')).toEqual([
      ['Dimanche 12 octobre 2025', '2025-10-12'], ['5 janvier', '2026-01-05'], ['le lendemain', '2025-10-13'],
    ])
    expect(pairs('On 4 March 2024 she met the producer, who would fly home on 20 June. The next day they signed.', 'en')).toEqual([
      ['4 March 2024', '2024-03-04'], ['20 June', '2024-06-20'], ['The next day', '2024-03-05'],
    ])
  })
  it('keeps a date in a relative clause as the reference when nothing before dates a day', () => {
    expect(pairs('Son film, qui sort le 3 mai 2024, est déjà vendu ; le lendemain, il part.')).toEqual([
      ['3 mai 2024', '2024-05-03'], ['le lendemain', '2024-05-04'],
    ])
  })
})

describe('years tagging a name, units naming a period', () => {
  it('reads the year of a reference work\'s tag after a name', () => {
    expect(pairs('Solaris (1972 film) is not the novel.', 'en')).toEqual([['1972', '1972']])
    expect(pairs('See Emma (1996 TV series) for the other one.', 'en')).toEqual([['1996', '1996']])
  })
  it('leaves a count in brackets after a common noun alone', () => {
    expect(pairs('Une foule (2000 manifestants) attendait.')).toEqual([])
  })
  it('does not read a unit complementing a noun as a length', () => {
    expect(pairs('It was the best thriller of its decade.', 'en')).toEqual([])
    expect(pairs('Le bilan du septennat reste discuté.')).toEqual([])
    expect(pairs('She spent a decade in Rome.', 'en')).toEqual([['a decade', 'P10Y']])
  })
})

describe('a bare weekday and the same day written out', () => {
  it('takes the day the text writes in full after a tenseless participle', () => {
    expect(pairs('Le documentaire, projeté jeudi en avant-première au Rex. Séance : jeudi 9 octobre à 20 h.', 'fr', '2025-10-07')).toEqual([
      ['jeudi', '2025-10-09'], ['jeudi 9 octobre', '2025-10-09'], ['20 h', '2025-10-09T20:00'],
    ])
  })
  it('keeps a finite past', () => {
    expect(pairs('Le film a été projeté jeudi au Rex. Séance : jeudi 9 octobre à 20 h.', 'fr', '2025-10-07')).toEqual([
      ['jeudi', '2025-10-02'], ['jeudi 9 octobre', '2025-10-09'], ['20 h', '2025-10-09T20:00'],
    ])
  })
})
