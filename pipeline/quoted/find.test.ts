import {describe, expect, it} from 'vitest'
import {textView} from '../index.js'
import type {Lang, QuotedSpan} from '../types.js'
import {findQuoted, unbalancedMarks} from './find.js'

/** The quoted spans of a text, as [text, kind] pairs. */
function spans(source: string, language: Lang = 'fr'): Array<[string, string]> {
  return findQuoted(textView(source, {language})).map((span) => [span.text, span.kind])
}

function all(source: string, language: Lang = 'fr'): QuotedSpan[] {
  return findQuoted(textView(source, {language}))
}

describe('findQuoted: marks', () => {
  it('pairs guillemets with a space, a no-break space, a narrow no-break space or no space inside', () => {
    const source = 'Il dit : « Je pars. » Elle : «\u00a0Je reste.\u00a0» Lui : «\u202fOn verra.\u202f» Eux : «Tant mieux.»'
    expect(spans(source).map(([text]) => text)).toEqual(['Je pars.', 'Je reste.', 'On verra.', 'Tant mieux.'])
  })

  it('gives offsets of the marks and of the words between them', () => {
    const source = 'Elle répond : « Oui, bien sûr. »'
    const [span] = all(source)
    expect(span).toBeDefined()
    expect(source.charAt(span!.open)).toBe('«')
    expect(source.charAt(span!.close!)).toBe('»')
    expect(source.slice(span!.start, span!.end)).toBe(span!.text)
  })

  it('pairs curly quotes and low-high quotes', () => {
    expect(spans('He said: “We start tomorrow.” Then „Wir fangen an.“ was printed.', 'en').map(([text]) => text)).toEqual([
      'We start tomorrow.',
      'Wir fangen an.'
    ])
  })

  it('does not take apostrophes inside words for quotes', () => {
    expect(spans(`Le peintre explique : "J'ai toujours aimé l'hiver, c'est ma saison." Il n'en dit pas plus.`)).toEqual([
      ["J'ai toujours aimé l'hiver, c'est ma saison.", 'speech']
    ])
    expect(spans(`She said: "I don't think it's over." It wasn't.`, 'en')).toEqual([["I don't think it's over.", 'speech']])
  })

  it('pairs straight quotes nested in straight quotes by their position', () => {
    const found = spans('Il écrit : "Ma maison serait la mer. Les autres "maisons" ne me suffisent pas", écrit le poète.')
    expect(found).toEqual([
      ['Ma maison serait la mer. Les autres "maisons" ne me suffisent pas', 'speech'],
      ['maisons', 'scare']
    ])
  })

  it('takes single quotes nested in a quotation, as their own span', () => {
    const found = spans(`The painter said: "My uncle kept repeating 'the sea keeps its own time', and we laughed."`, 'en')
    expect(found.map(([text]) => text)).toEqual([
      "My uncle kept repeating 'the sea keeps its own time', and we laughed.",
      'the sea keeps its own time'
    ])
  })

  it('pairs straight single quotes standing alone only at word boundaries, within the paragraph', () => {
    expect(spans(`The director was modest: 'I only wanted to see the fire.' Then he left.`, 'en')).toEqual([['I only wanted to see the fire.', 'speech']])
    // apostrophes inside words, elisions, decades and plural possessives open nothing
    expect(spans(`We don't like the '90s or rock 'n' roll at the Joneses' house. 'Cause the actors' union said no.`, 'en')).toEqual([])
    expect(spans(`Aujourd'hui l'eau est froide, c'est l'hiver.`)).toEqual([])
    // the next quote that opens a span ends the search for a closing mark
    expect(spans(`The 'eighties were 'great' for him.`, 'en')).toEqual([['great', 'scare']])
    // a plural possessive inside the span does not close it; one at its end does when nothing else does
    expect(spans(`He said 'we went to the Joneses' place' and left.`, 'en').map(([text]) => text)).toEqual(["we went to the Joneses' place"])
    expect(spans(`They called it 'a mess' and the reviews 'brutal'.`, 'en').map(([text]) => text)).toEqual(['a mess', 'brutal'])
    // left open at the end of its paragraph: nothing
    expect(spans(`She said 'maybe later.\n\nThen she left.`, 'en')).toEqual([])
  })
})

