import CoopModel

/// Institutions: names opened by a head word, acronym definitions in both orders, bare acronyms.
extension DocumentExtraction {
    /// Reads an institution or programme name opened by head `head` at token `first`; returns the
    /// mention, or nil when a weak head is not a name here.
    /// The sentence is borrowed, not `inout`: each helper given an `inout` sentence got a copy
    /// of it (nine arrays retained and released), eight or so per name.
    mutating func institutionName(_ sentence: Sentence, head: Lexicon.Head, first headStart: Int, headEnd: Int) -> Mention? {
        // The tokens lent once for the whole reading: through the array, each `tokens[i].field`
        // of this long function went through an outlined subscript that copied the whole token
        // (a retain and a release of its key).
        sentence.line.tokens.withUnsafeBufferPointer { tokens in
            institutionName(sentence, head: head, first: headStart, headEnd: headEnd, tokens: tokens)
        }
    }

    private mutating func institutionName(
        _ sentence: Sentence, head: Lexicon.Head, first headStart: Int, headEnd: Int, tokens: UnsafeBufferPointer<Token>
    ) -> Mention? {
        // The head's type and kind tested once: `NodeType` is a string, and each `head.type ==`
        // fetched a static, compared two strings and released a copy, a dozen times per name.
        let ministry = head.type == .ministry
        let isProgramme = head.type == .programme
        let isJointBody = head.type == .jointBody
        let isAgency = head.type == .agency
        let isOrganisation = head.type == .organisation
        let isEmbassy = head.kind == "embassy"
        // "Nouveau partenariat pour le développement de l'Afrique (NEPAD)": a capitalised
        // adjective before a lower-case head opens the name.
        // "la haute commission mixte algéro-égyptienne", "la grande commission mixte": in lower
        // case too before a joint body's head.
        var first = headStart > sentence.range.lowerBound && !tokens[at: headStart].capitalized && Self.leadingAdjectives.contains(tokens[at: headStart - 1])
            && (tokens[at: headStart - 1].capitalized || isJointBody) ? headStart - 1 : headStart
        // "Goethe-Institut", "Max-Planck-Institut": capitalised words hyphenated to the head open the name.
        while first - 2 >= sentence.range.lowerBound, tokens[at: first - 1].kind == .hyphen, tokens[at: first - 2].kind == .word,
            tokens[at: first - 2].capitalized, tokens[at: first - 1].byteStart == tokens[at: first - 2].byteEnd
        {
            first -= 2
        }
        if !tokens[at: headStart].capitalized, first == headStart, let earlier = earlierBodyOfHeadAndDemonym(sentence, headStart: headStart, headEnd: headEnd) {
            return namedAgain(earlier, sentence, headStart, headEnd + 1, rule: "org.head-demonym")
        }
        let upper = sentence.range.upperBound
        // The letterhead's body this head alone would stand for.
        let author = pastLetterhead && tokens[at: headStart].capitalized
            ? (ministry ? letterheadMinistry : letterheadHeads[tokens[at: headStart].key, hash: tokens[at: headStart].keyHash]) : nil
        // "l'élaboration par le Ministère de la stratégie nationale …": a capitalised head of the
        // letterhead's body followed by "de" and a lower-case common noun is that body, and the
        // rest what it does (ministries' names capitalise their portfolio).
        // (Not when the words run to an acronym they define: "… par le Ministère du compte satellite
        // du tourisme (CST)" keeps its acronym, if under the wrong head.)
        if let author, ministry, Self.lowerCaseObject(sentence, after: headEnd, vocabulary), definiteBefore(sentence, headStart),
            !acronymCloses(sentence, after: headEnd, reach: 10)
        {
            return authorBody(author, sentence, headStart, headEnd)
        }
        var index = headEnd
        var lastContent = headEnd
        // A programme named by a title in quotation marks (`programmeTitle`): read whole.
        var titled = false
        var words = 0
        var previousCapitalised = false
        var organOf = false
        // "sous-comité spatial de la commission mixte …": an organ of a joint body, even in lower case.
        var jointOrgan = false
        // Hoisted: a static is reached through a once-check on every use.
        let fixed = Self.nameWords
        let endClasses = Self.nameEndClasses
        let goOnClasses = Self.nameGoOnClasses
        // "Agence Nationale d'Études et de Suivi de la Réalisation des Investissements
        // Ferroviaires (ANESRIF)": a name in title case runs to the acronym it defines, whatever
        // its words ("Suivi" would end another name).
        // "Ministère de la Solidarité nationale, de la Famille et de la Condition de la femme",
        // "Section économique, commerciale et culturelle" alone on a letterhead line: the whole
        // line is the body's name.
        if !pastLetterhead, !isProgramme, headStart == sentence.range.lowerBound, sentence.range.lowerBound == 0,
            upper == sentence.line.tokens.count, upper - headEnd <= 20,
            (headEnd..<upper).allSatisfy({ tokens[at: $0].kind == .word || tokens[at: $0].kind == .apostrophe || tokens[at: $0].kind == .hyphen
                || tokens[at: $0].kind == .punct && fixed.comma.matches(tokens[at: $0]) }),
            !(headEnd..<upper).contains(where: { opensName(sentence, $0) })
        {
            index = upper
            lastContent = upper
        } else if isProgramme, let title = Self.programmeTitle(sentence, headEnd: headEnd, wordClasses: vocabulary.wordClasses) {
            // "le projet régional « Valorisation des eaux saumâtres … » (VALSAL)", "jumelage
            // institutionnel « Appui au renforcement des capacités … »": the title in quotation
            // marks after the head (and its adjectives) is the programme's name, whatever its words.
            first = title.lowerBound
            index = title.upperBound
            lastContent = title.upperBound
            titled = true
        } else if first == headStart, tokens[at: headStart].capitalized, let close = bracketedLongName(sentence, opening: headStart - 1) {
            // "le CGS (Centre national de recherche appliquée en génie parasismique)": a name in
            // brackets right after the acronym it defines runs to the closing bracket.
            index = close
            lastContent = close
        } else if tokens[at: headStart].capitalized, let bracket = titleCaseRunToAcronym(sentence, from: headEnd, head: headStart) {
            index = bracket
            lastContent = bracket
        } else if !tokens[at: headStart].capitalized, headEnd < upper, tokens[at: headEnd].capitalized,
            let bracket = titleCaseRunToAcronym(sentence, from: headEnd)
        {
            // "l'agence Algérie Presse Service (APS)": a lower-case head before a title-case name
            // that runs to its acronym says what the body is; the name is the run.
            first = headEnd
            index = bracket
            lastContent = bracket
        }
        // A secretary of state's domain may follow "au" ("Secrétaire d'État au Tourisme"); a ministry's does not.
        let domainsNeverAfterAu = ministry && !head.words.hasPrefix("Secr")
        // "Ministère japonais de l'Education, de la Culture, des Sports, des Sciences et de la
        // Technologie (MEXT)": a long name may run on to the acronym it defines (looked for only
        // past fourteen words).
        while !titled, index < upper, words < 14 || words < 26 && bracketedAcronymAhead(sentence, from: index) {
            // The token read in place (`tokens[at: index]`), not copied out: a copy retained and released its key.
            // One probe for the word's classes: the sets below, without hashing it once per set.
            let classes = vocabulary.wordClasses.classes(of: tokens[at: index])
            // « agence » méditerranéenne …: quotation marks do not end a name.
            if tokens[at: index].kind == .punct && classes.contains(.quotationMark) { index += 1; continue }
            // "Ministère de l'Habitat, de l'Urbanisme et de la Ville": a comma before "de" and a
            // capitalised word goes on with a capitalised name.
            if tokens[at: index].kind == .punct && fixed.comma.matches(tokens[at: index]) && continuesAfterComma(sentence, index, head: head, first: first) { index += 1; continue }
            // "Université Blida 1", "Université d'Alger 3": a digit after a capitalised town ends the name.
            if tokens[at: index].kind == .number, index > headEnd, previousCapitalised, isNameNumber(sentence, index) {
                lastContent = index + 1
                break
            }
            if tokens[at: index].kind == .punct || tokens[at: index].kind == .number { break }
            // "une visite du Ministre de l'Energie et des Mines au Cameroun": a ministry's name
            // holds no country after "au", "aux" or "en"; that is where its head went.
            if ministry, index > headEnd, tokens[at: index].kind == .word, Self.inCountryWords.contains(tokens[at: index]),
                sentence.matches[index + 1]?.contains(where: { if case .country = $0.payload { true } else { false } }) ?? false
            {
                break
            }
            // "organisé par le Ministère de la Culture et des Arts au Palais des expositions",
            // "accordée par le Ministre de la Culture au Président de la BnF": "au" and a capital
            // after a ministry's domains say where or to whom, unless "délégué" or "chargé" asks
            // for its domain ("Ministre délégué au Budget").
            if domainsNeverAfterAu, index > headEnd, fixed.au.matches(tokens[at: index]) || fixed.aux.matches(tokens[at: index]), index + 1 < upper,
                tokens[at: index + 1].capitalized,
                !sentence.key(index - 1, isOneOf: ["delegue", "deleguee", "charge", "chargee"])
            {
                break
            }
            // "l'invitation de la Direction générale des douanes à effectuer une visite", "la
            // Présidente de la Haute Autorité à l'ouverture du séminaire": "à" and an infinitive,
            // or an occasion, end a name.
            if index >= headEnd, fixed.at.matches(tokens[at: index]), isInfinitive(sentence, index + 1) || opensOccasion(sentence, index + 1) { break }
            // "Le Ministère conduit depuis 2019 …": a lower-case word right after the head of the
            // letterhead's body, neither a qualifier nor a preposition, is its verb.
            if index == headEnd, author != nil, tokens[at: index].kind == .word, !tokens[at: index].capitalized,
                classes.isDisjoint(with: [.connector, .qualifier, .nameAdjective, .preposition]), !isAdjective(sentence, index),
                !["charge", "chargee", "delegue", "deleguee", "aupres"].contains(tokens[at: index].key),
                !sentence.key(index + 1, isOneOf: ["de", "du", "des", "d"])
            {
                break
            }
            // "le Commissariat avait auparavant conclu …": an auxiliary right after a bare head is
            // the verb of the body it stands for, whoever wrote the letterhead.
            if index == headEnd, tokens[at: index].kind == .word, !tokens[at: index].capitalized, Self.auxiliaries.contains(tokens[at: index]) { break }
            // "L'Ambassade continuera de suivre …": a verb in the future or the conditional ends a name.
            if tokens[at: index].kind == .word, !tokens[at: index].capitalized, Self.isFutureVerb(tokens[at: index].key) { break }
            // "de l'Institut – situation arrêtée au …": a dash set apart by spaces ends the name
            // (a hyphen inside a name touches the words it joins).
            if tokens[at: index].kind == .hyphen, index > 0, tokens[at: index - 1].byteEnd != tokens[at: index].byteStart { break }
            // "conclu avec l'Institut pour une durée de trois ans": a preposition before an
            // indefinite article says what was done, not what the body is.
            if index == headEnd, classes.contains(.preposition), sentence.key(index + 1, in: Self.indefiniteArticles) { break }
            // "… de l'eau de mer y a été adopté": the adverbial pronoun before a verb ends a name.
            if Sentence.same(tokens[at: index].key, "y") && sentence.key(index + 1, in: Self.auxiliaries) { break }
            if tokens[at: index].kind == .hyphen { index += 1; continue }
            if tokens[at: index].kind == .apostrophe { index += 1; continue }
            // The tests below are each for a word of one class (every preposition of
            // `namePrepositions`, "sur", "entre" and "suivi" are name stops; "en", "et" and "à"
            // connectors): the class is tested first, the word only then.
            // "Office des Nations Unies contre la drogue et le crime (ONUDC)": a preposition
            // that would end a name does not when the acronym the name defines follows it.
            let runsToAcronym = classes.contains(.nameStop)
                // ("Centre de recherche sur l'information scientifique et technique (CERIST)": ten tokens on.)
                && (Self.namePrepositions.contains(tokens[at: index]) && acronymCloses(sentence, after: index, reach: 10)
                    // "groupe de travail algéro-chinois sur l'habitat": a joint body is named by its subject.
                    || isJointBody && index > headEnd && fixed.sur.matches(tokens[at: index])
                    // "un programme conjoint de recherche sur le dessalement": a programme too, past its "de".
                    || isProgramme && index > headEnd + 1 && fixed.sur.matches(tokens[at: index]) && isProgrammeSubject(sentence, index))
            if !classes.isDisjoint(with: endClasses) && !runsToAcronym {
                // "jumelage entre les établissements …": a programme may be named by whom it joins.
                let joins = index == headEnd && isProgramme && head.strong && fixed.entre.matches(tokens[at: index])
                // "Comité de suivi de la coopération …": follow-up is what the body does.
                let followUp = index == headEnd + 1 && isJointBody && fixed.suivi.matches(tokens[at: index]) && tokens[at: headEnd].key == "de"
                // "Programme d'appui à la mise en œuvre …", "à la mise à niveau …": the noun, not a role word.
                let miseNoun = isProgramme && tokens[at: index].key == "mise" && sentence.key(index - 1, is: "la")
                // "Commission … de l'intégrité et de la lutte contre la corruption": what the body fights is its name.
                let fightAgainst = index > headEnd && tokens[at: index].key == "contre" && sentence.key(index - 1, is: "lutte", or: "luttes")
                if !joins && !followUp && !miseNoun && !fightAgainst { break }
            }
            // "un programme de jumelage mis en œuvre par …": who runs it follows, not its name.
            if classes.contains(.runnerStart) && startsPhrase(sentence, index, vocabulary.runnerPhrases, vocabulary.runnerStarts) { break }
            if classes.contains(.connector) {
                if fixed.en.matches(tokens[at: index]) {
                    // "Ambassade d'Algérie en Inde": an embassy is named by the country it is in too;
                    // "programme de formation … en irrigation": a programme by its field.
                    let embassyIn = isEmbassy && isCountry(sentence, index + 1)
                        || isProgramme && isSectorWord(sentence, index + 1)
                    // "Programme d'appui à la mise en œuvre de …": the phrase goes on.
                    let miseEnOeuvre = sentence.key(index + 1, is: "oeuvre", or: "œuvre") && sentence.key(index - 1, is: "mise")
                    if !embassyIn && !miseEnOeuvre && !sentence.key(index + 1, is: "charge") && !(isCapitalisedWord(sentence, index + 1) && !isCountry(sentence, index + 1)) { break }
                } else if fixed.et.matches(tokens[at: index]) {
                    // "des cadres du Ministère et de Sonelgaz": right after a bare head, "et" joins
                    // another party (a portfolio comes first: "Ministère de l'Habitat et de la Ville").
                    if index == headEnd { break }
                    if opensName(sentence, index + 1) || opensName(sentence, index + 2) { break }
                    // "… et l'énergie (ENEA)": an article after "et" ends the name unless the acronym it defines follows.
                    if sentence.key(index + 1, in: Self.definiteArticles) && !acronymCloses(sentence, after: index + 1) { break }
                    // "le Ministre et son homologue mauritanien": a possessive after "et" opens another party.
                    if sentence.key(index + 1, in: DocumentExtraction.counterpartPossessives) { break }
                } else if fixed.at.matches(tokens[at: index]) {
                    // "des bourses de doctorat à des étudiants algériens": whom it is for, not its name.
                    if sentence.key(index + 1, in: Self.indefiniteArticles) { break }
                    // "un institut des métiers de l'eau à Ouargla": "à" before a known town says where the body is.
                    // "l'Ambassade à Mexico": where the letterhead's body is, not its name.
                    if (index > headEnd || author != nil) && isKnownPlace(sentence, index + 1) { break }
                }
            }
            // "Le Centre transmet ses données", "l'Office exploite le réseau": a lower-case word
            // right after a capitalised head, followed by an article or a possessive, is a verb;
            // an adjective goes on with "de" or another adjective ("Office national des …").
            if index == headEnd, tokens[at: headStart].capitalized, tokens[at: index].kind == .word, !tokens[at: index].capitalized,
                classes.isDisjoint(with: goOnClasses), !classes.contains(.nameAdjective), !isAdjective(sentence, index),
                sentence.key(index + 1, in: Self.verbObjectStarts)
            {
                break
            }
            // "… de Blida accueille": a lower-case word after capitalised ones ends the name,
            // unless it qualifies it ("algérien", "national").
            if previousCapitalised && !tokens[at: index].capitalized && classes.isDisjoint(with: goOnClasses)
                && !isAdjective(sentence, index) && !classes.contains(.nameAdjective) && !runsToAcronym
                && !acronymCloses(sentence, after: index - 1) { break }
            // Another institution head, an agreement or a month ends the name; a programme head
            // ends only a programme's name ("Commission … des Projets de Recherche" is one body);
            // an organisation's head after "de" names what the body is an organ of ("Conseil
            // exécutif de l'Union africaine").
            // A loop rather than `found.contains(where:)`: this method is mutating, so the closure
            // captured `self`, and each call on it inside copied the whole extraction state.
            if index > headEnd, let found = sentence.matches[index] {
                var endsName = false
                matches: for match in found {
                    switch match.payload {
                    case .head(let other) where !isProgramme && vocabulary.lexicon.heads[other].type == .organisation
                        && !isEmbassy && isOrganOf(sentence, index) && countryNamed(sentence, headEnd..<index) == nil:
                        organOf = true
                    // "Comité de suivi de la Haute Commission mixte": a joint body's organ.
                    case .head(let other) where isJointBody && vocabulary.lexicon.heads[other].type == .jointBody
                        && isOrganOf(sentence, index):
                        jointOrgan = true
                    // "Ecole supérieure de police d'Alger": a weak head in lower case inside a name is a word of it.
                    case .head(let other) where !tokens[at: index].capitalized && !vocabulary.lexicon.heads[other].strong:
                        continue
                    // "le Ministre malien de l'Administration territoriale": a weak head right after a
                    // ministry's "de" is its portfolio.
                    case .head(let other) where ministry && !vocabulary.lexicon.heads[other].strong
                        && (headEnd..<index).allSatisfy({ Self.portfolioLeads.contains(tokens[at: $0]) || isAdjective(sentence, $0) }):
                        continue
                    case .head(let other):
                        // "programme de jumelage": a programme head right after "de" says what kind of programme.
                        let kindOfProgramme = isProgramme && vocabulary.lexicon.heads[other].type == .programme
                            && index <= headEnd + 2 && (headEnd..<index).allSatisfy { ["de", "d", "'"].contains(tokens[at: $0].key) }
                        if !kindOfProgramme && (isProgramme || vocabulary.lexicon.heads[other].type != .programme) {
                            endsName = true
                            break matches
                        }
                    case .agreement, .month:
                        endsName = true
                        break matches
                    default:
                        continue
                    }
                }
                if endsName { break }
            }
            if !classes.contains(.connector) {
                lastContent = index + 1
                previousCapitalised = tokens[at: index].capitalized
            }
            words += 1
            index += 1
        }
        // "le Directeur général de l'ICARDA", "le Directeur de la DGF": a title followed by an
        // acronym alone stands for the body of that acronym, read on its own, not for a
        // directorate named after it.
        if head.body != nil, !titled, lastContent > headEnd, lastContent - headEnd <= 4, tokens[at: lastContent - 1].allCaps,
            (headEnd..<lastContent - 1).allSatisfy({ tokens[at: $0].kind != .word || sentence.key($0, in: Self.articlesAndOf) })
        {
            return nil
        }
        let acronymFound = acronymSpan(sentence, lastContent)
        let acronymEnd = acronymFound?.end
        var acronym = acronymFound?.text
        // "au titre du programme « Stipendium Hungaricum »": a programme named in quotation
        // marks after its lower-case head is named by what they enclose.
        let quoted = titled || isProgramme && !tokens[at: first].capitalized && headEnd + 1 < lastContent
            && vocabulary.wordClasses.classes(of: tokens[at: headEnd]).contains(.quotationMark) && tokens[at: headEnd + 1].capitalized
        if quoted && !titled { first = headEnd + 1 }
        // "SIGLE (Nom long)": the acronym comes first and the name is in brackets.
        var start = first
        var acronymCountry: EntityID?
        if acronym == nil, let before = acronymBeforeName(sentence, first: first, lastContent: lastContent) {
            (acronym, start, acronymCountry) = (before.text, before.start, before.country)
        }
        let capitalised = tokens[at: first].capitalized
        var afterHead = headEnd
        while afterHead < upper, vocabulary.wordClasses.classes(of: tokens[at: afterHead]).contains(.quotationMark) { afterHead += 1 }
        // ("Trafikverket, administration suédoise des transports": after a comma, a nationality
        // qualifies a lower-case head in apposition too.)
        let qualified = afterHead < upper
            && (vocabulary.wordClasses.classes(of: tokens[at: afterHead]).contains(.qualifier) || isCompoundAdjective(sentence, afterHead)
                || !capitalised && sentence.key(first - 1, is: ",") && isDemonym(sentence, afterHead)
                    && appositionName(sentence, comma: first - 1) != nil)
        // "Programme des Nations Unies pour …", "Office … mondial": an international body.
        // "Comité mixte …", "… algéro-tunisien": a body of two sides.
        let twoSided = isJointBody
            && (headEnd..<lastContent).contains { isCompoundAdjective(sentence, $0) || sentence.key($0, in: Self.twoSidedWords) }
        // "Comité international des Jeux méditerranéens (CIJM)": an international committee is an organisation.
        let international = isProgramme ? Self.isInternational(sentence, headEnd: headEnd, end: lastContent, qualifiers: false, vocabulary: vocabulary)
            : (isAgency || isJointBody && !head.strong && !twoSided) && Self.isInternational(sentence, headEnd: headEnd, end: lastContent, vocabulary: vocabulary)
                || (isAgency || isJointBody) && organOf
        // A head alone names a body only as a letterhead line of its own ("Chancellerie").
        let letterheadLine = !pastLetterhead && first == sentence.range.lowerBound && headEnd == upper && capitalised
        // "signé … par le Ministère et le Ministère indonésien …", "Le Ministre a participé …",
        // "organisée par l'Ambassade à Mexico": the letterhead's body.
        if lastContent == headEnd, acronym == nil, let author, definiteBefore(sentence, first) {
            return authorBody(author, sentence, first, headEnd)
        }
        if pastLetterhead, author == nil, acronym == nil,
            let earlier = earlierBodyOfHead(sentence, first: first, headStart: headStart, headEnd: headEnd, lastContent: lastContent)
        {
            return namedAgain(earlier, sentence, start, lastContent)
        }
        if lastContent == headEnd && acronym == nil && !letterheadLine { return nil }
        // "le Ministre d'Etat, Ministre des Affaires étrangères": a rank, not a body; the body follows.
        if head.body != nil, ministry, lastContent - headEnd <= 3, tokens[at: lastContent - 1].key == "etat" { return nil }
        // "le jumelage entre l'Institut …": the name stops at "entre"; nothing names the programme.
        if lastContent == headEnd + 1 && tokens[at: headEnd].key == "entre" { return nil }
        // "sa stratégie de prévention et de préservation des vies": a possessive makes a
        // lower-case programme head the name of one, given two words or more after it.
        let possessive = lastContent - headEnd >= 2 && sentence.range.contains(first - 1) && Self.possessiveCues.contains(tokens[at: first - 1])
        if isProgramme {
            // "un programme conjoint d'essais sur table vibrante": a joint programme, named by what it does.
            let twoCountries = (headEnd..<min(headEnd + 3, lastContent)).contains { isCompoundAdjective(sentence, $0) }
                || lastContent - headEnd >= 3 && sentence.key(headEnd, in: Self.jointQualifiers) && ClosedWords.isDe(sentence.key(headEnd + 1))
            // ("au titre du programme indien de coopération technique et économique (ITEC)": an
            // acronym defined after the name makes it one.)
            guard head.strong || quoted || possessive || twoCountries || international && capitalised || acronym != nil && start == first
                || introducedProgramme(sentence, head, first, headEnd: headEnd, lastContent: lastContent)
                || !head.facility && listedAfterProgramme(sentence, first) || capitalised && (acronym != nil || (headEnd < upper && tokens[at: headEnd].capitalized))
                // "Programme national de lutte contre la tuberculose": a capitalised head and a qualifier.
                || capitalised && qualified && lastContent - headEnd >= 2
                || head.facility && namedFacility(sentence, headEnd: headEnd, lastContent: lastContent)
            else { return nil }
        } else if !head.strong && !(capitalised || qualified || acronym != nil || jointOrgan) || head.capitalOnly && !capitalised && (acronym == nil || organOf) {
            // "une délégation de la Fédération … (FAF)": the acronym is the federation's.
            return nil
        }
        // The name's text is cut out only when the name was not resolved before (`addInstitution`
        // asks for it then): a repeat is found by its tokens' keys. (Cut once: the name and the
        // written forms are asked for one after the other.)
        var named: (name: String, written: [String])?
        func naming() -> (name: String, written: [String]) {
            if let named { return named }
            // A quotation mark is a punctuation token of its own: a name without one is taken as written.
            let nameText = sentence.line.text(tokens: first, lastContent - 1)
            let name = (first..<lastContent).contains { tokens[at: $0].kind == .punct } ? Self.withoutQuotationMarks(nameText) : nameText
            // A title of office stands for its body: "Ministre de X" names the "Ministère de X".
            let made = head.body.map { lastContent > headEnd ? ($0 + " " + sentence.line.text(tokens: headEnd, lastContent - 1), [name]) : (name, []) }
                ?? (name, [])
            named = made
            return made
        }
        var end = lastContent
        if acronym != nil { end = start < first ? lastContent + 1 : acronymEnd ?? lastContent + 3 }
        let confidence = head.body != nil ? 0.7 : acronym != nil ? 0.92 : capitalised ? 0.85 : 0.75
        // "un projet d'une « agence » …": the body is a project, not yet a body.
        let project = !isProgramme && isProjectOf(sentence, first)
        // "la partie coréenne y était représentée par le Ministère de …": that side's body.
        let side = isProgramme ? nil : acronymCountry ?? ministryOfCountry(sentence, after: end) ?? representedSide(sentence, before: start)
        // "Comité olympique et sportif algérien (COA)": a committee named by one nationality and
        // no two-sided word is that country's body, not a joint body.
        let national = isJointBody && !head.strong && !organOf && !jointOrgan && !international && !twoSided
            && (headEnd..<lastContent).contains { isDemonym(sentence, $0) }
        let kind: Mention.Kind = (isProgramme && !international) || project ? .programme : .institution
        // "le ministère néerlandais précité", "le jumelage précité": the body or programme of that
        // head named before in the document, not a new one (nothing when there is none).
        // "il est financé par ce ministère fédéral …": a demonstrative before a lower-case head
        // names it again too.
        if Self.alreadyNamedWords.contains(tokens[at: lastContent - 1])
            || !tokens[at: headStart].capitalized && sentence.key(headStart - 1, in: Self.demonstratives)
        {
            guard let earlier = namedByHead[tokens[at: headStart].key, hash: tokens[at: headStart].keyHash] else { return nil }
            return Mention(kind: earlier.kind, id: earlier.id, first: start, end: end)
        }
        // "Rijkswaterstaat, agence exécutive du ministère …", "K-water (…), société publique
        // coréenne …": a lower-case head in apposition says what the capitalised name before the
        // comma is; the name is that word or words, the apposition gives its country.
        if !tokens[at: headStart].capitalized, first == headStart, head.body == nil, isAgency || isOrganisation,
            acronym == nil, let run = appositionName(sentence, comma: first - 1)
        {
            let id = addInstitution(
                name: sentence.line.text(tokens: run.lowerBound, run.upperBound - 1), type: international ? .organisation : head.type,
                kind: international ? "intergovernmental" : head.kind, acronym: bracketedAcronym(sentence, before: first - 1),
                nameTokens: run, sentence: sentence,
                span: run.lowerBound..<end, confidence: 0.6, rule: "org.apposition",
                // ("agence exécutive du ministère néerlandais précité": a nationality a few words on.)
                side: countryNamed(sentence, headEnd..<min(upper, max(lastContent, headEnd + 6))))
            if !id.rawValue.isEmpty { namedByHead[tokens[at: headStart].key, hash: tokens[at: headStart].keyHash] = (id, .institution) }
            return Mention(kind: .institution, id: id, first: run.lowerBound, end: end)
        }
        // "l'EN3S (…), établissement public français installé à …": a lower-case head in apposition
        // right after a body describes that body; it names no other.
        if !tokens[at: headStart].capitalized, first == headStart, head.body == nil, acronym == nil, sentence.key(first - 1, is: ","),
            sentence.mentions.contains(where: { $0.end == first - 1 && $0.kind == .institution })
        {
            return nil
        }
        let id = addInstitution(
            name: naming().name, type: project ? .programme : international ? .organisation : national ? .agency : head.type,
            kind: project ? "project" : international ? "intergovernmental" : national ? "other" : head.kind, acronym: acronym,
            nameTokens: first..<lastContent,
            sentence: sentence, span: start..<end, confidence: confidence,
            rule: head.body != nil ? "org.title" : acronym != nil ? "org.acronym-definition" : "org.head", written: naming().written,
            side: side)
        if !id.rawValue.isEmpty {
            namedByHead[tokens[at: headStart].key, hash: tokens[at: headStart].keyHash] = (id, kind)
            if kind == .institution { noteShortForm(sentence, nameTokens: first..<lastContent, id: id) }
        }
        return Mention(kind: kind, id: id, first: start, end: end)
    }

