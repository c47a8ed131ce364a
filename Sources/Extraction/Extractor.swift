import Foundation
import Gazetteer
import GeoJSON

/// Documents in, merged and located events out.
///
/// Rules the output follows:
/// - an event needs a date: events whose date cannot be known (no date in the text and none for the
///   document) are listed in `unresolved` as `undated_event` and kept out of `events`;
/// - an event whose place cannot be found stays in `events` with no geometry and is also listed in
///   `unresolved` as `unplaced_event`;
/// - ids hash the event's type, place and date, so they do not depend on input order.
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer
    private static let matcher = PhraseMatcher(Lexicon.all)
    /// Incidents within this distance of an uncertain (document-level) place may be the same incident.
    static let uncertainPlaceRadiusKm = 50.0

    /// Compiles the lexicon on first use, so that extraction itself does not.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        _ = Extractor.matcher
    }

    public func extract(_ documents: [Document]) -> ExtractionResult {
        var warnings: [ExtractionWarning] = []
        var unresolved: [UnresolvedItem] = []
        var incidents: [Incident] = []
        var documentDates: [String: ReferenceDate] = [:]
        var reads = readAll(documents)
        let learnt = ReferenceDates.inferredFromOtherDocuments(reads.map(\.reference), reads.map(\.incidents)) {
            placesCompatible($0, 1, $1, 1)
        }
        // Only the documents whose day the others reveal are read again, in parallel like the first pass.
        let reread = readAll(learnt.map { documents[$0.document] }, knownReferences: learnt.map(\.reference))
        for (k, d) in learnt.map(\.document).enumerated() { reads[d] = reread[k] }
        for (document, read) in zip(documents, reads) {
            documentDates[document.id] = read.reference
            if read.reference.day == nil {
                warnings.append(ExtractionWarning(document: document.path ?? document.id, line: nil,
                                                  message: "no date found (no header, tweet or date in the text); its undated events go to unresolved"))
            }
            unresolved += read.unknownPlaces
            incidents += read.incidents
        }
        let groups = mergeAcrossDocuments(incidents)
        var events: [Event] = []
        // By date, then id: the day count and the id's bits order as the printed date and id would.
        var order: [(day: Int, id: UInt64)] = []
        var ids = EventIDs()
        for group in groups {
            let (event, idBits, day) = makeEvent(group, of: incidents, ids: &ids)
            guard event.date != nil else {
                unresolved.append(UnresolvedItem(
                    kind: "undated_event", text: event.sources.first?.quote ?? "", sources: event.sources,
                    reason: "\(event.eventType.rawValue): no date in the text and none for the document"))
                continue
            }
            if event.place == nil {
                unresolved.append(UnresolvedItem(kind: "unplaced_event", text: event.sources.first?.quote ?? "",
                                                 sources: event.sources,
                                                 reason: "\(event.eventType.rawValue) \(event.id): no gazetteer place in the text"))
            }
            events.append(event)
            order.append((day ?? Int.min, idBits))
        }
        // Sorting short keys, not the events themselves: moving Event values costs retains and releases.
        let byDateThenID = order.indices.sorted { order[$0] < order[$1] }.map { events[$0] }
        return ExtractionResult(events: byDateThenID, unresolved: unresolved, warnings: warnings, documentDates: documentDates)
    }

    /// What merging needs of one document; its mentions and text are gone by then.
    private struct DocumentRead {
        var reference: ReferenceDate
        var unknownPlaces: [UnresolvedItem]
        var incidents: [Incident]
    }

    /// Documents are independent until merging, so they are read and grouped in parallel; results
    /// keep input order.
    private func readAll(_ documents: [Document], knownReferences: [ReferenceDate]? = nil) -> [DocumentRead] {
        let results = UnsafeMutableBufferPointer<DocumentRead?>.allocate(capacity: documents.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let slots = results
        let matcher = Extractor.matcher
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            slots[i] = read(documents[i], matcher: matcher, knownReference: knownReferences?[i])
        }
        return results.map { $0! }
    }

    private func read(_ document: Document, matcher: PhraseMatcher, knownReference: ReferenceDate? = nil) -> DocumentRead {
        let analysis = DocumentAnalyzer(gazetteer: gazetteer, matcher: matcher, document: document, knownReference: knownReference).analyze()
        return DocumentRead(reference: analysis.reference, unknownPlaces: analysis.unknownPlaces, incidents: groupWithinDocument(analysis))
    }

    // MARK: Grouping

    /// A class: merging and event building pass incidents around by the hundred thousand, and a
    /// reference costs one retain where a copy of the value would retain every field.
    /// Incidents are changed only while their document is grouped.
    final class Incident {
        let type: EventType
        var summary: Mention
        private(set) var sources: [SourceRef]
        /// The earliest of `sources`, which merging and event building compare again and again.
        private(set) var firstSource: SourceRef
        var place: Place?
        /// 1 the sentence names it, 2 the paragraph, 3 the document's main place.
        var placeStrength: Int
        var near: Bool
        var date: DateSpan?
        var dateIsStated: Bool
        var reported: Bool

        init(type: EventType, summary: Mention, source: SourceRef, place: Place?,
             placeStrength: Int, near: Bool, date: DateSpan?, dateIsStated: Bool, reported: Bool) {
            self.type = type
            self.summary = summary
            sources = [source]
            firstSource = source
            self.place = place
            self.placeStrength = placeStrength
            self.near = near
            self.date = date
            self.dateIsStated = dateIsStated
            self.reported = reported
        }

        func add(_ source: SourceRef) {
            sources.append(source)
            firstSource = min(firstSource, source)
        }
    }

    private func bestPlace(_ places: [PlaceMention]) -> PlaceMention? {
        places.max { a, b in
            (a.place.kind.specificity, a.place.tier, -a.token) < (b.place.kind.specificity, b.place.tier, -b.token)
        }
    }

    private func isContext(_ coarse: Place, of place: Place) -> Bool {
        coarse.hasSameID(as: place) || gazetteer.isAncestor(coarse, of: place) || isBroadRegion(coarse, of: place)
    }

    /// "dans le nord et le nord-est de la Syrie", "in northwestern Syria": a region as wide as a province or more is, like its
    /// country, the vague context of the places the other reports of the incident name.
    private func isBroadRegion(_ coarse: Place, of place: Place) -> Bool {
        Extractor.isBroadRegion(coarse) && coarse.country == place.country && place.kind.specificity > coarse.kind.specificity
    }

    private static func isBroadRegion(_ place: Place) -> Bool {
        place.kind == .region && place.radiusKm >= broadRegionRadiusKm
    }

    private static let broadRegionRadiusKm = 100.0

    func placesCompatible(_ a: Place?, _ aStrength: Int, _ b: Place?, _ bStrength: Int) -> Bool {
        guard let a, let b else { return false }
        if isContext(a, of: b) || isContext(b, of: a) { return true }
        let within = max(a.radiusKm, b.radiusKm) + 1
        let uncertain = max(aStrength, bStrength) >= 3 && a.country == b.country
        // Two places are at least as far apart as their latitudes (plus a metre for rounding): most pairs
        // that merging compares are ruled out without the trigonometry.
        if Extractor.latitudeGapKm(a, b) > (uncertain ? max(within, Extractor.uncertainPlaceRadiusKm) : within) + 0.001 { return false }
        let distance = Extractor.distanceKm(a, b)
        if distance <= within { return true }
        return uncertain && distance <= Extractor.uncertainPlaceRadiusKm
    }

    static func latitudeGapKm(_ a: Place, _ b: Place) -> Double {
        abs(b.latitude - a.latitude) * (Double.pi / 180) * 6371.0088
    }

    static func distanceKm(_ a: Place, _ b: Place) -> Double {
        let r = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * r
        let dLon = (b.longitude - a.longitude) * r
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.latitude * r) * cos(b.latitude * r) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371.0088 * asin(min(1, sqrt(h)))
    }

    private func datesCompatible(_ a: DateSpan?, _ b: DateSpan?) -> Bool {
        guard let a, let b else { return false }
        if a.precision == .day && b.precision == .day { return a.start == b.start }
        return a.overlaps(b)
    }

    private func referenceSpan(_ reference: ReferenceDate) -> DateSpan? {
        guard let day = reference.day else { return nil }
        return reference.precision == .day ? .day(day) : .month(day.month, of: day.year)
    }

    /// How far apart, in bytes of one document, two mentions may be and still be told one incident by the document's
    /// own narrative: far more than an article runs, so that a file holding many articles is grouped in time linear in
    /// its length (merging across documents still joins what they report alike).
    static let groupingWindowBytes = 100_000

    /// Mentions of one document become incidents: first those that name their place, then the
    /// others join a matching incident or fall back to the paragraph's or the document's place.
    func groupWithinDocument(_ analysis: DocumentAnalysis) -> [Incident] {
        let referenceSpan = referenceSpan(analysis.reference)
        var candidates: [Mention] = []
        var lastSite: PlaceMention?
        var lastAirport: PlaceMention?
        // A document that gives only its month tells its news day by day: an undated mention happened on
        // the day the story last stated ("Le 24 août, des roquettes… Quelques roquettes ont frappé Conoco").
        var storyDay: DateSpan?
        for var m in analysis.mentions where m.nonEvent == nil {
            // "the same airport", « cette base »: the base or airport its paragraph named last, else the site of the incident
            // told just before.
            if m.refersToSamePlace, !m.places.contains(where: { $0.place.kind.specificity >= 2 }),
               let site = analysis.paragraphPlaces(m.paragraph).last(where: {
                   $0.range.lowerBound < analysis.source(of: m).offset && $0.place.kind.specificity >= PlaceKind.airport.specificity
               }) ?? lastSite {
                m.places.append(site)
            }
            if m.refersToTheAirport, let lastAirport, !m.places.contains(where: { $0.place.kind.specificity >= 2 }) {
                m.places.append(lastAirport)
            }
            if let site = bestPlace(m.places), site.place.kind.specificity >= 2 { lastSite = site }
            if let airport = m.places.last(where: { $0.place.kind == .airport }) { lastAirport = airport }
            let statedSpecific = m.dateExpression != nil && (m.date?.precision == .day || m.date?.precision == .month || m.isDatedByAThirdOfAMonth)
            // "repeated attacks on foreign interests in Iraq, including the one of January 28": a class of incidents named
            // by its country is none of them, whatever date the sentence gives.
            let placedInACountryOnly = !m.places.isEmpty && m.places.allSatisfy { $0.place.kind.specificity == 0 }
            if m.isGeneric && (!statedSpecific || placedInACountryOnly) { continue }
            if m.date == nil && !m.isBackground {
                m.date = analysis.reference.precision == .month ? storyDay ?? referenceSpan : referenceSpan
            } else if m.dateIsStated, !m.isBackground, let date = m.date, date.precision == .day,
                      let referenceSpan, referenceSpan.overlaps(date) {
                storyDay = date
            }
            candidates.append(m)
        }
        // "Turkish drones were back over the northeast this week, while U.S. positions came under fire": in a round-up whose
        // items date two or more incidents of the week, a sentence dated only by that week sums them up.
        let toldDays = candidates.compactMap { m in m.dateIsStated && !m.isBackground && m.date?.precision == .day ? m.date?.start.ordinal : nil }.sorted()
        candidates.removeAll { m in
            // A third of a month (« à la mi-mars ») is a recall's period, not a round-up's week.
            guard m.dateIsStated, let week = m.date, week.precision == .week, week.end.ordinal - week.start.ordinal <= 6 else { return false }
            return Extractor.firstIndex(in: toldDays, atOrAfter: week.end.ordinal + 1, by: { $0 })
                - Extractor.firstIndex(in: toldDays, atOrAfter: week.start.ordinal, by: { $0 }) >= 2
        }
        var incidents: [Incident] = []
        var paragraphOf: [Int] = []
        // Where the mention that began each incident starts: increasing over the incidents of the dated mentions, then
        // over those of the others.
        var startOffsets: [Int] = []
        // A mention is offered only the incidents begun within `groupingWindowBytes` of it, in their order.
        func nearby(_ offset: Int, among run: Range<Int>) -> Range<Int> {
            func firstStart(atOrAfter bound: Int) -> Int {
                var lo = run.lowerBound, hi = run.upperBound
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if startOffsets[mid] < bound { lo = mid + 1 } else { hi = mid }
                }
                return lo
            }
            return firstStart(atOrAfter: offset - Extractor.groupingWindowBytes)..<firstStart(atOrAfter: offset + Extractor.groupingWindowBytes + 1)
        }
        func newIncident(_ m: Mention, place: PlaceMention?, strength: Int) {
            // The incident's place is chosen: the summary keeps none, which would only cost memory.
            var summary = m
            summary.places = []
            incidents.append(Incident(type: m.type, summary: summary, source: analysis.source(of: m),
                                      place: place?.place, placeStrength: place == nil ? 4 : strength,
                                      near: place?.near ?? false, date: m.date, dateIsStated: m.dateIsStated,
                                      reported: true))
            paragraphOf.append(m.paragraph)
            startOffsets.append(analysis.source(of: m).offset)
        }
        func join(_ k: Int, _ m: Mention, place: PlaceMention?, strength: Int) {
            incidents[k].summary.absorb(m)
            incidents[k].add(analysis.source(of: m))
            if let place, strength < incidents[k].placeStrength
                || (strength == incidents[k].placeStrength && place.place.kind.specificity > (incidents[k].place?.kind.specificity ?? -1)) {
                incidents[k].place = place.place
                incidents[k].placeStrength = strength
                incidents[k].near = place.near
            }
            // "the second attempt this year": a year is no date of the incident beside the day the story tells it on.
            let isYearAround = { (year: DateSpan, day: DateSpan) in year.precision == .year && day.precision < year.precision && year.overlaps(day) }
            if let date = m.date, incidents[k].date == nil
                || (m.dateIsStated && !incidents[k].dateIsStated && !isYearAround(date, incidents[k].date!))
                || (m.dateIsStated == incidents[k].dateIsStated && date.precision < incidents[k].date!.precision)
                || (!m.dateIsStated && incidents[k].dateIsStated && isYearAround(incidents[k].date!, date)) {
                incidents[k].date = date
                incidents[k].dateIsStated = m.dateIsStated
            } else if isToldOnItsDayOfSaying(incidents[k].summary, m), m.dateIsStated, !m.dateIsDayOfSaying {
                // The day the source spoke gives way to the incident's own.
                incidents[k].date = m.date
                incidents[k].summary.date = m.date
                incidents[k].summary.dateExpression = m.dateExpression
                incidents[k].summary.dateIsDayOfSaying = false
            }
        }
        // Mentions come in text order: the last one starting at or before an offset is the only one that may hold it.
        let mentionStarts = analysis.mentions.map { analysis.source(of: $0).offset }
        func toldIncident(at offset: Int) -> Bool {
            var lo = 0, hi = mentionStarts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if mentionStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
            }
            return lo > 0 && offset < mentionStarts[lo - 1] + analysis.source(of: analysis.mentions[lo - 1]).length
        }
        var deferred: [Mention] = []
        for m in candidates {
            // An undated mention ("14 rockets were fired, three of which hit Erbil airport") is first
            // offered to the incidents whose date is written.
            guard let place = bestPlace(m.places), place.place.kind.specificity >= 2, m.date != nil, m.dateIsStated else {
                deferred.append(m)
                continue
            }
            if let k = nearby(analysis.source(of: m).offset, among: incidents.indices).first(where: {
                !m.isAnother && incidents[$0].type == m.type
                    && ((datesCompatible(incidents[$0].date, m.date) && !isEarlierThanTheNews(incidents[$0], m))
                        || isToldOnItsDayOfSaying(incidents[$0].summary, m))
                    && placesCompatible(incidents[$0].place, 1, place.place, 1)
            }) {
                join(k, m, place: place, strength: 1)
            } else {
                newIncident(m, place: place, strength: 1)
            }
        }
        let datedIncidents = incidents.count
        for m in deferred {
            let own = bestPlace(m.places)
            let offset = analysis.source(of: m).offset
            let nearbyIncidents = [nearby(offset, among: 0..<datedIncidents), nearby(offset, among: datedIncidents..<incidents.count)].joined()
            // An undated mention is the article's news: it joins only incidents as recent as news.
            let joinable = nearbyIncidents.filter { k in
                !m.isAnother && (incidents[k].type == m.type || isItsWeapons(m, incidents[k]) || restatesAsHeadline(m, incidents[k])
                    || namesWeaponsOf(m, incidents[k]))
                    && (m.dateIsStated ? incidents[k].date == nil
                        || (datesCompatible(incidents[k].date, m.date)
                            && !isEarlierThanTheNews(incidents[k], m))
                        || (own == nil && (isDayBeside(incidents[k].date, m.date) || isToldOnItsDayOfSaying(incidents[k].summary, m)))
                        // A recalled incident with no date of its own is not today's news.
                        : !m.isBackground && isRecent(incidents[k].date, reference: analysis.reference)
                            // Under a month header an undated mention took the story's day: it joins only that day.
                            && (analysis.reference.precision == .day || m.date?.precision != .day
                                || incidents[k].date == nil || datesCompatible(incidents[k].date, m.date)))
                    && (own == nil || placesCompatible(incidents[k].place, incidents[k].placeStrength, own!.place, 1)
                        || namesTheProvinceInItsHeadline(m, own!.place, incidents[k]))
            }
            if let k = joinable.first(where: { paragraphOf[$0] == m.paragraph }) ?? joinable.first {
                join(k, m, place: own, strength: 1)
                continue
            }
            // "CENTCOM Strikes ISIS Targets in Syria" above a release that dates each strike: an undated title placed only in a
            // country sums up the incidents of its type the text goes on to date there.
            if !m.dateIsStated, !m.isBackground, let country = own?.place, country.kind == .country, datedIncidents > 0,
               offset < startOffsets[0],
               let k = (0..<datedIncidents).first(where: { incidents[$0].type == m.type && incidents[$0].place?.country == country.country }) {
                join(k, m, place: nil, strength: 1)
                continue
            }
            var place = own
            var strength = 1
            // The other sites of the mention's own sentence belong to its other incidents, and so do those of
            // later sentences that tell incidents of their own.
            let sentence = analysis.source(of: m)
            let paragraph = analysis.paragraphPlaces(m.paragraph).filter { p in
                let offset = p.range.lowerBound
                if offset < sentence.offset { return true }
                if offset < sentence.offset + sentence.length { return p.place.kind.specificity < 2 }
                return !toldIncident(at: offset)
            }
            if let coarse = own, coarse.place.kind.specificity <= 1 {
                // Only the mention's finest regions: "in Syria's Deir ez-Zor province" is not anywhere in Syria.
                let regions = m.places.map(\.place).filter { $0.kind.specificity == coarse.place.kind.specificity }
                if let finer = bestPlace(paragraph.filter { p in regions.contains { isContext($0, of: p.place) } }),
                   finer.place.kind.specificity > coarse.place.kind.specificity {
                    place = finer
                    strength = 2
                }
            } else if own == nil, m.refersToTheProvince,
                      let town = analysis.paragraphPlaces(m.paragraph).last(where: {
                          $0.range.lowerBound < sentence.offset + sentence.length && $0.place.kind.specificity >= PlaceKind.city.specificity
                      }),
                      let province = gazetteer.ancestors(of: town.place).first(where: { $0.kind == .governorate }) {
                // "struck launchers near Deir ez-Zor, the day after rockets were fired at US troops in the province".
                place = PlaceMention(place: province, token: town.token, range: town.range, near: false)
                strength = 2
            } else if own == nil {
                // The site named last before the mention is the one it continues ("rockets hit Conoco… helicopters answered").
                let lastSiteBefore = paragraph.last { $0.range.lowerBound < sentence.offset && $0.place.kind.specificity >= 2 }
                if let fromParagraph = lastSiteBefore ?? bestPlace(paragraph) {
                    place = fromParagraph
                    strength = 2
                } else if let main = analysis.mainPlace {
                    place = PlaceMention(place: main, token: -1, range: 0..<0, near: false)
                    strength = 3
                }
            }
            newIncident(m, place: place, strength: strength)
        }
        for k in incidents.indices {
            if let date = incidents[k].date, analysis.reference.day != nil {
                incidents[k].reported = isRecent(date, reference: analysis.reference) && !incidents[k].summary.isAnswered
                    && !incidents[k].summary.isEarlierInThePeriod
            } else {
                incidents[k].reported = !incidents[k].summary.isBackground
            }
        }
        return incidents
    }

    /// "On Tuesday, a strike hit Damascus … Earlier this month, a strike on Sayyida Zeinab killed seven": of a day told as news
    /// and a recall of the period before it, neither is the other.
    private func isEarlierThanTheNews(_ incident: Incident, _ m: Mention) -> Bool {
        incident.summary.isEarlierInThePeriod != m.isEarlierInThePeriod && (m.date?.precision == .day || incident.date?.precision == .day)
    }

    /// "les Gardiens ont tiré des missiles … Les frappes ont commencé vers 10h00 et ont visé le siège du PDKI près de
    /// Koya": strikes nobody is named for, told after an actor's weapons, are those weapons' attack.
    private func isItsWeapons(_ m: Mention, _ incident: Incident) -> Bool {
        guard m.type == .strike, !m.meansUnstated, let actor = incident.summary.actor, m.actor == nil || m.actor == actor else { return false }
        return incident.type == .missileAttack || incident.type == .droneAttack || incident.type == .rocketAttack
    }

    /// The attacks a weapon names: what "the projectiles" told after one of them may be.
    private static let weaponTypes: Set<EventType> = [.rocketAttack, .droneAttack, .missileAttack, .mortarAttack]

    /// "A drone struck a car near Qamishli … The drone was launched from across the border": the weapons told before, whatever
    /// the attack they were found to make (a state's drone strike, « les projectiles » of a rocket attack).
    private func namesWeaponsOf(_ m: Mention, _ incident: Incident) -> Bool {
        guard m.namesWeaponsToldBefore else { return false }
        // "Israeli missiles struck… most missiles were intercepted": missiles an air strike fired are its weapons too.
        if m.eventTypeIsWeak { return Extractor.weaponTypes.contains(incident.type) || incident.summary.anchor.kind == m.anchor.kind }
        guard case .weapon(let kind, _) = m.anchor.kind, case .weapon(let told, _) = incident.summary.anchor.kind else { return false }
        return kind == told
    }

    /// "Drone attack kills two near Qamishli" over "A Turkish drone struck a car near Qamishli on May 9": an undated headline
    /// names the body's incident in looser words (a drone attack, a missile attack, strikes for a state's air strike); it is
    /// that incident, not another dated to the article's day or month.
    private func restatesAsHeadline(_ m: Mention, _ incident: Incident) -> Bool {
        guard m.sentence == 0, !m.dateIsStated, incident.type == .airstrike else { return false }
        return m.type == .droneAttack || m.type == .missileAttack || m.type == .strike
    }

    /// "… and a drone is downed in the sky of Erbil" over a body that tells the drone shot down near Harir: an undated headline
    /// names the body's incident of its kind by the province's main town.
    private func namesTheProvinceInItsHeadline(_ m: Mention, _ own: Place, _ incident: Incident) -> Bool {
        guard m.sentence == 0, !m.dateIsStated, incident.type == m.type, let place = incident.place,
              own.kind.specificity == PlaceKind.city.specificity, place.kind.specificity >= PlaceKind.city.specificity,
              let province = own.admin1 else { return false }
        return place.country == own.country && place.admin1 == province
    }

    /// "Les frappes ont eu lieu dans la nuit de mardi à mercredi", in a live blog whose strikes a tweet of Wednesday
    /// told: a mention that names no place, dated a day beside an incident of its kind, tells that incident (a night
    /// or a report runs over two days).
    private func isDayBeside(_ a: DateSpan?, _ b: DateSpan?) -> Bool {
        guard let a, let b, a.precision == .day, b.precision == .day else { return false }
        return abs(a.start.ordinal - b.start.ordinal) == 1
    }

    /// "Une source a déclaré, samedi 27/4, que quatre travailleurs ont été tués … Un drone a frappé vendredi soir le champ": of
    /// two mentions at one place, one dated only by the day its source spoke, the other a day or two before it, tell one
    /// incident, which took place on the earlier day.
    private func isToldOnItsDayOfSaying(_ a: Mention, _ b: Mention) -> Bool {
        guard let da = a.date, let db = b.date, da.precision == .day, db.precision == .day, a.dateIsDayOfSaying != b.dateIsDayOfSaying else {
            return false
        }
        let (spoken, told) = a.dateIsDayOfSaying ? (da, db) : (db, da)
        return (1...2).contains(spoken.start.ordinal - told.start.ordinal)
    }

    /// Within a week of the day the document speaks from (true when either is unknown).
    private func isRecent(_ date: DateSpan?, reference: ReferenceDate) -> Bool {
        guard let date, let day = reference.day else { return true }
        return date.end.ordinal >= day.ordinal - Extractor.newsWindowDays
    }

    static let newsWindowDays = 7

    /// Incidents of all documents that share type, compatible dates and place become one event;
    /// each group lists indices into `incidents`.
    func mergeAcrossDocuments(_ incidents: [Incident]) -> [[Int]] {
        let documentRank = Dictionary(uniqueKeysWithValues: Set(incidents.map(\.firstSource.document)).sorted().enumerated().map { ($1, $0) })
        let firstSources = incidents.map { incident in
            let source = incident.firstSource
            return SourceOrder(document: documentRank[source.document]!, offset: source.offset, length: source.length)
        }
        // A strike another document tells as an air strike is that air strike: both are kept under the air strike's type
        // ("never retyped" strikes of unstated means keep their own).
        let mergeTypes = incidents.map { $0.type == .strike && !$0.summary.meansUnstated ? EventType.airstrike : $0.type }
        // Keys and heads are kept apart from the incidents so that sorting and comparing copy no incident.
        let keys = incidents.indices.map { (incidents[$0].date?.precision.rank ?? 9, incidents[$0].date?.start.ordinal ?? 0, mergeTypes[$0].nameOrder) }
        let order = incidents.indices.sorted { i, j in
            if keys[i] != keys[j] { return keys[i] < keys[j] }
            return firstSources[i] < firstSources[j]
        }
        let another = incidents.map(\.summary.isAnother)
        let earlierInThePeriod = incidents.map(\.summary.isEarlierInThePeriod)
        // What the comparisons read, in arrays: reading it through each incident's reference misses the cache.
        let types = incidents.map(\.type)
        let dates = incidents.map(\.date)
        let places = incidents.map(\.place)
        let strengths = incidents.map(\.placeStrength)
        let unplaced = incidents.map { $0.placeStrength >= 2 && ($0.place?.kind.specificity ?? 0) <= 1 }
        let placeKeys = incidents.map { PlaceKey($0.place, strength: $0.placeStrength) }
        var groupHasAnother: [Bool] = []
        var groupIsUnplaced: [Bool] = []
        /// The document rank of a group's incidents while they come from one document, nil once they come from several.
        var groupDocument: [Int?] = []
        var groups: [[Int]] = []
        var heads: [Int] = []
        var groupFirstSources: [SourceOrder] = []
        // Incidents come day-precise first, by day, so the day-precise heads of a type are made in day
        // order and group order at once, and every coarser head comes after them. An incident's
        // candidates are then the day heads inside its span (found by binary search) followed by the
        // coarser heads of the months its span touches (a compatible head overlaps it, so shares a
        // month), in group order: the first compatible one is the group it joins.
        // A day head carries its place key, so that scanning a day's heads reads one array in order.
        var dayHeads: [EventType: [(day: Int, group: Int, place: PlaceKey?)]] = [:]
        var coarseHeads: [TypeMonth: [Int]] = [:]
        for index in order {
            let type = mergeTypes[index]
            var joined: Int?
            if let span = dates[index] {
                // A day head found inside the span has a compatible date.
                func joins(_ g: Int, headPlace: PlaceKey?, isDayHead: Bool) -> Bool {
                    let head = heads[g]
                    guard isDayHead || datesCompatible(dates[head], span),
                          let headPlace, let place = placeKeys[index], headPlace.mayBeCompatible(with: place),
                          placesCompatible(places[head], strengths[head], places[index], strengths[index]) else { return false }
                    let document = firstSources[index].document
                    // One document's group answers from its document; only groups of several documents are scanned,
                    // by document rank (an incident's sources all come from its own document).
                    func hasOwnDocument() -> Bool {
                        groupDocument[g] == document || (groupDocument[g] == nil && groups[g].contains { firstSources[$0].document == document })
                    }
                    // An incident whose own sentence names no place, placed by its paragraph's or document's country or
                    // province, cannot be known to be another document's.
                    if (unplaced[index] || groupIsUnplaced[g]) && groupDocument[g] != document { return false }
                    // A strike and an air strike are one incident only as two documents tell it.
                    if types[index] != types[head], hasOwnDocument() { return false }
                    // "une autre roquette" stays apart from the incidents its own document told before, and so does
                    // "Earlier this month, …" from the day its document tells as news.
                    return !((another[index] || groupHasAnother[g] || (earlierInThePeriod[index] && span.precision != .day))
                        && hasOwnDocument())
                }
                let days = dayHeads[type] ?? []
                var k = Extractor.firstIndex(in: days, atOrAfter: span.start.ordinal, by: \.day)
                while joined == nil && k < days.count && days[k].day <= span.end.ordinal {
                    if joins(days[k].group, headPlace: days[k].place, isDayHead: true) { joined = days[k].group }
                    k += 1
                }
                if joined == nil {
                    let months = TypeMonth.months(of: span)
                    var candidates = coarseHeads[TypeMonth(type: type, month: months.lowerBound)] ?? []
                    if months.count > 1 {
                        for month in months.dropFirst() { candidates += coarseHeads[TypeMonth(type: type, month: month)] ?? [] }
                        candidates = Set(candidates).sorted()
                    }
                    joined = candidates.first { joins($0, headPlace: placeKeys[heads[$0]], isDayHead: false) }
                }
            }
            if let g = joined {
                groups[g].append(index)
                if groupDocument[g] != firstSources[index].document { groupDocument[g] = nil }
                groupIsUnplaced[g] = groupIsUnplaced[g] || unplaced[index]
                groupHasAnother[g] = groupHasAnother[g] || another[index]
                groupFirstSources[g] = min(groupFirstSources[g], firstSources[index])
            } else {
                groups.append([index])
                groupDocument.append(firstSources[index].document)
                groupIsUnplaced.append(unplaced[index])
                groupHasAnother.append(another[index])
                heads.append(index)
                groupFirstSources.append(firstSources[index])
                if let span = dates[index] {
                    if span.precision == .day {
                        dayHeads[type, default: []].append((span.start.ordinal, groups.count - 1, placeKeys[index]))
                    } else {
                        for month in TypeMonth.months(of: span) {
                            coarseHeads[TypeMonth(type: type, month: month), default: []].append(groups.count - 1)
                        }
                    }
                }
            }
        }
        // The event takes its type from the group's first incident: an air strike's, when a strike joined it.
        for g in groups.indices where groups[g].count > 1 && types[groups[g][0]] == .strike {
            if let k = groups[g].firstIndex(where: { types[$0] == .airstrike }) { groups[g].swapAt(0, k) }
        }
        return groups.indices.sorted { groupFirstSources[$0] < groupFirstSources[$1] }.map { groups[$0] }
    }

    /// What `placesCompatible` reads first, copied out of the place: merging compares an incident with every head of its
    /// day and type, and most pairs are told apart by these fields without reaching into either place.
    private struct PlaceKey {
        let latitude: Double
        let radiusKm: Double
        let lineageBit: UInt64
        let lineageMask: UInt64
        let strength: Int
        let isBroadRegion: Bool

        init?(_ place: Place?, strength: Int) {
            guard let place else { return nil }
            latitude = place.latitude
            radiusKm = place.radiusKm
            lineageBit = place.lineageBit
            lineageMask = place.lineageMask
            self.strength = strength
            isBroadRegion = Extractor.isBroadRegion(place)
        }

        /// False only where `placesCompatible` is false: neither place is the other or its ancestor nor a broad region, and
        /// their latitudes are further apart than the widest radius it could allow (as if the countries were the same).
        func mayBeCompatible(with other: PlaceKey) -> Bool {
            if lineageBit & other.lineageMask != 0 || other.lineageBit & lineageMask != 0 || isBroadRegion || other.isBroadRegion { return true }
            let within = max(radiusKm, other.radiusKm) + 1
            let widest = max(strength, other.strength) >= 3 ? max(within, Extractor.uncertainPlaceRadiusKm) : within
            return abs(other.latitude - latitude) * (Double.pi / 180) * 6371.0088 <= widest + 0.001
        }
    }

    private struct TypeMonth: Hashable {
        let type: EventType
        /// Months since year 0.
        let month: Int

        static func months(of span: DateSpan) -> ClosedRange<Int> {
            (span.start.year * 12 + span.start.month - 1)...(span.end.year * 12 + span.end.month - 1)
        }
    }

    /// Orders like `SourceRef` (document, offset, length) with the document as its rank among the
    /// sorted document ids, so that sorting compares no strings.
    private struct SourceOrder: Comparable {
        let document: Int
        let offset: Int
        let length: Int
        static func < (a: SourceOrder, b: SourceOrder) -> Bool {
            (a.document, a.offset, a.length) < (b.document, b.offset, b.length)
        }
    }

    /// The first of `sorted` (ascending by `day`) whose day is on or after `day`.
    private static func firstIndex<Element>(in sorted: [Element], atOrAfter day: Int, by dayOf: (Element) -> Int) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if dayOf(sorted[mid]) < day { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    // MARK: Events

    /// `group` indexes `incidents`; the incidents are read in place, never copied. Returns the event with its id's
    /// bits and its day count.
    private func makeEvent(_ group: [Int], of incidents: [Incident], ids: inout EventIDs) -> (Event, UInt64, Int?) {
        var summary = incidents[group[0]].summary
        for k in group.dropFirst() { summary.absorb(incidents[k].summary) }
        let placed = group.filter { incidents[$0].place != nil }.min { i, j in
            let a = incidents[i].placeStrength, b = incidents[j].placeStrength
            if a != b { return a < b }
            let sa = incidents[i].place!.kind.specificity, sb = incidents[j].place!.kind.specificity
            if sa != sb { return sa > sb }
            return incidents[i].firstSource < incidents[j].firstSource
        }.map { incidents[$0] }
        let dated = group.filter { incidents[$0].date != nil }.min { i, j in
            let a = (incidents[i].dateIsStated ? 0 : 1, incidents[i].date!.precision.rank)
            let b = (incidents[j].dateIsStated ? 0 : 1, incidents[j].date!.precision.rank)
            if a != b { return a < b }
            return incidents[i].firstSource < incidents[j].firstSource
        }.map { incidents[$0] }
        let date = dated?.date
        let place = placed?.place
        let cited = group.count == 1 ? incidents[group[0]].sources : group.flatMap { incidents[$0].sources }
        let sources = cited.count == 1 ? cited : Extractor.sortedDistinct(cited)
        // Sorted by document: a change of document is a new one.
        let documentCount = 1 + sources.indices.dropFirst().filter { sources[$0].document != sources[$0 - 1].document }.count

        var geoPrecision: Int?
        if let placed, let place {
            if placed.placeStrength >= 3 || place.kind.specificity <= 1 { geoPrecision = 3 } else if placed.near { geoPrecision = 2 } else { geoPrecision = 1 }
        }
        var confidence = 0.4
        if let placed { confidence += placed.placeStrength == 1 ? 0.15 : placed.placeStrength == 2 ? 0.08 : 0.02 }
        if let dated { confidence += dated.dateIsStated ? 0.15 : 0.05 }
        if summary.outcome != .unknown { confidence += 0.1 }
        if sources.count > 1 { confidence += 0.05 }
        if documentCount > 1 { confidence += 0.1 }
        confidence = (min(confidence, 0.95) * 100).rounded() / 100

        let idBits = ids.next(forKey: Extractor.stableHash(
            joining: [summary.type.rawValue, place?.id ?? "-", date?.start.description ?? "-", date?.precision.rawValue ?? "-"]))
        return (Event(
            id: Extractor.eventID(bits: idBits), date: date?.start.description, dateEnd: date?.end.description, timePrecision: date?.precision,
            timeLocal: date?.precision == .day ? summary.timeLocal?.description : nil, eventType: summary.type,
            outcome: summary.outcome, weaponCount: summary.count, defenseSystem: summary.defense?.rawValue,
            fatalities: summary.fatalities, injuries: summary.injuries, damage: summary.damage, target: summary.target,
            actor: summary.actor?.rawValue ?? "unknown", place: place, geoPrecision: geoPrecision,
            context: group.contains { incidents[$0].reported } ? .reported : .background, sources: sources,
            confidence: confidence), idBits, date?.start.ordinal)
    }

    /// `sources` in (document, offset, length) order, each once. Sorts indices, which moves no SourceRef (two
    /// Strings each) around, and compares document ids for order only when they differ: the sources of one
    /// document share their id's storage, so telling them equal costs nothing.
    private static func sortedDistinct(_ sources: [SourceRef]) -> [SourceRef] {
        func precedes(_ a: SourceRef, _ b: SourceRef) -> Bool {
            if a.document != b.document { return a.document < b.document }
            return (a.offset, a.length) < (b.offset, b.length)
        }
        let order = sources.indices.sorted { precedes(sources[$0], sources[$1]) }
        return order.indices.filter { $0 == 0 || precedes(sources[order[$0 - 1]], sources[order[$0]]) }.map { sources[order[$0]] }
    }

    /// Ids of the events made so far. Events with the same key take "|2", "|3"… suffixes in order,
    /// and a suffix is skipped only if its id is taken; counting per key keeps that linear.
    /// Keys and ids are kept as their hashes: an id is the hash's top 48 bits.
    struct EventIDs {
        private var used: Set<UInt64> = []
        private var nextSuffix: [UInt64: Int] = [:]

        /// The bits of the next id for an event whose key hashes to `keyHash` (`stableHash`).
        mutating func next(forKey keyHash: UInt64) -> UInt64 {
            var n = nextSuffix[keyHash, default: 1]
            var idBits = Extractor.idBits(n == 1 ? keyHash : Extractor.stableHash("|\(n)", continuing: keyHash))
            while used.contains(idBits) {
                n += 1
                idBits = Extractor.idBits(Extractor.stableHash("|\(n)", continuing: keyHash))
            }
            nextSuffix[keyHash] = n + 1
            used.insert(idBits)
            return idBits
        }
    }

    /// FNV-1a 64-bit over the key's UTF-8 bytes; `continuing` extends the hash of a prefix.
    static func stableHash(_ key: String, continuing hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        // Over a contiguous buffer: iterating a short (inline) string's UTF-8 view byte by byte is slow.
        var key = key
        return key.withUTF8 { bytes in
            var hash = hash
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash
        }
    }

    /// The hash of `parts` joined by "|", without joining them.
    static func stableHash(joining parts: [String]) -> UInt64 {
        var hash = stableHash(parts[0])
        for part in parts.dropFirst() { hash = stableHash(part, continuing: stableHash("|", continuing: hash)) }
        return hash
    }

    private static func idBits(_ hash: UInt64) -> UInt64 { hash >> 16 }

    /// "evt-" and 12 hex digits of the FNV-1a 64-bit hash of the event's stable key.
    static func eventID(_ key: String) -> String { eventID(bits: idBits(stableHash(key))) }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// "evt-" and the 12 hex digits of `bits`: hex digits of a fixed width order as the bits do.
    private static func eventID(bits: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            for (k, byte) in "evt-".utf8.enumerated() { buffer[k] = byte }
            for position in 0..<12 { buffer[4 + position] = hexDigits[Int((bits >> UInt64(4 * (11 - position))) & 0xF)] }
            return 16
        }
    }
}