describe('findQuoted: dialogue', () => {
  it('takes a paragraph opened by an em dash, an en dash or two hyphens as a line of speech', () => {
    const source = 'Ils se regardèrent.\n\n— Tiens, dit-il, nous avons eu la même idée.\n\n– Moi aussi.\n\n--Et moi donc !'
    const found = all(source)
    expect(found.map((span) => [span.text, span.kind, span.close])).toEqual([
      ['Tiens, dit-il, nous avons eu la même idée.', 'speech', null],
      ['Moi aussi.', 'speech', null],
      ['Et moi donc !', 'speech', null]
    ])
  })

  it('splits an exchange inside one pair of guillemets into its lines', () => {
    const source = 'Il lui parla :\n« Souffrez-vous beaucoup ?\n--Oh ! oui.\n--Où ça ? »\nLe médecin partit.'
    expect(spans(source).map(([text]) => text)).toEqual(['Souffrez-vous beaucoup ?', 'Oh ! oui.', 'Où ça ?'])
    expect(unbalancedMarks(textView(source, {language: 'fr'}))).toEqual([])
  })

  it('keeps a quotation that goes on over paragraphs re-opened by the same mark, in pieces', () => {
    const source = 'Il raconta : « La ville était calme.\n« Puis tout changea en une nuit. »\nPersonne ne répondit.'
    const found = all(source)
    expect(found.map((span) => [span.text, span.close === null])).toEqual([
      ['La ville était calme.', true],
      ['Puis tout changea en une nuit.', false]
    ])
  })

  it('reads interview answers laid out as "Name: answer"', () => {
    const source = 'Q: Why this city?\nMarlow: The trams run all night.\nQ: And next?\nMarlow: A film about rivers.'
    const found = all(source, 'en')
    expect(found.map((span) => [span.text, span.kind])).toEqual([
      ['The trams run all night.', 'speech'],
      ['A film about rivers.', 'speech']
    ])
  })

  it('leaves out dash answers under the questions of an interview, but keeps quotations inside them', () => {
    const source = 'Comment avez-vous commencé ?\n\n— Par hasard, comme « stagiaire volante ».\n\nEt ensuite ?\n\n— Le montage, enfin.'
    expect(spans(source).map(([text]) => text)).toEqual(['stagiaire volante'])
  })

  it('keeps a line of dialogue after a narration that ends on a question once', () => {
    const source = 'Que pouvait-il faire ?\n\n— Partir, dit-elle.\n\nIl se tut longtemps.\n\n— Et toi ?'
    expect(spans(source).map(([text]) => text)).toEqual(['Partir, dit-elle.', 'Et toi ?'])
  })
})

describe('findQuoted: kinds', () => {
  it('takes a span after a work noun or a title verb for a title', () => {
    expect(spans('Un ensemble de photographies intitulé ironiquement "Vue sur la mer" a circulé.')).toEqual([['Vue sur la mer', 'title']])
    expect(spans('Le film « Les Jours clairs » sort mercredi.')).toEqual([['Les Jours clairs', 'title']])
    expect(spans('Her new film, called "The Long Night", opens today.', 'en')).toEqual([['The Long Night', 'title']])
  })

  it('takes a parenthesised translation after a title for a title too', () => {
    const source = 'Il est connu pour des tableaux tels que "Breaking the Vase" ("Casser le vase"), exposés à Lyon.'
    expect(spans(source)).toEqual([
      ['Breaking the Vase', 'title'],
      ['Casser le vase', 'title']
    ])
  })

  it('takes a word used at a distance for scare quotes', () => {
    expect(spans('Elle a cédé à la tendance dite du "jardin zen" cet été.')).toEqual([['jardin zen', 'scare']])
    expect(spans('The so-called "experts" were wrong again.', 'en')).toEqual([['experts', 'scare']])
    expect(spans('Elle se méfie du mot « retour » depuis longtemps.')).toEqual([['retour', 'scare']])
  })

  it('takes a capitalised name after a scare cue for a title when its sentence calls it a work', () => {
    expect(spans('Le rappeur a lancé la danse dite du "Tempo Loco", la chanson la plus écoutée de l\'été.')).toEqual([['Tempo Loco', 'title']])
    expect(spans('The so-called "Moon Walk Blues" became the song of the year.', 'en')).toEqual([['Moon Walk Blues', 'title']])
    // without a work noun, or for one lower-case word, the quotes stay scare quotes
    expect(spans('Elle a cédé à la tendance dite du "Jardin Zen" cet été.')).toEqual([['Jardin Zen', 'scare']])
    expect(spans('Il chante ses "patries" dites du cœur dans une chanson.')).not.toContainEqual(['patries', 'title'])
  })

  it('takes a span with a verb of saying after it, or a colon before it, for speech', () => {
    expect(spans('« Nous partons demain », confie la cinéaste.')).toEqual([['Nous partons demain', 'speech']])
    expect(spans('"We never had the money," she said.', 'en')).toEqual([['We never had the money,', 'speech']])
    expect(spans('La productrice résume : « Énormément de travail ».')).toEqual([['Énormément de travail', 'speech']])
    // (a clitic may stand before the verb: "», se souvient X", "», s'amuse X", "», me confie X")
    expect(spans('« Pas un sou », se souvient le producteur.')).toEqual([['Pas un sou', 'speech']])
    expect(spans('« Pas un sou », s’amuse Paul Roux.')).toEqual([['Pas un sou', 'speech']])
    expect(spans('« Pas un sou », me confie Paul Roux.')).toEqual([['Pas un sou', 'speech']])
  })

  it('takes a partial quotation woven into a sentence for speech', () => {
    expect(spans('The reviewer called the picture "a slow and patient thing" in his column.', 'en')).toEqual([['a slow and patient thing', 'speech']])
  })

  it('takes a title named inside a quotation for a title, not speech', () => {
    const found = spans('« On a tourné “Les Marées” en hiver, et c\'était dur », raconte-t-elle.')
    expect(found).toEqual([
      ['On a tourné “Les Marées” en hiver, et c\'était dur', 'speech'],
      ['Les Marées', 'title']
    ])
  })

  it('does not take a relative clause after a title for an incise', () => {
    expect(spans('Its closing track, "Morning Song", which she recorded for her sister, became a hit.', 'en')).toEqual([['Morning Song', 'title']])
  })
})

