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
    const found = run('Je remercie Mme Ravellon pour son rapport.', 'fr')
    expect(found.map((e) => [e.type, e.name])).toEqual([['Person', 'Ravellon']])
  })
})

describe('ids', () => {
  it('slugs names to lower-case ASCII', () => {
    expect(slug('Musée de l’Œuvre d’Art')).toBe('musee-de-l-oeuvre-d-art')
    expect(slug('Lin MeiHua : Sans Regret')).toBe('lin-meihua-sans-regret')
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

describe('titles without quotation marks', () => {
  it('extends a French title over its lower-case words when an apposition names it a film', () => {
    const found = run('Un film domine la compétition : Le Vent tranquille, deuxième long métrage de Paul Roux.', 'fr')
    expect(found.map((e) => [e.type, e.name])).toContainEqual(['Movie', 'Le Vent tranquille'])
    expect(found.find((e) => e.name === 'Le Vent tranquille' && e.type === 'Person')).toBeUndefined()
  })

  it('reads acting and release cues, and finds the title again later', () => {
    const found = run('Le comédien, révélé par Les Jours de pluie, sorti en 2019, tourne à Lyon. Les Jours de pluie avait surpris.', 'fr')
    const film = found.find((e) => e.name === 'Les Jours de pluie')
    expect(film?.type).toBe('Movie')
    expect(film?.mentions).toHaveLength(2)
  })

  it('takes a year in brackets and Markdown italics as signs of a work, not of a person', () => {
    const found = run('She was cast in Silver Harbour (2019), then in *The Long Night*.', 'en')
    // (the italic title is a film too: "cast" stands within ten words of it, work-kinds.ts)
    expect(found.map((e) => [e.type, e.name])).toEqual([['Movie', 'Silver Harbour'], ['Movie', 'The Long Night']])
    // ("Marin X, the film's producer": a possessive work noun in the apposition makes no title of the name)
    const producer = run('“Nobody wanted it,” says Marin Kessler, the film’s producer.', 'en')
    expect(producer.map((e) => [e.type, e.name])).toEqual([['Person', 'Marin Kessler']])
    const italic = run('She was reading *The Long Night* on the train.', 'en')
    expect(italic.map((e) => [e.type, e.name])).toEqual([['CreativeWork', 'The Long Night']])
  })
})

describe('organisations and places from cues', () => {
  it('types companies, channels and newspapers by their cue or head word', () => {
    const found = run('Produit pour Les Films de la Colline et distribué par Lumina, le film passera sur la chaîne Nordia. Elle confiait au Figaro son espoir.', 'fr')
    const types = Object.fromEntries(found.map((e) => [e.name, e.type]))
    expect(types).toMatchObject({'Les Films de la Colline': 'Organization', Lumina: 'Organization', Nordia: 'Organization', Figaro: 'Organization'})
  })

  it('reads "<noun> de X" and French compound names as places', () => {
    const found = run('Il a grandi dans un garage de Valmont, puis en Haute-Marne.', 'fr')
    expect(found.map((e) => [e.type, e.name])).toEqual([['Place', 'Valmont'], ['Place', 'Haute-Marne']])
  })

  it('reads a head noun after a bare "de" as a complement, not the start of a name ("son partenaire de théâtre X")', () => {
    const found = run('Son partenaire de théâtre Mathieu Orsini salue un homme généreux.', 'fr')
    expect(found.map((e) => [e.type, e.name])).toEqual([['Person', 'Mathieu Orsini']])
  })

  it('reads an upper-case dateline as a place and an upper-case heading as nothing', () => {
    const found = run('AUTORISATION DE MISE SUR LE MARCHE\nLYON — Le festival ouvre ses portes.', 'fr')
    expect(found.map((e) => [e.type, e.name])).toEqual([['Place', 'LYON']])
  })
})

describe('person evidence', () => {
  it('gives no person to capitalised common words or to a name opened by an article', () => {
    const found = run('The Silver Lantern won the Best Editing prize at the gala.', 'en')
    expect(found.filter((e) => e.type === 'Person')).toEqual([])
  })

  it('leaves honorifics and role words out of names', () => {
    const found = run('Doña Elena Varga harvests salt. Engineer John Marlow said so.', 'en')
    expect(found.map((e) => e.name)).toEqual(['Elena Varga', 'John Marlow'])
  })

  it('joins a particle surname to the full name said before', () => {
    const found = run('The director Aoife Ní Chonaill shot it in Galway. Later, Ní Chonaill said it was cold.', 'en')
    const person = found.find((e) => e.type === 'Person') as Entity
    expect(person.name).toBe('Aoife Ní Chonaill')
    expect(person.mentions.map((m) => m.text)).toContain('Ní Chonaill')
    expect(found.filter((e) => e.type === 'Person')).toHaveLength(1)
  })
})

describe('organisations, events and places (third pass)', () => {
  const typeOf = (found: Entity[], text: string): string | undefined => found.find((e) => e.mentions.some((m) => m.text === text))?.type

  it('reads a company noun used as a role as an organisation', () => {
    const found = run('Critics cite the painter Ada Morrow. The distributor Lumavox plans a release in the summer.', 'en')
    expect(typeOf(found, 'Lumavox')).toBe('Organization')
    // and the company noun is no role anaphor of the last person named
    const person = found.find((e) => e.type === 'Person') as Entity
    expect(person.roles.map((r) => r.role)).toEqual(['painter'])
    expect(person.mentions.map((m) => m.text)).toEqual(['Ada Morrow'])
  })

  it('gives no entity to a competition or section of a festival', () => {
    const found = run('The film premiered in the World Cinema Fiction Competition last week.', 'en')
    expect(found).toEqual([])
  })

  it('keeps a role stated with "by training" in an apposition', () => {
    const found = run('The director Jana Morava shot it. Morava, an environmentalist by training, lives in Brno.', 'en')
    expect(found.find((e) => e.name === 'Jana Morava')?.roles.map((r) => r.role)).toContain('environmentalist')
  })

  it('takes an acronym spelled out by the name of a body for an organisation, and a term for no name', () => {
    const found = run("Le comité des aides régionales (CARV) a rendu son avis sur l'angioplastie coronaire percutanée (ACPV).", 'fr')
    expect(typeOf(found, 'CARV')).toBe('Organization')
    expect(typeOf(found, 'ACPV')).toBeUndefined()
  })

  it('gives no organisation to common acronyms, capitalised common words and codes', () => {
    const found = run("Le PDG a relu la fiche. AUTRE MISE EN GARDE. Le taux de P2QX a baissé.", 'fr')
    expect(found.filter((e) => e.type === 'Organization')).toEqual([])
  })

  it('joins an acronym in brackets to the body or festival named before it, wherever it is repeated', () => {
    const found = run('It screened at the Harbourview International Film Festival (HIFF) in May. HIFF then sold out.', 'en')
    const festival = found.find((e) => e.type === 'Event') as Entity
    expect(festival.name).toBe('Harbourview International Film Festival')
    expect(festival.mentions.map((m) => [m.text, m.kind])).toContainEqual(['HIFF', 'alias'])
    expect(found.filter((e) => e.type === 'Organization')).toEqual([])
  })

  it('reads an acronym opening the name of a festival as that festival', () => {
    const found = run('Director pulls film from QRSX. The film left the QRSX Film & Music Festival after a dispute.', 'en')
    expect(found.filter((e) => e.type === 'Event')).toHaveLength(1)
    expect(typeOf(found, 'QRSX')).toBe('Event')
  })

  it('reads a festival after a screening phrase as an event', () => {
    const found = run('The documentary premiered at Docvale in April.', 'en')
    expect(typeOf(found, 'Docvale')).toBe('Event')
  })

  it('keeps the prize out of the mentions of its ceremony', () => {
    const found = run('Le film a reçu le Zénith du meilleur documentaire lors de la 12e cérémonie des Zénith.', 'fr')
    const ceremony = found.find((e) => e.type === 'Event') as Entity
    expect(ceremony.mentions).toHaveLength(1)
    expect(ceremony.mentions[0]?.start).toBeGreaterThan(40)
  })

  it('reads a country acting as subject in French as an organisation, as a place elsewhere', () => {
    const found = run('Les exportations vers la Norvège augmentent. Selon les experts, la Norvège a refusé le traité.', 'fr')
    expect(found.filter((e) => e.name === 'Norvège').map((e) => e.type).sort()).toEqual(['Organization', 'Place'])
  })

  it('reads a lower-case body with its complement as an organisation', () => {
    const found = run("Le rapport de la commission des affaires culturelles a été adopté. Le conseil municipal l'approuve.", 'fr')
    expect(found.map((e) => [e.name, e.type])).toEqual([['commission des affaires culturelles', 'Organization']])
  })
})

describe('people without a given name (third pass)', () => {
  const typeOf = (found: Entity[], text: string): string | undefined => found.find((e) => e.mentions.some((m) => m.text === text))?.type

  it('reads the name after an eponymous disease or a work noun as a person', () => {
    expect(typeOf(run('Les patients atteints de la maladie de Varnier reçoivent du calcium.', 'fr'), 'Varnier')).toBe('Person')
  })

  it('reads the name after a noun of kinship or fellowship, or after a human action "par", as a person', () => {
    expect(typeOf(run('Je félicite ma collègue Brandvold pour son rapport.', 'fr'), 'Brandvold')).toBe('Person')
    expect(typeOf(run('Elle devient peintre à son tour, encouragée par Varlemont.', 'fr'), 'Varlemont')).toBe('Person')
  })

  it('reads the maker named after a title as a person', () => {
    const source = 'Le jury retient Solmar, de Kadi Wane, pour sa force.'
    const found = run(source, 'fr')
    expect(typeOf(found, 'Kadi Wane')).toBe('Person')
    expect(typeOf(found, 'Solmar')).toBe('Movie')
  })

  it('keeps a possessive inside an unquoted title', () => {
    const found = run("Le jury aime aussi A Sailor's Dream, de Kim Ha-neul, pour sa légèreté.", 'fr')
    expect(found.find((e) => e.type === 'Movie')?.name).toBe("A Sailor's Dream")
  })

  it('takes a word the text capitalises inside sentences for a name when it opens a sentence', () => {
    const found = run('La réalisatrice Nino Kavtaradze tourne à Batoumi. Kavtaradzé, dont le nom est mal écrit, sourit.', 'fr')
    expect(found.find((e) => e.name === 'Nino Kavtaradze')?.mentions.map((m) => m.text)).toContain('Kavtaradzé')
  })
})

describe('fourth pass: collectives, slashes, appositions, land nouns', () => {
  const typeOf = (found: Entity[], name: string): string | undefined => found.find((e) => e.name === name)?.type

  it('types a name followed by a verb of a collective as an organisation', () => {
    const found = run('Velvet Sparrows formed in 1998 in a garage. The record sold well.', 'en')
    expect(typeOf(found, 'Velvet Sparrows')).toBe('Organization')
  })

  it('keeps a person with a given name even after a verb of a collective', () => {
    const found = run('Later that year, Maria Vostrand toured with a small orchestra.', 'en')
    expect(typeOf(found, 'Maria Vostrand')).toBe('Person')
  })

  it('reads "X a été fondée" as an organisation in French', () => {
    const found = run('Selon le rapport, Orvalis Conseil a été fondée par trois ingénieurs.', 'fr')
    expect(typeOf(found, 'Orvalis Conseil')).toBe('Organization')
  })

  it('joins two capitalised parts around a slash into one festival name', () => {
    const found = run('The film premiered at the Quillmere Doc/Fest in June.', 'en')
    expect(found.find((e) => e.type === 'Event')?.name).toBe('Quillmere Doc/Fest')
  })

  it('does not join acronyms around a slash', () => {
    const found = run('The study measured AND/OR gates in 2010.', 'en')
    expect(found.some((e) => e.name.includes('/'))).toBe(false)
  })

  it('gives an apposed role to the name after it, not to the name before it', () => {
    const found = run('He wrote for the newspaper Norvask Tidende. In Norvask Tidende, the critic Ana Belmiro called it a triumph.', 'en')
    expect(typeOf(found, 'Norvask Tidende')).toBe('Organization')
    expect(typeOf(found, 'Ana Belmiro')).toBe('Person')
  })

  it('reads a name before a noun of land as a place', () => {
    const found = run('Filming took place on the Verdane coast over three winters.', 'en')
    expect(typeOf(found, 'Verdane')).toBe('Place')
  })

  it('types a name ending in a military or company head noun as an organisation', () => {
    const found = run('The 12th Corvan Infantry marched north. Later, Dellmore Recordings issued the album.', 'en')
    expect(typeOf(found, 'Dellmore Recordings')).toBe('Organization')
  })

  it('reads an encyclopedic lead with a bracket before "is a … film" as a film title', () => {
    const found = run('Velmora Lanterns (Portuguese: Lanternas de Velmora) is a 2019 Portuguese-French documentary film directed by Ola Brandt.', 'en')
    expect(typeOf(found, 'Velmora Lanterns')).toBe('Movie')
  })

  it('reads the school a person graduated from as an organisation', () => {
    const found = run('La monteuse, passée par la Corvinière, y filme une gardienne de phare.', 'fr')
    expect(typeOf(found, 'Corvinière')).toBe('Organization')
  })

  it('reads a French acronym after an indefinite article as a common noun', () => {
    const found = run("Les patients qui vont subir une ICPX reçoivent un bolus. L'ICPX dure une heure.", 'fr')
    expect(found.some((e) => e.name === 'ICPX')).toBe(false)
  })

  it('shares the type along an enumeration that repeats its preposition', () => {
    const found = run("Les pompiers de Saint-Valbrune, d'Alkorville et de Dannelmont sont intervenus.", 'fr')
    expect(typeOf(found, 'Alkorville')).toBe('Place')
    expect(typeOf(found, 'Dannelmont')).toBe('Place')
  })
})


describe('places from the gazetteer and from head nouns', () => {
  it('knows historical countries and types a name ending in a place noun as a place', () => {
    const found = run('He moved from West Germany to Brittany and swam in Hollis Reservoir near Dunmore Mall.', 'en')
    const places = found.filter((e) => e.type === 'Place').map((e) => e.name)
    expect(places).toEqual(expect.arrayContaining(['West Germany', 'Brittany', 'Hollis Reservoir', 'Dunmore Mall']))
    expect(found.some((e) => e.type === 'Person')).toBe(false)
  })
})

describe('venues', () => {
  it('types a venue noun with proper names only as a place, even as a subject', () => {
    const fr = run('Le film est projeté au Centre Varbelin, à Lyon. Le Centre Varbelin a consacré une rétrospective au cinéaste.', 'fr')
    expect(fr.find((e) => e.name === 'Centre Varbelin')?.type).toBe('Place')
    const en = run('The film premiered at the Quarrow Lightbox in Toronto.', 'en')
    expect(en.find((e) => e.name === 'Quarrow Lightbox')?.type).toBe('Place')
  })

  it('takes the "de" complement of a cellar club into the place name', () => {
    const found = run('Le trio joue chaque soir au Caveau de la Brunière, près du port.', 'fr')
    expect(found.find((e) => e.type === 'Place')?.name).toBe('Caveau de la Brunière')
  })

  it('types a lower-case "salle" with its proper name as a place', () => {
    const found = run('Le concert a lieu dans la salle Jean-Castel, à Lyon.', 'fr')
    expect(found.find((e) => e.name === 'salle Jean-Castel')?.type).toBe('Place')
  })

  it('keeps a centre with a "de" complement an organisation', () => {
    const found = run('Le Centre national de la cartographie finance le projet.', 'fr')
    expect(found.find((e) => e.name.startsWith('Centre national'))?.type).toBe('Organization')
  })
})

describe('titles opening a sentence with a common word', () => {
  it('reads an encyclopedic lead "X est un film" as a film title', () => {
    const found = run('Brumes d’automne est un film documentaire belge sorti en 2019. Brumes d’automne reçoit un prix.', 'fr')
    const work = found.find((e) => e.type === 'Movie')
    expect(work?.name).toBe('Brumes d’automne')
    expect(work?.mentions).toHaveLength(2)
  })

  it('does not make a pronoun or an elided word a title', () => {
    const found = run('C’est un film étrange. Il est un documentaire sur la mer.', 'fr')
    expect(found.filter((e) => e.type === 'Movie')).toHaveLength(0)
  })
})

describe('general lists', () => {
  it('knows French départements and préfectures as places', () => {
    const found = run('Elle a grandi dans le Morbihan puis à Quimper.', 'fr')
    expect(found.map((e) => [e.name, e.type])).toEqual(expect.arrayContaining([['Morbihan', 'Place'], ['Quimper', 'Place']]))
  })

  it('does not take a common-noun acronym for an organisation', () => {
    // an unknown acronym in the same place is taken for a body ("traités par XQV")
    expect(run('Les patients traités par XQV sont suivis.', 'fr').map((e) => e.type)).toEqual(['Organization'])
    expect(run('Les patients traités par ICP sont suivis. La dose est de 500 UI par jour.', 'fr')).toHaveLength(0)
  })

  it('reads a company after "les dirigeants d\'" as an organisation', () => {
    const found = run("Le projet inquiétait les dirigeants d'Orvanix depuis des mois.", 'fr')
    expect(found.find((e) => e.name === 'Orvanix')?.type).toBe('Organization')
  })
})

describe('cues with a place inside', () => {
  it('reads "distribué en France par X" like "distribué par X"', () => {
    const found = run('Le film sera distribué en France par Ventolune à partir du mois de mai.', 'fr')
    expect(found.find((e) => e.name === 'Ventolune')?.type).toBe('Organization')
  })
})

describe('names of affairs, treaties and laws', () => {
  it('reads "l\'affaire des … de X" as one event, with no place of its own inside', () => {
    const found = run('Il fut condamné dans l\'affaire des emplois fictifs de la mairie de Paris en 2004.', 'fr')
    expect(found.map((e) => [e.type, e.name])).toEqual([['Event', 'affaire des emplois fictifs de la mairie de Paris']])
  })

  it('reads "l\'affaire Dreyfus" and "le traité d\'Amsterdam" as names', () => {
    const found = run('Le film revient sur l\'affaire Dreyfus. Le traité d\'Amsterdam fut signé plus tard.', 'fr')
    expect(found.map((e) => [e.type, e.name])).toEqual([['Event', 'affaire Dreyfus'], ['CreativeWork', "traité d'Amsterdam"]])
  })

  it('does not make a report "de Mme X" a title', () => {
    const found = run('Le rapport de Mme Durand a été adopté hier.', 'fr')
    expect(found.some((e) => e.type === 'CreativeWork')).toBe(false)
  })
})

describe('countries as states', () => {
  const typeOf = (found: Entity[], at: string): string | undefined => found.find((e) => e.mentions.some((m) => m.text === 'Irak' && m.start === at.length))?.type
  it('reads a country with a definite article as its state, a country after "en" as the land', () => {
    const source = 'Washington continue d\'accuser l\'Irak de mentir. Des soldats sont morts en Irak.'
    const found = run(source, 'fr')
    expect(typeOf(found, source.slice(0, source.indexOf('Irak')))).toBe('Organization')
    expect(typeOf(found, source.slice(0, source.lastIndexOf('Irak')))).toBe('Place')
  })

  it('keeps a country after a noun of land a place ("le sud de la Tunisie")', () => {
    const found = run('Le film a été tourné dans le sud de la Tunisie et le long du Niger.', 'fr')
    expect(found.filter((e) => e.type === 'Organization')).toEqual([])
  })
})

describe('people next to other names', () => {
  it('splits a person from the complement of a role noun before it', () => {
    const found = run('Hier, le ministre de l\'Economie Thierry Breton a refusé.', 'fr')
    expect(found.find((e) => e.type === 'Person')?.name).toBe('Thierry Breton')
  })

  it('splits a person from a body named with lower-case words before him', () => {
    const found = run('Le procureur général à la Cour de cassation Jean-François Burgelin a parlé.', 'fr')
    expect(found.find((e) => e.type === 'Person')?.name).toBe('Jean-François Burgelin')
  })

  it('reads a lone unknown word before a conjugated verb as a person', () => {
    const found = run('Lors de ces échanges, Moggi donnait ses instructions.', 'fr')
    expect(found.map((e) => [e.type, e.name])).toEqual([['Person', 'Moggi']])
  })
})

describe('lists of companies', () => {
  it('types every item of a list opened by a noun of companies', () => {
    const found = run('Des fonds ont été versés par les grands groupes : Bravelec, Horvane, Castellor et Pimbrac.', 'fr')
    expect(found.map((e) => e.type)).toEqual(['Organization', 'Organization', 'Organization', 'Organization'])
  })
})

describe('capitalised words that only look like demonyms or people', () => {
  it('does not read "Grand" or "Saline" before a common word as a demonym naming a person', () => {
    const found = run('Il visita la Saline Royale avec Jules Martin.', 'fr')
    expect(found.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Jules Martin'])
  })

  it('does not give a person\'s type to a title opened by a determiner after a name in a list', () => {
    const found = run('- Nicolas Durand, Les Fusillés de la Somme, Paris, 1999.', 'fr')
    expect(found.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Nicolas Durand'])
  })
})

describe('bodies and buildings named with common nouns', () => {
  it('reads a capitalised plural noun "de" a country as a body, with no place inside', () => {
    const found = run("Ils ont tenu l'assemblée générale de l'association des Jardiniers de France samedi.", 'fr')
    expect(found.map((e) => [e.type, e.name])).toEqual([['Organization', 'Jardiniers de France']])
  })

  it('reads "Hôtel" and a proper name as a place', () => {
    const found = run('Les fiches sont centralisées au secrétariat, à l\'Hôtel Murat.', 'fr')
    expect(found.map((e) => [e.type, e.name])).toEqual([['Place', 'Hôtel Murat']])
  })
})

describe('lone surnames shared by two people', () => {
  it('joins a lone surname to the person named in full most often, whose first family name it is', () => {
    const source = 'Mort de Tomás Aranda de la Vega. Le chef opérateur Tomás Aranda de la Vega est mort mardi, a annoncé sa fille, la monteuse Lucía Aranda. Pour son film le plus célèbre, Aranda tourne à la bougie.'
    const found = extractEntities(textView(source, {language: 'fr'}), [])
    const father = found.find((e) => e.name === 'Tomás Aranda de la Vega')
    expect(father?.mentions.map((m) => m.text)).toContain('Aranda')
    expect(found.find((e) => e.name === 'Lucía Aranda')?.mentions.map((m) => m.text)).toEqual(['Lucía Aranda'])
  })
})
