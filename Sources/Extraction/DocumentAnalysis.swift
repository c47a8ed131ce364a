import Gazetteer

/// Everything one document yields before events are merged across documents.
struct DocumentAnalysis {
    var reference: ReferenceDate
    var mentions: [Mention] = []
    var unknownPlaces: [UnresolvedItem] = []
    var mainPlace: Place?
    /// The document's places in text order.
    var places: [PlaceMention] = []
    /// The range of `places` in each paragraph (indexed by paragraph number).
    var paragraphPlaceRanges: [Range<Int>] = []
    /// How each sentence that yields mentions is cited (indexed by sentence number): kept once here rather than
    /// in each mention, which is copied again and again while the document is read.
    var sentenceSources: [SourceRef?] = []

    /// The sentence a mention is cited by.
    func source(of mention: Mention) -> SourceRef { sentenceSources[mention.sentence]! }

    /// A paragraph's places, for mentions whose sentence names none.
    func paragraphPlaces(_ paragraph: Int) -> ArraySlice<PlaceMention> {
        places[paragraphPlaceRanges[paragraph]]
    }
}

/// Reads one document: cues, dates, tweets, places, then one mention per anchored incident.
struct DocumentAnalyzer {
    let gazetteer: Gazetteer
    let matcher: PhraseMatcher
    let document: Document
    /// A day learnt from other documents, used instead of the one the text gives.
    var knownReference: ReferenceDate? = nil