describe('findQuoted: unbalanced marks', () => {
  it('yields nothing for an unclosed mark and keeps the quotations of the next paragraphs', () => {
    const source = 'Il dit : « Je ne sais pas.\nElle répond : « Moi non plus. »'
    const view = textView(source, {language: 'fr'})
    expect(findQuoted(view).map((span) => span.text)).toEqual(['Moi non plus.'])
    expect(unbalancedMarks(view)).toEqual([source.indexOf('«')])
  })

  it('reports a closing mark without an opening one', () => {
    const source = 'Il dit bonjour » et partit.'
    expect(unbalancedMarks(textView(source, {language: 'fr'}))).toEqual([source.indexOf('»')])
  })

  it('never lets an unclosed mark swallow the following paragraphs', () => {
    const source = Array.from({length: 3000}, (_, index) => `Paragraphe ${index} : « il dit " et « encore.`).join('\n')
    const view = textView(source, {language: 'fr'})
    expect(findQuoted(view)).toEqual([])
    expect(unbalancedMarks(view).length).toBe(9000)
  })

  it('reads a short span between a determiner and a lower-case word as scare quotes ("loin du « cinéma de salon » attendu")', () => {
    expect(spans('La salle applaudit, loin du « cinéma de salon » attendu que certains craignaient.')).toEqual([['cinéma de salon', 'scare']])
    expect(spans('It is a "prestige" picture that never lies.', 'en')).toEqual([['prestige', 'scare']])
    // a partial quotation after a determiner, closed by punctuation, stays speech
    expect(spans("Il parle d'« une actrice qui ne triche jamais ». Le tournage commence.")).toEqual([["une actrice qui ne triche jamais", 'speech']])
  })

  it('does not take a passive participle after a title for an incise ("« … », publié par")', () => {
    expect(spans('Il raconte ce métier dans un recueil de notes, « Éloge du soir », publié par les éditions du Port.')).toEqual([['Éloge du soir', 'title']])
    expect(spans('She wrote a memoir, "Against the Light", published by a small press.', 'en')).toEqual([['Against the Light', 'title']])
  })

  it('takes a short span after a verb of speaking about something or of naming with its object for speech', () => {
    expect(spans("On parle d'eau ; elle-même parle d'un « cinéma liquide ». Fin.")).toEqual([['cinéma liquide', 'speech']])
    expect(spans(`Some critics called the ending "too cruel". Others did not.`, 'en')).toEqual([['too cruel', 'speech']])
    expect(spans('Il qualifie la fin de « trop sage ».')).toEqual([['trop sage', 'speech']])
    // a name or a label, a participle, or no object: not speech
    expect(spans(`Critics have called the film a "masterpiece", and more.`, 'en')).toEqual([['masterpiece', 'scare']])
    expect(spans(`They called him "the boss" at work.`, 'en')).toEqual([['the boss', 'scare']])
    expect(spans(`A dish described as "fiery" arrived.`, 'en')).toEqual([['fiery', 'scare']])
    expect(spans('Une maison que les ouvriers appelaient « le château ».')).toEqual([['le château', 'scare']])
    expect(spans('Ses sœurs disaient, en parlant de la rivière, « une mer ». Fin.')).toEqual([['une mer', 'scare']])
  })

  it('reads a short span between "kind of" and a lower-case word as a qualifier', () => {
    expect(spans(`It is the kind of "small, brave" choice the film makes.`, 'en')).toEqual([['small, brave', 'scare']])
    expect(spans("C'est une sorte de « petit miracle » discret.")).toEqual([['petit miracle', 'scare']])
  })

  it('takes a lower-case span for a title only right after its cue ("sous le nom de « … »")', () => {
    expect(spans("Il le vendait sous le nom de « café des familles ».")).toEqual([['café des familles', 'title']])
  })
})