    static let possessives: CueSet = ["sa", "son", "ses", "leur", "leurs", "notre", "nos"]
    /// `possessives`, to test a token by its hash.
    static let possessiveCues = CueSet(possessives.keys)

    private func isCapitalisedWord(_ sentence: Sentence, _ index: Int) -> Bool {
        sentence.range.contains(index) && sentence.tokens[index].kind == .word && sentence.tokens[index].capitalized
    }

    private func isCountry(_ sentence: Sentence, _ index: Int) -> Bool {
        sentence.matches[index]?.contains { if case .country = $0.payload { return true } else { return false } } ?? false
    }

    /// Whether a folded word is a demonym of the lexicon ("algérien", "française").
    func isAdjectiveKey(_ key: String) -> Bool { vocabulary.demonymKeys.contains(key) }

    private func isAdjective(_ sentence: Sentence, _ index: Int) -> Bool {
        sentence.matches[index]?.contains { if case .demonym = $0.payload { return true } else { return false } } ?? false
    }

    /// Whether an institution head or an agreement kind starts at `index`.
    func opensName(_ sentence: Sentence, _ index: Int) -> Bool {
        sentence.matches[index]?.contains {
            if case .head = $0.payload { return true }
            if case .agreement = $0.payload { return true }
            return false
        } ?? false
    }

    /// Counts a mention of institution `id`, noting the order institutions were first named in.
    mutating func countInstitution(_ id: EntityID) {
        institutionCounts.increment(id)
    }
}