    func analyze() -> DocumentAnalysis {
        let bytes = Array(document.text.utf8)
        let headerLength = Document.header(of: bytes)?.length ?? 0
        let text = FoldedText(bytes: bytes, from: headerLength)

        var hits: [CueHit] = []
        var sentenceHits: [Range<Int>] = []
        for sentence in text.sentences {
            let before = hits.count
            matcher.hits(in: text, tokens: sentence.tokens, into: &hits)
            sentenceHits.append(before..<hits.count)
        }
        var hitIndexByToken = [Int32](repeating: -1, count: text.tokens.count)
        for (k, hit) in hits.enumerated() { hitIndexByToken[hit.first] = Int32(k) }

        let tweets = ReferenceDates.tweets(in: text, hits: hits, hitIndexByToken: hitIndexByToken)
        // Dates and places are kept in one array each, in text order, with each sentence's range: a list per
        // sentence would cost an allocation or more for each.
        var allDates: [DateHit] = []
        var sentenceDates: [Range<Int>] = []
        var datelineEnds: [Int?] = []
        sentenceDates.reserveCapacity(text.sentences.count)
        datelineEnds.reserveCapacity(text.sentences.count)
        for s in text.sentences.indices {
            let first = allDates.count
            for hit in DateExpressions.find(in: text, sentence: s, hits: hits[sentenceHits[s]])
            where DocumentAnalyzer.region(containing: Int(text.tokens[hit.first].start), in: tweets, \.signatureRange) == nil {
                allDates.append(hit)
            }
            sentenceDates.append(first..<allDates.count)
            datelineEnds.append(DateExpressions.datelineEnd(text, sentence: s, dates: allDates[first...]))
        }
        let header = document.headerDate.flatMap(ReferenceDates.parseHeader)
        // A year learnt from other documents stands in for the header when the text's own dateline has no year.
        let learntYear = knownReference?.precision == .year
        let reference = (learntYear ? nil : knownReference)
            ?? ReferenceDates.reference(header: learntYear ? knownReference : header, tweets: tweets, dates: allDates, text: text,
                                        hits: hits, hitIndexByToken: hitIndexByToken)

        let paragraphCount = text.sentences.last.map { $0.paragraph + 1 } ?? 0
        var analysis = DocumentAnalysis(reference: reference, paragraphPlaceRanges: Array(repeating: 0..<0, count: paragraphCount),
                                        sentenceSources: Array(repeating: nil, count: text.sentences.count))
        let placeMatches = text.tokens.isEmpty ? [] : bytes.withUnsafeBufferPointer { bytes in
            text.folded.withUnsafeBufferPointer { folded in
                text.tokens.withUnsafeBufferPointer { tokens in
                    gazetteer.bestPlaces(scannedWords: tokens.count, word: { tokens[$0].scannedWord }, folded: folded, in: bytes)
                }
            }
        }
        var places: [PlaceMention] = []
        var sentencePlaces = [Range<Int>](repeating: 0..<0, count: text.sentences.count)
        // Places by the order of their first mention: few per document, so a list beats hashing ids.
        var frequency: [(count: Int, first: Int, place: Place)] = []
        for match in placeMatches where match.range.lowerBound >= headerLength {
            let token = text.tokenIndex(atOrAfter: match.range.lowerBound)
            guard token < text.tokens.count else { continue }
            let sentence = Int(text.tokens[token].sentence)
            // The dispatch's place in a dateline ("BAGDAD, 30 décembre (AFP) -") is not where anything happened.
            if let end = datelineEnds[sentence], token < end { continue }
            let place = match.place
            if SentenceContext.namesAgent(place, at: token, hits: hits, hitIndexByToken: hitIndexByToken) { continue }
            let mention = PlaceMention(place: place, token: token, range: match.range, near: false)
            // Places come in text order, so each sentence's and paragraph's are a range of the list.
            func include(_ index: Int, in range: inout Range<Int>) { range = (range.isEmpty ? index : range.lowerBound)..<index + 1 }
            include(places.count, in: &sentencePlaces[sentence])
            include(places.count, in: &analysis.paragraphPlaceRanges[Int(text.tokens[token].paragraph)])
            places.append(mention)
            if let k = frequency.firstIndex(where: { $0.place.hasSameID(as: place) }) {
                frequency[k].count += 1
            } else {
                frequency.append((1, token, place))
            }
        }
        analysis.places = places
        analysis.mainPlace = frequency.max { a, b in
            let ka = (a.place.kind.specificity >= 2 ? 1 : 0, a.count, a.place.kind.specificity, -a.first)
            let kb = (b.place.kind.specificity >= 2 ? 1 : 0, b.count, b.place.kind.specificity, -b.first)
            return ka < kb
        }?.place

        var paragraphHasStrongWeapon = [Bool](repeating: false, count: paragraphCount)
        for (s, sentence) in text.sentences.enumerated()
        where hits[sentenceHits[s]].contains(where: { if case .weapon(_, true) = $0.cue { true } else { false } }) {
            paragraphHasStrongWeapon[sentence.paragraph] = true
        }

        var earlierStrike: EventType?
        var previousDay: CalendarDay?
        var sectionDay: CalendarDay?
        // "The worst night came on Saturday (Aug. 19), when militias fired at three bases. Two rockets fell …": the day of a
        // sentence that tells of attacks without an incident of its own dates the paragraph's undated incidents after it.
        var announcedDay: CalendarDay?
        for (s, sentence) in text.sentences.enumerated() {
            sectionDay = ReferenceDates.sectionDay(sectionDay, text: text, sentence: s, dates: allDates[sentenceDates[s]], reference: reference)
            if s > 0, text.sentences[s - 1].paragraph != sentence.paragraph { announcedDay = nil }
            // A sentence without cues tells no incident and adds nothing to the one told before; only its date counts.
            guard !sentenceHits[s].isEmpty else {
                previousDay = ReferenceDates.lastDay(mentions: [], dates: allDates[sentenceDates[s]], reference: reference, previous: previousDay)
                continue
            }
            let context = SentenceContext(
                text: text, sentenceIndex: s, sentence: sentence, hits: Array(hits[sentenceHits[s]]),
                dates: Array(allDates[sentenceDates[s]]), places: Array(places[sentencePlaces[s]]),
                paragraphHasStrongWeapon: paragraphHasStrongWeapon[sentence.paragraph],
                earlierStrike: earlierStrike, previousDay: previousDay,
                tweet: DocumentAnalyzer.region(containing: Int(text.tokens[sentence.tokens.lowerBound].start), in: tweets, \.textRange),
                sectionDay: sectionDay ?? announcedDay, reference: reference, documentID: document.id)
            let found = context.mentions()
            if found.isEmpty {
                if hits[sentenceHits[s]].contains(where: { $0.cue == .attack }) {
                    announcedDay = ReferenceDates.statedDay(dates: allDates[sentenceDates[s]], reference: reference, previous: previousDay) ?? announcedDay
                }
                context.attachFollowUp(to: &analysis.mentions)
            } else {
                analysis.sentenceSources[s] = context.source()
                analysis.unknownPlaces += context.unknownPlaceMentions()
            }
            analysis.mentions += found
            previousDay = ReferenceDates.lastDay(mentions: found, dates: allDates[sentenceDates[s]], reference: reference, previous: previousDay)
            if let strike = found.last(where: { ($0.type == .airstrike || $0.type == .strike) && $0.nonEvent == nil }) {
                earlierStrike = strike.type
            }
        }
        // A headline is a paragraph of one sentence.
        if text.sentences.count > 1, text.sentences[1].paragraph != text.sentences[0].paragraph,
           let state = SentenceContext.headlineDroneState(hits[sentenceHits[0]], text: text) {
            SentenceContext.attributeDrones(to: state, &analysis.mentions)
        }
        SentenceContext.preferNamedSitesToTheirTowns(&analysis.mentions)
        retypeWeakMentions(&analysis.mentions)
        return analysis
    }

    /// The tweet whose range holds `offset` (regions are in text order and do not overlap).
    static func region(containing offset: Int, in tweets: [TweetRegion], _ range: KeyPath<TweetRegion, Range<Int>>) -> TweetRegion? {
        var lo = 0, hi = tweets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tweets[mid].signatureRange.upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tweets.count && tweets[lo][keyPath: range].contains(offset) ? tweets[lo] : nil
    }