describe('findQuoted: lines of dialogue inside a paragraph', () => {
  it('starts a line at a dash after a full stop when an incise follows', () => {
    const source = 'Il parla de la farce. — Quoi ? dit alors le maître, il vous a dit cela ?'
    expect(spans(source)).toEqual([['Quoi ? dit alors le maître, il vous a dit cela ?', 'speech']])
    const line = '— Il fait froid, dit-elle en frissonnant. — Rentrons, reprit-il, la nuit vient.'
    expect(spans(line).map(([text]) => text)).toEqual(['Il fait froid, dit-elle en frissonnant.', 'Rentrons, reprit-il, la nuit vient.'])
  })

  it('leaves a dash inside a sentence or without an incise alone', () => {
    expect(spans('Le film — tourné en hiver, dit-on — sort demain.')).toEqual([])
    expect(spans('Il sortit. — Quelle nuit, et quel froid.')).toEqual([])
  })

  it('extends a line whose opening mark is closed twice, before its incise and at its end', () => {
    const source = 'Il hésita.\n\n— « Il le faut », reprit son ami, et je vous le promets. »'
    const view = textView(source, {language: 'fr'})
    expect(findQuoted(view).map((span) => span.text)).toEqual(['Il le faut », reprit son ami, et je vous le promets.'])
    expect(unbalancedMarks(view)).toEqual([])
  })
})

describe('findQuoted: names after a determiner', () => {
  it('takes a short capitalised name right after a determiner for a title, whatever verb follows', () => {
    expect(spans('À bord du « Neptune », Paul raconta sa vie.')).toEqual([['Neptune', 'title']])
    expect(spans('Il a parlé au « Courrier du Soir », dit-on.')).toEqual([['Courrier du Soir', 'title']])
  })
})

describe('findQuoted: full stops that do not end a sentence', () => {
  it('reads an acronym written with dots as a title, not speech', () => {
    expect(spans('On garde en tête la reprise de « R.E.M.T. », le tube du groupe.')).toEqual([['R.E.M.T.', 'title']])
  })

  it('reads a capitalised name with the full stop typeset inside the marks as a title', () => {
    expect(spans('She will next be seen in the drama “Harbour Lights.” She lives in Leeds.', 'en')).toEqual([['Harbour Lights.', 'title']])
  })

  it('keeps a short sentence with a final full stop as speech', () => {
    expect(spans('“Too long.” That was all he said.', 'en')[0]?.[1]).toBe('speech')
  })
})

describe('findQuoted: cues and reflexive verbs of saying', () => {
  it('reads no scare cue across a sentence end ("… dire un mot. « Je … »")', () => {
    expect(spans('Elle refuse de dire un mot. « Je suis prudente, sourit-elle, et puis rien n\'est signé. »')[0]?.[1]).toBe('speech')
  })

  it('takes a span after a reflexive verb of saying for speech ("elle s\'est dite « ravie »")', () => {
    expect(spans('La ministre s\'était aussitôt dite « ravie ». Le public aussi.')).toEqual([['ravie', 'speech']])
    expect(spans('Il se déclare « choqué » par la décision.')).toEqual([['choqué', 'speech']])
  })

  it('keeps "dite" without a reflexive a scare cue ("la mode dite « … »")', () => {
    expect(spans('La mode dite « rétro » revient.')).toEqual([['rétro', 'scare']])
  })
})

