import Gazetteer

/// Everything one document yields before events are merged across documents.
struct DocumentAnalysis {
    var reference: ReferenceDate
    var mentions: [Mention] = []
    var unknownPlaces: [UnresolvedItem] = []
    var mainPlace: Place?
    /// Places by paragraph, for mentions whose sentence names none.
    var paragraphPlaces: [Int: [PlaceMention]] = [:]
}

/// Reads one document: cues, dates, tweets, places, then one mention per anchored incident.
struct DocumentAnalyzer {
    let gazetteer: Gazetteer
    let matcher: PhraseMatcher
    let document: Document

    func analyze() -> DocumentAnalysis {
        let bytes = Array(document.text.utf8)
        let headerLength = Document.header(of: Array(bytes.prefix(64)))?.length ?? 0
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
        var dateHitsBySentence: [[DateHit]] = []
        var allDates: [DateHit] = []
        for (s, _) in text.sentences.enumerated() {
            let found = DateExpressions.find(in: text, hits: hits[sentenceHits[s]]).filter { hit in
                let offset = Int(text.tokens[hit.first].start)
                return !tweets.contains { $0.signatureRange.contains(offset) }
            }
            dateHitsBySentence.append(found)
            allDates += found
        }
        let header = document.headerDate.flatMap(ReferenceDates.parseHeader)
        let reference = ReferenceDates.reference(header: header, tweets: tweets, dates: allDates, text: text, hits: hits)

        var analysis = DocumentAnalysis(reference: reference)
        let placeMatches = bytes.withUnsafeBufferPointer { gazetteer.matches(inUTF8: $0) }
        var placesBySentence: [Int: [PlaceMention]] = [:]
        var frequency: [String: (count: Int, first: Int, place: Place)] = [:]
        for match in placeMatches where match.range.lowerBound >= headerLength {
            let token = text.tokenIndex(atOrAfter: match.range.lowerBound)
            guard token < text.tokens.count else { continue }
            let sentence = Int(text.tokens[token].sentence)
            let place = match.best.place
            let mention = PlaceMention(place: place, token: token, near: false, text: match.text)
            placesBySentence[sentence, default: []].append(mention)
            analysis.paragraphPlaces[Int(text.tokens[token].paragraph), default: []].append(mention)
            let entry = frequency[place.id] ?? (0, token, place)
            frequency[place.id] = (entry.count + 1, entry.first, place)
        }
        analysis.mainPlace = frequency.values.max { a, b in
            let ka = (a.place.kind.specificity >= 2 ? 1 : 0, a.count, a.place.kind.specificity, -a.first)
            let kb = (b.place.kind.specificity >= 2 ? 1 : 0, b.count, b.place.kind.specificity, -b.first)
            return ka < kb
        }?.place

        let strongWeaponParagraphs = Set(text.sentences.indices.filter { s in
            hits[sentenceHits[s]].contains { if case .weapon(_, true) = $0.cue { true } else { false } }
        }.map { text.sentences[$0].paragraph })

        for (s, sentence) in text.sentences.enumerated() {
            let context = SentenceContext(
                text: text, sentenceIndex: s, sentence: sentence, hits: Array(hits[sentenceHits[s]]),
                dates: dateHitsBySentence[s], places: placesBySentence[s] ?? [],
                paragraphHasStrongWeapon: strongWeaponParagraphs.contains(sentence.paragraph),
                tweet: tweets.first { $0.textRange.contains(Int(text.tokens[sentence.tokens.lowerBound].start)) },
                reference: reference, documentID: document.id)
            let found = context.mentions()
            if found.isEmpty {
                context.attachFollowUp(to: &analysis.mentions)
            } else {
                analysis.unknownPlaces += context.unknownPlaceMentions()
            }
            analysis.mentions += found
        }
        retypeWeakMentions(&analysis.mentions)
        return analysis
    }

    /// "missiles" or "artillerie" in a paragraph about rockets or drones mean those.
    private func retypeWeakMentions(_ mentions: inout [Mention]) {
        for i in mentions.indices where mentions[i].eventTypeIsWeak {
            let strong = mentions.indices.filter {
                mentions[$0].paragraph == mentions[i].paragraph && mentions[$0].anchor.kind.isStrongWeapon
                    && mentions[$0].type != .airstrike
            }
            if let nearest = strong.min(by: { abs(mentions[$0].anchor.first - mentions[i].anchor.first) < abs(mentions[$1].anchor.first - mentions[i].anchor.first) }) {
                mentions[i].type = mentions[nearest].type
            }
        }
    }
}