    /// « Deux roquettes ont visé la base. / L'une des roquettes est tombée sur une maison. Les autres projectiles… »: in a
    /// paragraph that names no weapon of its own, projectiles are the weapons of the paragraph just before.
    private func strongWeaponJustBefore(_ i: Int, _ mentions: [Mention], _ byParagraph: [[Int]]) -> Int? {
        // Not "missiles fired by Iran", nor a state's artillery: only projectiles no one is named for.
        let paragraph = mentions[i].paragraph
        guard paragraph > 0, mentions[i].actor == nil, mentions[i].type == .missileAttack, byParagraph[paragraph].allSatisfy({ !mentions[$0].anchor.kind.isStrongWeapon }) else { return nil }
        return byParagraph[paragraph - 1].last { mentions[$0].anchor.kind.isStrongWeapon && mentions[$0].type != .airstrike }
    }

    /// "missiles" or "artillerie" in a paragraph about rockets or drones mean those, and in a paragraph
    /// about an air strike its munitions; "the strike" in a paragraph about an air strike is that strike.
    private func retypeWeakMentions(_ mentions: inout [Mention]) {
        var byParagraph = [[Int]](repeating: [], count: (mentions.map(\.paragraph).max() ?? -1) + 1)
        for i in mentions.indices { byParagraph[mentions[i].paragraph].append(i) }
        func nearest(to i: Int, among candidates: [Int]) -> Int? {
            candidates.min { abs(mentions[$0].anchor.first - mentions[i].anchor.first) < abs(mentions[$1].anchor.first - mentions[i].anchor.first) }
        }
        // A state's strikes in an article about air strikes are those air strikes, unless every air strike
        // is dated to another day: "on Dec. 3, U.S. forces conducted a strike" beside Dec. 25's airstrikes.
        // An armed drone's or aircraft's strike is an air strike too, whatever word anchors it.
        let isAirStrike = mentions.map { $0.anchor.kind == .airStrike || $0.type == .airstrike }
        let documentAirStrikes = mentions.indices.filter { isAirStrike[$0] && mentions[$0].nonEvent == nil }
        func datedApart(_ i: Int, from strikes: [Int]) -> Bool {
            mentions[i].dateIsStated && mentions[i].date?.precision == .day
                && strikes.allSatisfy { mentions[$0].dateIsStated && mentions[$0].date != mentions[i].date }
        }
        // The state whose drones the current paragraph told last, and that paragraph (mentions are in text order).
        var stateDrones: (paragraph: Int, state: ActorName)?
        for i in mentions.indices {
            // "Jeudi, des drones turcs ont frappé une station près de Qamichli. Le lendemain, trois drones ont visé des
            // installations autour d'Al-Qahtaniya": drones no one is named for, after a state's drones in their paragraph, are its.
            if case .weapon(.drone, _) = mentions[i].anchor.kind {
                // Not a drone at a base or an airport, where militias' one-way drones fly ("Separately, a drone targeted
                // Erbil airport").
                if mentions[i].type == .droneAttack, mentions[i].actor == nil, !mentions[i].isOneWayDrone,
                   let stateDrones, stateDrones.paragraph == mentions[i].paragraph,
                   !mentions[i].places.contains(where: { $0.place.kind.specificity >= PlaceKind.airport.specificity }) {
                    mentions[i].type = .airstrike
                    mentions[i].actor = stateDrones.state
                    continue
                }
                if mentions[i].type == .airstrike, let state = mentions[i].actor, state.firesMissilesFromAircraft {
                    stateDrones = (mentions[i].paragraph, state)
                }
            }
            let isWeak = mentions[i].eventTypeIsWeak && !mentions[i].isOneOfTwoMeans
            // Most mentions are neither: their paragraph need not be read.
            guard isWeak || (mentions[i].anchor.kind == .strike && !mentions[i].meansUnstated) else { continue }
            let paragraph = byParagraph[mentions[i].paragraph]
            let airStrikes = paragraph.filter { isAirStrike[$0] }
            if isWeak {
                // Not a weapon said not to be the one ("not a drone but a missile").
                let strong = paragraph.filter {
                    mentions[$0].anchor.kind.isStrongWeapon && mentions[$0].type != .airstrike && mentions[$0].nonEvent != .negation
                }
                if let k = nearest(to: i, among: strong) ?? nearest(to: i, among: airStrikes) ?? strongWeaponJustBefore(i, mentions, byParagraph) {
                    mentions[i].type = mentions[k].type
                }
            } else if !airStrikes.isEmpty || !documentAirStrikes.isEmpty, !datedApart(i, from: airStrikes.isEmpty ? documentAirStrikes : airStrikes) {
                mentions[i].type = .airstrike
            }
        }
    }
}