describe('findQuoted: titles and names that are not speech', () => {
  it('reads English title case after a colon as a title (a prize list)', () => {
    const source = 'The winners:\nGolden Bear: “The Salt Road,” Nino Berg (Georgia)\nJury Prize: “Low Tide Hours,” Jan Holm\nShe said: “We never expected this.”'
    expect(spans(source, 'en')).toEqual([
      ['The Salt Road,', 'title'],
      ['Low Tide Hours,', 'title'],
      ['We never expected this.', 'speech']
    ])
  })

  it('does not read an incise across a line break', () => {
    const source = 'Best Film: “Cold Water,” Ana Lind\nSpecial Mention: Piet Roos'
    expect(spans(source, 'en')).toEqual([['Cold Water,', 'title']])
  })

  it('reads a short capitalised span followed by a list of names as an item of the list, not speech', () => {
    expect(spans('My picks: "Harbour," Lind, Okafor, Vale (just), Roos.', 'en')).toEqual([['Harbour,', 'title']])
    expect(spans('Mes choix : « Marées », Aubry, Lenoir, Vasseur.')).toEqual([['Marées', 'title']])
    // (a verb of saying after the names keeps the span speech)
    expect(spans('Then: "Enough," Ana, Paul, and Marc said at once.', 'en')).toEqual([['Enough,', 'speech']])
  })

  it('reads a span the article sets in italics elsewhere as a title', () => {
    const source = '« Le Chant des marées sous la lune rousse », la mer et la nuit\n\n*Le Chant des marées sous la lune rousse*, de Lise Aubry, sort mercredi.'
    expect(spans(source)).toEqual([['Le Chant des marées sous la lune rousse', 'title']])
  })

  it('does not read a short name followed by a verb without a comma as speech (« Bébert » refuse de …)', () => {
    const source = 'Mais « Bébert » refuse de choisir entre les deux. « Je ne choisis pas », dit-il.'
    expect(spans(source)).toEqual([['Bébert', 'scare'], ['Je ne choisis pas', 'speech']])
  })
})

describe('findQuoted: interview layouts and scare quotes', () => {
  it('reads a label with a role ("Name (role):", "Name, role:") as an answer label', () => {
    const source = 'Q: Why the desert?\nNora Vale (editor): Because the light is honest there.\nQ: And the cut?\nNora Vale, the editor: It took a year.'
    expect(spans(source, 'en')).toEqual([['Because the light is honest there.', 'speech'], ['It took a year.', 'speech']])
  })

  it('goes on with an answer in the unlabelled paragraphs before the next label, when questions carry labels', () => {
    const source = 'Journaliste : Et le tournage ?\nMarchand : Long.\nTrès long, en vérité.\nJournaliste : Et après ?\nMarchand : Une pièce.'
    const found = all(source)
    expect(found.map((span) => span.text)).toEqual(['Long.', 'Très long, en vérité.', 'Une pièce.'])
    expect(found[1]!.open).toBe(found[1]!.start)
  })

  it('does not take an unlabelled paragraph for an answer where questions are bare paragraphs', () => {
    const source = 'How did it start?\nVale: By accident.\nThe music is unusual.\nVale: It is a folk band.'
    expect(spans(source, 'en').map(([text]) => text)).toEqual(['By accident.', 'It is a folk band.'])
  })

  it('reads a dash line before a labelled answer as a question, not a line of dialogue', () => {
    const source = '— Pourquoi ce rôle ?\nL. M. : Par curiosité.\n— Le producteur dit que vous êtes « une tête dure ». Vrai ?\nL. M. : Un peu.'
    expect(spans(source)).toEqual([['Par curiosité.', 'speech'], ['une tête dure', 'speech'], ['Un peu.', 'speech']])
  })

  it('still reads an exchange of dash lines without labels as dialogue', () => {
    const source = '— Tu viens ?\n— Non, dit-il.\n— Alors je pars seule.'
    expect(spans(source).map(([text]) => text)).toEqual(['Tu viens ?', 'Non, dit-il.', 'Alors je pars seule.'])
  })

  it('does not read an attribution line under a quotation ("— Name, role") as dialogue', () => {
    const source = 'The film closed the festival.\n"We made it with no money."\n— Ruth Okafor, director\nIt opens on Friday.'
    expect(spans(source, 'en')).toEqual([['We made it with no money.', 'speech']])
  })

  it('takes a span after a verb of saying and a comma for speech ("told me, "Don\'t waste it,"")', () => {
    expect(spans('The producer told me, "Don\'t waste it," and left.', 'en')).toEqual([["Don't waste it,", 'speech']])
  })

  it('reads a short lower-case fragment in a sentence without a verb of saying as scare quotes', () => {
    expect(spans('The studios kept their best titles for "awards season." Here is the list.', 'en')).toEqual([['awards season.', 'scare']])
    expect(spans('Then the "narrative" wrote itself, as it always does.', 'en')).toEqual([['narrative', 'scare']])
    // (a verb of naming in the sentence keeps the words someone's)
    expect(spans('Some critics called the ending "too cruel" at the time.', 'en')).toEqual([['too cruel', 'speech']])
  })
})
