import Gazetteer

/// One sentence with its cues: finds the incidents it reports and gives each cue to the
/// incident it belongs to (the nearest anchor, preferring one that comes before).
/// A class: the rules' closures capture it, and capturing a reference retains one object where a copy of
/// the value would retain each of its arrays.
final class SentenceContext {
    let text: FoldedText
    let sentenceIndex: Int
    let sentence: Sentence
    let hits: [CueHit]
    let dates: [DateHit]
    let places: [PlaceMention]
    let paragraphHasStrongWeapon: Bool
    /// The type of the state strike an earlier sentence reported: "the strikes" then refers to it.
    let earlierStrike: EventType?
    /// The last day an earlier sentence dated an incident to: "le lendemain" counts from it.
    let previousDay: CalendarDay?
    let tweet: TweetRegion?
    /// The day of the date heading the sentence's round-up section: its undated incidents happened then.
    let sectionDay: CalendarDay?
    let reference: ReferenceDate
    let documentID: String

    init(text: FoldedText, sentenceIndex: Int, sentence: Sentence, hits: [CueHit], dates: [DateHit], places: [PlaceMention],
         paragraphHasStrongWeapon: Bool, earlierStrike: EventType?, previousDay: CalendarDay?, tweet: TweetRegion?,
         sectionDay: CalendarDay? = nil, reference: ReferenceDate, documentID: String) {
        self.text = text
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.hits = hits
        self.dates = dates
        self.places = places
        self.paragraphHasStrongWeapon = paragraphHasStrongWeapon
        self.earlierStrike = earlierStrike
        self.previousDay = previousDay
        self.tweet = tweet
        self.sectionDay = sectionDay
        self.reference = reference
        self.documentID = documentID
    }

    /// Read by several rules of a sentence, so found once.
    private lazy var hasPredicate: Bool = hits.contains { SentenceContext.isPredicate($0.cue) && !isTargetNoun($0) }

    /// « avant de frapper sa cible », "drones are the militias' target": the noun the verb of attack is spelled as.
    private func isTargetNoun(_ hit: CueHit) -> Bool {
        hit.cue == .attack && hit.first == hit.last && hit.first > sentence.tokens.lowerBound && text.token(hit.first, isOneOf: SentenceContext.targetNouns)
            && text.token(hit.first - 1, isOneOf: SentenceContext.nounDeterminers)
    }

    private static let targetNouns = FoldedWords(["cible", "cibles", "target"])
    private static let nounDeterminers = FoldedWords([
        "sa", "son", "ses", "leur", "leurs", "la", "les", "une", "des", "l", "their", "its", "his", "her", "the", "main",
        "principale", "premiere",
    ])

    /// Cues that say something happened to a weapon or by it: an attack, a result, a strike.
    private static func isPredicate(_ cue: Cue) -> Bool {
        switch cue {
        case .attack, .destroy, .outcome, .engaged, .casualties, .killed, .wounded, .damage, .strike, .airStrike: true
        default: false
        }
    }

    private var hasStrikeResult: Bool { hasStrikeResult(outside: nil) }

    /// A result told outside `clause`: "These strikes are a direct response to the attack on Erbil" tells none.
    private func hasStrikeResult(outside clause: Range<Int>?) -> Bool {
        hits.contains {
            guard !(clause?.contains($0.first) ?? false) else { return false }
            switch $0.cue {
            case .attack, .destroy, .killed, .wounded, .outcome(.impact), .damage: return true
            default: return false
            }
        }
    }

    /// An attack, destruction or casualties: what aircraft that only landed or crashed did not do.
    private var hasHarm: Bool {
        hits.contains {
            switch $0.cue {
            case .attack, .destroy, .killed, .wounded, .casualties: true
            default: false
            }
        }
    }

    /// The sentence tells what an attack did: an outcome, casualties or damage.
    private var reportsAResult: Bool {
        hits.contains {
            switch $0.cue {
            case .outcome, .casualties, .killed, .wounded, .damage: !isPlaceName($0)
            default: false
            }
        }
    }

    /// A result that needs the weapon fired: not "a fourth drone failed to launch and was seized", which never flew
    /// (a dud that did not explode did).
    private var reportsAResultOfFiring: Bool {
        hits.contains {
            switch $0.cue {
            case .outcome(.failed): !isPlaceName($0) && text.token($0.last, isOneOf: SentenceContext.explodeWords)
            case .outcome, .casualties, .killed, .wounded, .damage: !isPlaceName($0)
            default: false
            }
        }
    }

    /// "police seized rockets outside Hit", "- Hit: police seized…": the town of Hit, not the verb, after a preposition
    /// of place or as a round-up item's label before a colon.
    private func isPlaceName(_ hit: CueHit) -> Bool {
        let label = hit.first == sentence.tokens.lowerBound && hit.last + 1 < sentence.tokens.upperBound
            && text.tokens[hit.last + 1].punctuationBefore == 0x3A
        let placed = hit.first > sentence.tokens.lowerBound && text.token(hit.first - 1, isOneOf: SentenceContext.placePrepositions)
        // "near the Hit district", « près du district de Hit »: an article between the preposition and the town.
        let placedWithArticle = hit.first - 1 > sentence.tokens.lowerBound && text.token(hit.first - 1, isOneOf: SentenceContext.placeArticles)
            && text.token(hit.first - 2, isOneOf: SentenceContext.placePrepositions)
        return (label || placed || placedWithArticle) && text.tokens[hit.first].isCapitalized
    }

    private static let placeArticles = FoldedWords(["the", "la", "le", "l"])

    private static let placePrepositions = FoldedWords(["outside", "near", "in", "at", "from", "around", "pres", "a", "de", "vers", "autour"])

    private static let instrumentalWords = FoldedWords(["avec", "with"])

    private var hasAirForce: Bool {
        hits.contains { if case .actor(let name, true) = $0.cue { name.firesMissilesFromAircraft } else { false } }
    }

    /// "les projectiles ont été tirés vers 11h00 depuis…", "the projectiles were launched from…": "projectiles" names no
    /// weapon of its own; with a definite determiner and neither a result nor a day of its own, they are the weapons told before.
    private func isProjectilesToldBefore(_ hit: CueHit) -> Bool {
        hit.first > sentence.tokens.lowerBound && text.token(hit.first, isOneOf: SentenceContext.projectileWords)
            && text.token(hit.first - 1, isOneOf: SentenceContext.definiteDeterminers)
            && !reportsAResult && !dates.contains { !$0.isPublication }
    }

    /// "The third drone fell near the village of X", « la seconde roquette est tombée dans un champ »: a weapon named by its
    /// rank among those told before is one of that salvo, not an incident of its own ("the second drone attack" still is).
    private func isOneOfASetToldBefore(_ weapon: CueHit) -> Bool {
        let t = weapon.first
        guard t - 2 >= sentence.tokens.lowerBound, text.token(t - 1, isOneOf: SentenceContext.ranks),
              text.token(t - 2, isOneOf: .singularDefiniteArticles) else { return false }
        return !hits.contains { ($0.cue == .attack || $0.cue == .strike) && $0.first == weapon.last + 1 }
    }

    private static let ranks = FoldedWords([
        "first", "second", "third", "fourth", "fifth", "other", "last", "premier", "premiere", "second", "seconde", "deuxieme",
        "troisieme", "quatrieme", "cinquieme", "autre", "dernier", "derniere",
    ])

    private static let afterWords = FoldedWords(["after", "following", "apres"])

    /// "shortly after midnight on Sunday", « peu après l'aube dimanche », "after 10 p.m. on May 5": an hour, not an event,
    /// follows "after" (an article or a number may come first).
    private func isTimeOfDay(_ t: Int) -> Bool {
        guard t < sentence.tokens.upperBound else { return false }
        if text.number(at: t) != nil { return true }
        let word = text.token(t, isOneOf: .frenchSingularDefiniteArticles) && t + 1 < sentence.tokens.upperBound ? t + 1 : t
        return text.token(word, isOneOf: SentenceContext.hourWords)
    }

    private static let hourWords = FoldedWords([
        "midnight", "minuit", "dawn", "daybreak", "aube", "noon", "midday", "midi", "sunset", "sunrise", "nightfall", "dusk",
        "crepuscule", "tombee",
    ])
    private static let explodeWords = FoldedWords(["exploding", "explode", "exploser", "explose", "detonating", "detonate"])
    private static let projectileWords = FoldedWords(["projectile", "projectiles"])

    private var hasStateActor: Bool { hits.contains { if case .actor(_, true) = $0.cue { true } else { false } } }

    private func contains(_ cue: Cue) -> Bool { hits.contains { $0.cue == cue } }

    func anchors() -> [Anchor] {
        // Most sentences hold no cue an incident can be anchored on: they need none of the tests below.
        guard hits.contains(where: { SentenceContext.canAnchor($0.cue) }) else { return [] }
        let predicate = hasPredicate || isInterceptedInTheNextSentence
        let clause = responseClause()
        // A launcher is a strike's target when something destroyed or struck it, or a state force
        // acted on it; rockets "fired from" a site or "exploding on their launcher" leave it a place.
        let launchSiteHit = contains(.launchSite)
            && hits.contains { $0.cue == .destroy || $0.cue == .strike || $0.cue.isAirStrike
                || ((hasStateActor || isStateForceSubject(of: $0)) && ($0.cue == .attack || $0.cue == .outcome(.impact))) }
        var anchors: [Anchor] = []
        for (index, hit) in hits.enumerated() {
            switch hit.cue {
            case .weapon(let kind, let strong):
                guard predicate, !isStrikeTarget(hit, clause: clause), !isDebris(hit), !isPartitive(hit), !isStoredOrDefensive(hit),
                      !isProjectilesToldBefore(hit), !isOneOfASetToldBefore(hit), !isOnlyBesideAnotherClausesFire(hit),
                      !isBlamedFor(hit, at: index), !(launchSiteHit && isListedAfterALauncher(at: index)) else { continue }
                let new = AnchorKind.weapon(kind, strong: strong)
                // "un missile tiré par un drone" is one weapon's attack; « des missiles, et des drones » are two means.
                // "not a drone but a missile": the weapon named instead is another.
                if let last = anchors.last, case .weapon(let lastKind, let lastStrong) = last.kind, hit.first - last.last <= 3,
                   !(last.last + 1..<hit.first).contains(where: { text.token($0, isOneOf: SentenceContext.contrastWords) }),
                   !areTwoMeans(last, Anchor(first: hit.first, last: hit.last, kind: new)),
                   lastKind == kind || !strong || !lastStrong || (kind == .artillery || lastKind == .artillery) {
                    let keepNew = (strong && !lastStrong) || (lastKind == .artillery && kind != .artillery)
                    anchors[anchors.count - 1] = Anchor(first: last.first, last: hit.last, kind: keepNew ? new : last.kind)
                } else {
                    anchors.append(Anchor(first: hit.first, last: hit.last, kind: new))
                }
            case .airStrike(let state):
                // "un raid aérien a été déclenché" can be an alert; a strike that hit or killed is an incident.
                if state != nil || hasStateActor || hasStrikeResult || isCarriedOutByState(hit) {
                    anchors.append(Anchor(first: hit.first, last: hit.last, kind: .airStrike))
                }
            case .strike:
                // "Les Gardiens ont revendiqué la frappe": the claim of the strike just told, not another one.
                let claimed = hit.first > sentence.tokens.lowerBound && text.token(hit.first - 1, isOneOf: SentenceContext.definiteDeterminers)
                    && hits.contains { $0.cue == .claim && $0.last < hit.first && hit.first - $0.last <= 6 }
                // "The strike comes as Baghdad and Washington prepare…": the strike told before, in a sentence that
                // gives it no day and no result of its own ("it carried out the strike" still says who did it).
                let recalled = hit.first > sentence.tokens.lowerBound
                    && (text.token(hit.first - 1, isOneOf: SentenceContext.definiteDeterminers)
                        || text.token(hit.first - 1, isOneOf: SentenceContext.possessiveMarks))
                    && !hasStrikeResult(outside: clause) && !dates.contains { !$0.isPublication }
                    && !hits.contains { $0.cue == .conduct && $0.last < hit.first && hit.first - $0.last <= 3 }
                // "des frappes de missiles", "missile strikes": the weapons' attack, not a strike besides it.
                let ofWeapon = hits.contains { weapon in
                    guard case .weapon = weapon.cue else { return false }
                    return weapon.last == hit.first - 1
                        || (weapon.first == hit.last + 2 && text.token(hit.last + 1, isOneOf: SentenceContext.ofWeaponWords))
                }
                // "les FDS ont accusé la Turquie d'être derrière la frappe", "blamed Turkey for the strike": the strike told before.
                let blamed = hit.first > sentence.tokens.lowerBound && text.token(hit.first - 1, isOneOf: SentenceContext.definiteDeterminers)
                    && (max(sentence.tokens.lowerBound, hit.first - 8)..<hit.first).contains { text.token($0, isOneOf: SentenceContext.blameWords) }
                // "they can strike without giving a reason to retaliate", "vowed to strike back": the verb after a modal or
                // "to" is a capability or an intent, not a strike that happened.
                let infinitive = hit.first > sentence.tokens.lowerBound && text.token(hit.first - 1, isOneOf: SentenceContext.infinitiveMarkers)
                if claimed || recalled || ofWeapon || blamed || infinitive { continue }
                // "le 18 septembre 2023, une frappe sur l'aérodrome d'Arbat tuait trois membres…", "the U.S. military
                // said it killed three militants in a strike on Sunday": a strike that killed or wounded on a written
                // day, in a sentence naming no weapon or naming a state, happened.
                let stateBefore = hits.contains { if case .actor(_, true) = $0.cue { $0.last < hit.first } else { false } }
                // Not "tens of strikes": a tally is many incidents.
                let counted = hits.contains { h in
                    switch h.cue {
                    case .approximateNumber, .quantifier: h.last == hit.first - 1
                    default: false
                    }
                }
                let harmedOnADay = !counted && dates.contains { !$0.isPublication } && hits.contains { $0.cue == .killed || $0.cue == .wounded }
                    && (stateBefore || !hits.contains { if case .weapon = $0.cue { true } else { false } })
                if ((hasStateActor || earlierStrike != nil) && !paragraphHasStrongWeapon || isCarriedOutByState(hit) || harmedOnADay) && !launchSiteHit {
                    anchors.append(Anchor(first: hit.first, last: hit.last, kind: .strike))
                }
            case .aircraft(let combat):
                // "la Turquie a fermé son espace aérien aux avions qui décollent et atterrissent": flights, not a strike.
                // "The second aircraft fell out of the sky": one of the drones told before, named by its rank.
                if !isHosted(hit), !isOneOfASetToldBefore(hit), bombs(hit) || (hasStateActor && (combat || !tellsFlights)) || (combat ? hasStrikeResult : hasHarm) {
                    anchors.append(Anchor(first: hit.first, last: hit.last, kind: .airStrike))
                }
            case .outcome(.impact):
                // "l'armée américaine a frappé …", "US forces struck …": a state force's strike.
                let byState = hits.contains { h in
                    let isState = if case .actor(_, true) = h.cue { true } else { h.cue == .stateForce }
                    return isState && h.last < hit.first && hit.first - h.last <= 3 && breaks(h.last, hit.first) == 0
                }
                if byState { anchors.append(Anchor(first: hit.first, last: hit.last, kind: .strike)) }
            case .launchSite:
                if launchSiteHit { anchors.append(Anchor(first: hit.first, last: hit.last, kind: .launchSite)) }
            default:
                continue
            }
        }
        // Aircraft and "the strikes" of an earlier sentence are not incidents of their own beside a
        // weapon: "Balad, which hosts F-16 fighter jets", "these strikes answered Friday's rocket attack".
        // Artillery beside aircraft is the same force's fire ("ont répondu avec des hélicoptères d'attaque … et de
        // l'artillerie M777"), not a weapon of another incident.
        let weapons = anchors.filter { if case .weapon(let kind, _) = $0.kind { kind != .artillery } else { false } }
        if !weapons.isEmpty {
            anchors.removeAll { anchor in
                guard let hit = hits.first(where: { $0.first == anchor.first }),
                      weapons.contains(where: { clause?.contains($0.first) == clause?.contains(anchor.first) }) else { return false }
                switch hit.cue {
                case .aircraft: return !isStrikeSubject(hit)
                case .outcome(.impact): return true
                // "une trentaine de projectiles avaient de nouveau frappé la base": the weapons struck, whoever they harmed.
                case .strike: return (!hasStateActor && !isCarriedOutByState(hit)) || weapons.contains { weapon in
                    weapon.last < hit.first && hit.first - weapon.last <= 4 && breaks(weapon.last, hit.first) == 0
                }
                default: return false
                }
            }
        }
        anchors.removeAll(where: isTimedRecall)
        return anchors
    }

    /// The cues `anchors` makes anchors of.
    private static func canAnchor(_ cue: Cue) -> Bool {
        switch cue {
        case .weapon, .airStrike, .strike, .aircraft, .outcome(.impact), .launchSite: true
        default: false
        }
    }

    /// "Turkish drones were back over Qamishli, while U.S. positions in Deir ez-Zor came under fire": a weapon whose only verb
    /// of attack is another clause's "came under fire" (« ont essuyé des tirs ») did nothing itself.
    private func isOnlyBesideAnotherClausesFire(_ weapon: CueHit) -> Bool {
        // Most sentences tell no "came under fire": nothing to filter.
        guard hits.contains(where: { $0.cue == .attack && text.token($0.first, isOneOf: SentenceContext.underFireOpeners) }) else {
            return false
        }
        let predicates = hits.filter { SentenceContext.isPredicate($0.cue) }
        return !predicates.isEmpty && predicates.allSatisfy { hit in
            guard text.token(hit.first, isOneOf: SentenceContext.underFireOpeners) else { return false }
            let (from, to) = hit.first > weapon.last ? (weapon.last, hit.first) : (hit.last, weapon.first)
            return ((from + 1)..<max(from + 1, to)).contains { text.token($0, isOneOf: SentenceContext.clauseOpeners) }
        }
    }

    private static let underFireOpeners = FoldedWords(["came", "come", "comes", "coming", "essuye"])

    /// "a second drone was detected approaching the base. It was shot down by air defenses": a weapon the sentence
    /// tells without a verb of attack, whose interception the next sentence tells.
    private var isInterceptedInTheNextSentence: Bool {
        hits.contains { if case .weapon(_, true) = $0.cue { true } else { false } } && nextSentenceOpensWithItsInterception
    }

    /// The next sentence of the paragraph opens with a pronoun and, within a few words, a verb of interception:
    /// "It was shot down", « Il a été abattu ».
    private var nextSentenceOpensWithItsInterception: Bool {
        let next = sentenceIndex + 1
        guard next < text.sentences.count, text.sentences[next].paragraph == sentence.paragraph else { return false }
        let tokens = text.sentences[next].tokens
        guard !tokens.isEmpty, text.token(tokens.lowerBound, isOneOf: SentenceContext.subjectPronouns) else { return false }
        return (tokens.lowerBound..<min(tokens.upperBound, tokens.lowerBound + 6)).contains { text.token($0, isOneOf: SentenceContext.interceptionWords) }
    }

    private static let subjectPronouns = FoldedWords(["it", "il", "elle"])
    private static let interceptionWords = FoldedWords(["shot", "downed", "intercepted", "abattu", "abattue", "intercepte", "interceptee", "neutralise", "neutralisee"])

    /// "The strikes came on the eve of a visit", « Les frappes sont intervenues à la veille de … »: the strikes told
    /// before, placed in time beside no other attack, are not an incident of their own.
    private func isTimedRecall(_ anchor: Anchor) -> Bool {
        if anchor.kind.isWeapon { return isTimedRecallOfAnAttack(anchor) }
        guard anchor.kind == .strike || anchor.kind == .airStrike, anchor.first > sentence.tokens.lowerBound,
              text.token(anchor.first - 1, isOneOf: SentenceContext.recallDeterminers) else { return false }
        let end = min(sentence.tokens.upperBound, anchor.last + 3)
        guard ((anchor.last + 1)..<max(anchor.last + 1, end)).contains(where: { text.token($0, isOneOf: SentenceContext.timingVerbs) }) else {
            return false
        }
        // "The strikes came two days after an Israeli attack on Damascus": the strikes stand for the attack they follow.
        return !hits.contains { $0.cue == .attack && $0.first > anchor.last }
    }

    /// "The rocket attack came a week after a drone struck Erbil airport", « Cette attaque de drone intervient deux jours
    /// après … »: the attack told before, named by its weapon and placed in time, is not an incident of its own.
    private func isTimedRecallOfAnAttack(_ weapon: Anchor) -> Bool {
        // An attack's noun beside the weapon first (a few hits to read), then the timing verb: most weapons have neither.
        guard hasHit(from: weapon.first - 4, through: weapon.last + 1, where: { $0.cue == .attack }) else { return false }
        let end = min(sentence.tokens.upperBound, weapon.last + 5)
        guard ((weapon.last + 1)..<max(weapon.last + 1, end)).contains(where: { text.token($0, isOneOf: SentenceContext.timingVerbs) }) else {
            return false
        }
        let isAttackNoun = { (t: Int) in self.hits.contains { $0.cue == .attack && $0.first <= t && t <= $0.last } }
        // Back over the attack's noun and its links (« l'attaque à la roquette ») to a definite determiner.
        var determiner: Int?
        var t = weapon.first - 1
        while t >= sentence.tokens.lowerBound, weapon.first - t <= 4 {
            if text.token(t, isOneOf: SentenceContext.timedRecallDeterminers) { determiner = t }
            guard isAttackNoun(t) || text.token(t, isOneOf: SentenceContext.attackLinks) else { break }
            t -= 1
        }
        guard let determiner else { return false }
        return (determiner + 1..<weapon.first).contains(where: isAttackNoun) || (weapon.last + 1 < sentence.tokens.upperBound && isAttackNoun(weapon.last + 1))
    }

    /// A hit starting in `from ... through` that `matches`; hits come in text order, so the scan stops past the range.
    private func hasHit(from: Int, through: Int, where matches: (CueHit) -> Bool) -> Bool {
        for hit in hits {
            if hit.first > through { return false }
            if hit.first >= from && matches(hit) { return true }
        }
        return false
    }

    private static let attackLinks = FoldedWords(["de", "d", "a", "la", "l", "au", "aux", "par", "with"])
    private static let timedRecallDeterminers = FoldedWords(["the", "these", "this", "les", "ces", "cette", "ce", "l", "la"])
    private static let recallDeterminers = FoldedWords(["the", "these", "les", "ces"])
    private static let timingVerbs = FoldedWords([
        "came", "come", "comes", "intervenues", "interviennent", "intervient", "survenues", "surviennent", "intervenue", "survenue",
        "survient",
    ])

    /// "drone strike on a base", "frappe de drone contre la base": the strike's words name a drone, no state stands
    /// before them, and a base follows within a few words of "on", "sur", "against" or "contre".
    private func isDroneStrikeOnABase(_ strike: Anchor) -> Bool {
        guard (strike.first...strike.last).contains(where: { text.token($0, isOneOf: SentenceContext.droneWords) }),
              !hits.contains(where: { if case .actor(_, true) = $0.cue { $0.last < strike.first && strike.first - $0.last <= 2 } else { false } }),
              strike.last + 1 < sentence.tokens.upperBound, text.token(strike.last + 1, isOneOf: SentenceContext.onWords) else { return false }
        let end = min(sentence.tokens.upperBound, strike.last + 5)
        return ((strike.last + 2)..<max(strike.last + 2, end)).contains { text.token($0, isOneOf: SentenceContext.baseWords) }
    }

    private static let droneWords = FoldedWords(["drone", "drones"])
    /// "au lendemain des frappes", "the day after the strikes": the last word of a day counted back from what follows.
    private static let dayAfterLinks = FoldedWords(["des", "de", "du", "d", "the"])
    private static let answerVerbs = FoldedWords(["responded", "retaliated", "riposte", "riposted", "repondu", "replique"])
    private static let onWords = FoldedWords(["on", "against", "sur", "contre"])
    /// Bases, and the airports that host them ("a drone strike on Erbil airport").
    private static let baseWords = FoldedWords(["base", "bases", "airbase", "garrison", "garnison", "outpost", "camp", "embassy", "ambassade",
                                                "airport", "aeroport", "airfield", "aerodrome"])

    /// Take-offs, landings, flights and airspace: what the sentence tells of aircraft that need not be armed.
    private var tellsFlights: Bool {
        sentence.tokens.contains { text.token($0, isOneOf: SentenceContext.flightWords) }
    }

    /// "la base, qui abrite les F-16 de l'armée de l'air", "the base, home to U.S. F-35s": aircraft a place hosts, not
    /// aircraft that struck.
    private func isHosted(_ aircraft: CueHit) -> Bool {
        (max(sentence.tokens.lowerBound, aircraft.first - 5)..<aircraft.first).contains { t in
            text.token(t, isOneOf: SentenceContext.hostWords) && breaks(t, aircraft.first) == 0
                // "home to", not "returned home after jets struck".
                && (!text.token(t, isOneOf: SentenceContext.homeWords) || text.token(t + 1, isOneOf: SentenceContext.toWords))
        }
    }

    private static let homeWords = FoldedWords(["home"])
    private static let toWords = FoldedWords(["to"])
    private static let hostWords = FoldedWords([
        "abrite", "abritent", "abritait", "abritaient", "abritant", "accueille", "accueillent", "accueillait", "accueillant",
        "hosts", "hosting", "hosted", "houses", "housing", "home",
    ])

    private static let flightWords = FoldedWords([
        "decollent", "decoller", "decollage", "atterrissent", "atterrir", "atterrissage", "vols", "takeoff", "landing", "flights",
        "airspace", "airliner", "airliners", "passenger", "passengers",
        // « les avions turcs survolent la zone jour et nuit », "overflights": aircraft over an area, no strike told.
        "survol", "survols", "survole", "survolent", "survolait", "survolaient", "survolant", "survoler", "overflight",
        "overflights", "overflying", "overfly",
    ])

    /// A vehicle (or, when `postsToo`, a field post) within a few words after the drone, behind a verb of attack or impact:
    /// "drones … bombed two vehicles", "a drone struck a position of the military council": an armed drone's targeted strike.
    private func struckAVehicleOrPost(_ drone: Anchor, postsToo: Bool) -> Bool {
        // Headlines use "target": "Two drones target PMF vehicles".
        let upper = min(sentence.tokens.upperBound, drone.last + 9)
        guard let verb = ((drone.last + 1)..<max(drone.last + 1, upper)).first(where: { t in
            text.token(t, isOneOf: SentenceContext.targetVerbs)
                // A headline's present tense and an adverb between auxiliary and participle leave the bare verb, a strike
                // cue: « Un drone frappe une voiture », « un drone avait déjà frappé un pick-up ».
                || hits.contains { $0.first == t && ($0.cue == .attack || $0.cue == .destroy || $0.cue == .outcome(.impact) || $0.cue == .strike) }
        }) else { return vehicleStruck(by: drone) }
        // The object may follow the verb's time: « un drone frappe ce mardi 2 août en fin d'après-midi une voiture ».
        let end = min(sentence.tokens.upperBound, verb + 13)
        return ((verb + 1)..<max(verb + 1, end)).contains {
            text.token($0, isOneOf: SentenceContext.vehicleWords) || (postsToo && text.token($0, isOneOf: SentenceContext.postWords))
        }
            || vehicleStruck(by: drone)
    }

    /// "their car was hit by a drone", « leur voiture a été touchée par un drone »: the passive names the vehicle first (not a
    /// post: "our positions were targeted by a drone" is how a force tells a one-way drone's attack on it).
    private func vehicleStruck(by drone: Anchor) -> Bool {
        let lowest = max(sentence.tokens.lowerBound, drone.first - 3)
        guard let by = (lowest..<drone.first).last(where: { text.token($0, isOneOf: SentenceContext.agentWords) }),
              let verb = hits.last(where: { $0.last < by && by - $0.last <= 1 && ($0.cue == .attack || $0.cue == .outcome(.impact)) })
        else { return false }
        return (max(sentence.tokens.lowerBound, verb.first - 6)..<verb.first).contains { text.token($0, isOneOf: SentenceContext.vehicleWords) }
    }

    private static let targetVerbs = FoldedWords(["target", "targets"])

    /// "a drone hit a PMF headquarters in Jurf al-Sakhar", « un drone a visé un poste du Hachd »: an armed group named within a
    /// few words after the drone's verb, not as its agent, is what the drone struck; militias' one-way drones strike bases.
    private func armedGroupStruck(by drone: Anchor) -> ActorName? {
        let upper = min(sentence.tokens.upperBound, drone.last + 9)
        guard let verb = hits.first(where: { $0.first > drone.last && $0.first < upper && ($0.cue == .attack || $0.cue == .outcome(.impact)) }) else {
            return nil
        }
        let end = verb.last + 9
        for hit in hits where hit.first > verb.last && hit.first <= end && breaks(verb.last, hit.first) == 0 {
            guard case .actor(let group, false) = hit.cue else { continue }
            return hits.contains { $0.cue == .agentMarker && $0.first > verb.last && $0.last < hit.first } ? nil : group
        }
        return nil
    }
    private static let vehicleWords = FoldedWords([
        "voiture", "voitures", "vehicule", "vehicules", "camion", "camions", "camionnette", "pick", "pickup", "moto", "motos",
        "car", "cars", "vehicle", "vehicles", "truck", "trucks", "motorcycle", "motorbike", "suv",
    ])
    /// Field posts, not the bases and airports one-way drones fly at.
    private static let postWords = FoldedWords(["position", "positions", "checkpoint", "checkpoints", "barrage", "barrages"])

    /// « les drones turcs frappent les FDS », "the Turkish drones target PKK hideouts": weapons with a definite plural whose
    /// sentence's only verbs are in the present tell a habit; « Des roquettes s'abattent sur la base » tells a brief's one salvo.
    private func markHabits(_ mentions: inout [Mention], anchors: [Anchor]) {
        // The verbs first, without a copy: most sentences have one in another tense.
        var hasPresentVerb = false
        for hit in hits where SentenceContext.isPredicate(hit.cue) {
            guard text.token(hit.last, isOneOf: SentenceContext.presentTenseVerbs) else { return }
            hasPresentVerb = true
        }
        guard hasPresentVerb else { return }
        for k in anchors.indices where anchors[k].kind.isWeapon {
            // "the Turkish drones": the state's adjective stands between the determiner and the weapon.
            var determiner = anchors[k].first - 1
            for hit in hits {
                if hit.first >= anchors[k].first { break }
                if case .actor = hit.cue, hit.last == anchors[k].first - 1 { determiner = hit.first - 1 }
            }
            if determiner >= sentence.tokens.lowerBound, text.token(determiner, isOneOf: SentenceContext.genericPluralDeterminers) {
                mentions[k].isGeneric = true
            }
        }
    }

    /// The state force that fired artillery: the last actor before it, unless a passive makes it the target, or the one
    /// named after "par", "by" (« des obus tirés par l'artillerie turque »). `nil` when no actor is named.
    private func artilleryAgent(_ anchor: Anchor) -> (agent: CueHit?, named: Bool) {
        let isAgent = { (hit: CueHit) -> Bool in
            if case .actor = hit.cue { return true }
            return hit.cue == .stateForce
        }
        if let before = hits.last(where: { $0.last < anchor.first && isAgent($0) }) {
            let passive = ((before.last + 1)..<anchor.first).contains { text.token($0, isOneOf: SentenceContext.passiveAuxiliaries) }
            return (passive ? nil : before, true)
        }
        guard let marker = hits.first(where: { $0.cue == .agentMarker && $0.first > anchor.last && $0.first - anchor.last <= 3 }),
              let after = hits.first(where: { $0.first > marker.last && $0.first - marker.last <= 4 && isAgent($0) }) else { return (nil, false) }
        return (after, true)
    }

    /// "ready to respond to any drone attack", « riposter à toute frappe de drone »: no attack in particular.
    private func isAnyAttack(_ anchor: Anchor) -> Bool {
        // Right before the weapon ("any drone attack") or before the attack's noun and its link (« toute attaque de drone »).
        (anchor.first - 1 >= sentence.tokens.lowerBound && text.token(anchor.first - 1, isOneOf: SentenceContext.anyWords))
            || (anchor.first - 3 >= sentence.tokens.lowerBound && text.token(anchor.first - 3, isOneOf: SentenceContext.anyWords))
    }

    /// "The strike was carried out by an MQ-9", « L'attaque a été menée avec des roquettes »: a strike or attack with a definite
    /// determiner before the weapon, which tells that strike's means.
    private func namesTheStrikeToldBefore(before weapon: Anchor) -> Bool {
        hits.contains { hit in
            (hit.cue == .strike || hit.cue == .attack || hit.cue.isAirStrike) && hit.last < weapon.first && hit.first > sentence.tokens.lowerBound
                && text.token(hit.first - 1, isOneOf: SentenceContext.definiteDeterminers)
        }
    }

    /// « Les Assayech attribuent la frappe à un drone turc », "officials blamed the attack on a drone": the weapon a source
    /// blames for the strike told before, not another incident.
    private func isBlamedFor(_ weapon: CueHit, at index: Int) -> Bool {
        let lowest = max(sentence.tokens.lowerBound, weapon.first - 7)
        // The strike told before first, among the few hits just before the weapon: most weapons have none.
        var j = index - 1
        while j >= 0, hits[j].first > lowest {
            let hit = hits[j]
            if hit.cue == .strike || hit.cue == .attack, text.token(hit.first - 1, isOneOf: SentenceContext.definiteDeterminers) {
                return (lowest..<hit.first).contains { text.token($0, isOneOf: SentenceContext.blameWords) }
            }
            j -= 1
        }
        return isAttributionOfAStrike(weapon)
    }

    /// « une frappe aérienne, attribuée par le Hachd à un drone », "an air strike, which the militia blamed on a drone": the
    /// means an attribution right after a strike names are that strike's.
    private func isAttributionOfAStrike(_ weapon: CueHit) -> Bool {
        let lowest = max(sentence.tokens.lowerBound, weapon.first - SentenceContext.attributionReach)
        guard weapon.first - 2 >= lowest,
              text.token(weapon.first - 1, isOneOf: SentenceContext.attributionLinks)
                || text.token(weapon.first - 2, isOneOf: SentenceContext.attributionLinks),
              let blame = (lowest..<weapon.first).last(where: { text.token($0, isOneOf: SentenceContext.blameWords) }) else { return false }
        return hits.contains { ($0.cue == .strike || $0.cue.isAirStrike) && $0.last < blame && blame - $0.last <= 4 }
    }

    private static let attributionReach = 12
    private static let attributionLinks = FoldedWords(["a", "au", "aux", "to", "on"])

    /// "Unidentified aircraft struck positions near Al-Qaim", « des avions non identifiés ont pilonné »: aircraft that are the
    /// subject of a verb of striking (not of landing or crashing) strike, whoever flew them.
    private func bombs(_ aircraft: CueHit) -> Bool {
        let end = min(sentence.tokens.upperBound, aircraft.last + 4)
        guard let verb = ((aircraft.last + 1)..<max(aircraft.last + 1, end)).first(where: { text.token($0, isOneOf: SentenceContext.bombingVerbs) })
        else { return false }
        return breaks(aircraft.last, verb) == 0
            && !((aircraft.last + 1)..<verb).contains { text.token($0, isOneOf: SentenceContext.passiveAuxiliaries) }
    }

    private static let bombingVerbs = FoldedWords([
        "struck", "bombed", "hit", "targeted", "attacked", "pounded", "raided", "strike", "bomb", "target",
        "frappe", "frappent", "bombarde", "bombardent", "pilonne", "pilonnent", "vise", "visent", "cible", "ciblent",
    ])

    /// "U.S. fighter jets struck three facilities", "des avions américains avaient bombardé": aircraft that are
    /// the subject of an active strike verb a few words on strike, even beside a weapon of another incident.
    private func isStrikeSubject(_ aircraft: CueHit) -> Bool {
        guard let verb = hits.first(where: { hit in
            hit.first > aircraft.last && hit.first - aircraft.last <= 3
                && (hit.cue == .attack || hit.cue == .destroy || hit.cue == .outcome(.impact))
        }), breaks(aircraft.last, verb.first) == 0 else { return false }
        return !((aircraft.last + 1)...verb.last).contains { text.token($0, isOneOf: SentenceContext.passiveAuxiliaries) }
    }

    /// "un drone a pulvérisé une voiture", "a drone destroyed a pickup": a weapon that is the active subject of a destruction
    /// verb with an object hit that object; "le drone a été détruit", "the drone destroyed by air defences" were intercepted.
    private func destroysAnObject(_ weapon: Anchor, _ verb: CueHit) -> Bool {
        guard verb.first > weapon.last, verb.first - weapon.last <= 3, breaks(weapon.last, verb.first) == 0,
              verb.last + 1 < sentence.tokens.upperBound,
              text.token(verb.last + 1, isOneOf: SentenceContext.objectDeterminers) || hits.contains(where: { hit in
                  if case .number = hit.cue { hit.first == verb.last + 1 } else { false }
              })
        else { return false }
        return !((weapon.last + 1)..<verb.first).contains { text.token($0, isOneOf: SentenceContext.passiveAuxiliaries) }
    }

    private static let objectDeterminers = FoldedWords([
        "un", "une", "des", "le", "la", "les", "l", "a", "an", "the", "son", "sa", "ses", "leur", "leurs", "its", "their", "his",
        "plusieurs", "several",
    ])

    private static let oneWayWords = FoldedWords([
        "kamikaze", "kamikazes", "piege", "pieges", "suicide", "suicides", "explosif", "explosifs", "laden", "way", "shahed", "shaheds",
    ])
    private static let indirectWords = FoldedWords(["indirect", "indirects"])
    private static let passiveAuxiliaries = FoldedWords(["was", "were", "been", "being", "ete", "etaient", "etait"])

    /// A drone its state's name stands next to ("a Turkish drone"), by its mention's index.
    private struct StateDrone {
        let mention: Int
        let state: ActorName
    }

    private static let preventionVerbs = FoldedWords(["dejouer", "prevenir", "empecher", "thwart", "foil", "preempt", "empt", "prevent"])
    /// Tokens from a verb of prevention to the attack it names: « déjouer selon elle une attaque de « drones tueurs » ».
    private static let preventedReach = 8

    /// "deux hommes présentés par Ankara comme des cadres du PKK", "two men whom Ankara described as PKK members": the
    /// state that names a drone's victims as its enemies is the one whose drone killed them.
    private func namesTheVictims(_ state: CueHit) -> Bool {
        let byPresenter = state.first - 2 >= sentence.tokens.lowerBound && text.token(state.first - 1, isOneOf: SentenceContext.agentWords)
            && text.token(state.first - 2, isOneOf: SentenceContext.presentingWords)
        let presents = state.last + 1 < sentence.tokens.upperBound && text.token(state.last + 1, isOneOf: SentenceContext.presentingWords)
        return byPresenter || presents
    }

    private static let agentWords = FoldedWords(["par", "by"])
    private static let presentingWords = FoldedWords([
        "presente", "presentes", "presentee", "presentees", "presented", "described", "decrit", "decrits", "qualifie",
        "qualifies", "identified", "identifie", "identifies", "labelled", "labeled",
    ])

    /// "blessé par les débris d'un drone", "hurt by debris from a rocket": the weapon of the incident just
    /// told, which the sentence follows up.
    private func isDebris(_ weapon: CueHit) -> Bool {
        (max(sentence.tokens.lowerBound, weapon.first - 3)..<weapon.first).contains { text.token($0, isOneOf: SentenceContext.debrisWords) }
    }

    /// "strikes on missile depots", « un dépôt de drones », "the trails of interceptor missiles", « des missiles
    /// intercepteurs »: weapons kept in store, thrown by a store's blast, or fired by the defence, are not the means of an attack.
    private func isStoredOrDefensive(_ weapon: CueHit) -> Bool {
        let after = weapon.last + 1, before = weapon.first - 1
        if after < sentence.tokens.upperBound,
           text.token(after, isOneOf: SentenceContext.storageWords) || text.token(after, isOneOf: SentenceContext.defensiveWords) {
            return true
        }
        guard before >= sentence.tokens.lowerBound else { return false }
        if text.token(before, isOneOf: SentenceContext.defensiveWords) { return true }
        // « le dépôt a explosé, projetant des obus sur les quartiers voisins », "the depot blew up, hurling rockets": the
        // store's own munitions, thrown by its blast.
        if (max(sentence.tokens.lowerBound, before - 1)...before).contains(where: { text.token($0, isOneOf: SentenceContext.blastThrowWords) }) {
            return true
        }
        return before - 1 >= sentence.tokens.lowerBound && text.token(before, isOneOf: SentenceContext.storedOfWords)
            && text.token(before - 1, isOneOf: SentenceContext.storageWords)
    }

    private static let storageWords = FoldedWords([
        "depot", "depots", "entrepot", "entrepots", "warehouse", "warehouses", "stockpile", "stockpiles", "stocks", "storage",
        "factory", "factories", "usine", "usines", "workshop", "workshops", "atelier", "ateliers", "cache", "caches", "arsenal",
        "arsenaux", "production", "stores",
    ])
    private static let storedOfWords = FoldedWords(["de", "d", "of"])
    private static let blastThrowWords = FoldedWords([
        "projetant", "projetait", "projetaient", "hurling", "hurled", "scattering", "scattered", "spewing", "spewed",
    ])
    private static let defensiveWords = FoldedWords([
        "interceptor", "interceptors", "intercepteur", "intercepteurs", "defense", "defence", "antiaerien", "antiaeriens",
    ])

    /// "deux des drones", "certaines des roquettes", "one of the drones": some of the weapons told before, which
    /// the sentence follows up.
    private func isPartitive(_ weapon: CueHit) -> Bool {
        let t = weapon.first
        guard t - 2 >= sentence.tokens.lowerBound else { return false }
        if text.token(t - 1, isOneOf: SentenceContext.partitiveArticles) {
            return text.token(t - 2, isOneOf: SentenceContext.partitiveQuantities)
        }
        return t - 3 >= sentence.tokens.lowerBound && text.token(t - 1, isOneOf: SentenceContext.definiteDeterminers)
            && text.token(t - 2, isOneOf: SentenceContext.ofWords) && text.token(t - 3, isOneOf: SentenceContext.partitiveQuantities)
    }

    private static let partitiveArticles = FoldedWords(["des", "d"])
    private static let ofWords = FoldedWords(["of"])
    private static let partitiveQuantities = FoldedWords([
        "un", "une", "deux", "trois", "quatre", "cinq", "certains", "certaines", "plusieurs", "plupart", "aucun", "aucune",
        "chacun", "chacune", "one", "two", "three", "four", "five", "some", "several", "most", "none", "each", "both", "all",
    ])

    /// "some 70 kilometers northeast of the capital Hewler", "à 30 km au sud de Mossoul": a place the
    /// distance is counted from, not the place of the incident.
    /// "près de la ville de Qeladize, à l'est de Souleimaniye", "Tell Baydar, north of Hasakah": so is the place a
    /// compass point is counted from.
    private func isDistanceReference(_ place: PlaceMention) -> Bool {
        let t = place.token
        // Only beside another place finer than a country: "a farm north of Baghdad, in Iraq" is near Baghdad.
        if t - 2 >= sentence.tokens.lowerBound, text.token(t - 1, isOneOf: SentenceContext.compassLinks),
           text.token(t - 2, isOneOf: SentenceContext.compassPoints),
           places.contains(where: { $0.token != t && $0.place.kind.specificity >= 2 && !namesItsProvince($0, besides: places) }) {
            return true
        }
        guard let unit = (max(sentence.tokens.lowerBound, t - 6)..<t).last(where: { text.token($0, isOneOf: SentenceContext.distanceUnits) }) else {
            return false
        }
        // "à une soixantaine de kilomètres au sud-ouest d'Erbil": even alone, the place the distance is counted from
        // ("of", "de", "from" before it); not "within half a kilometer of U.S. troops near Hasakah". « à 15 km de Baqouba,
        // chef-lieu de la province de Diyala »: a province or country beside it is wider, so the town stays the nearest point.
        let others = places.lazy.filter { $0.token != t }
        if others.contains(where: { $0.place.kind.specificity >= PlaceKind.city.specificity }) { return true }
        if !others.isEmpty { return statedKm(before: unit).map { $0 > SentenceContext.nearbyKm } ?? true }
        return t - 1 >= sentence.tokens.lowerBound && text.token(t - 1, isOneOf: SentenceContext.distanceLinks)
    }

    /// "70 kilometers", « une quinzaine de kilomètres »: the distance written before a unit, when it is a number or a round figure.
    private func statedKm(before unit: Int) -> Int? {
        guard unit - 1 >= sentence.tokens.lowerBound else { return nil }
        if let value = text.number(at: unit - 1) { return text.token(unit, isOneOf: SentenceContext.mileUnits) ? value * 16 / 10 : value }
        guard unit - 2 >= sentence.tokens.lowerBound, text.token(unit - 1, isOneOf: SentenceContext.distanceLinks) else { return nil }
        return SentenceContext.roundFigures.firstIndex { text.token(unit - 2, isOneOf: $0.word) }.map { SentenceContext.roundFigures[$0].km }
    }

    /// "the Hawija neighborhood of Deir ez-Zor city", « le quartier d'al-Joura, à Deir ez-Zor », "Deir ez-Zor's Hawija
    /// neighborhood": a neighbourhood's name that the gazetteer reads as a distant town, beside the town it belongs to, which
    /// is the place (« le quartier de Sayyida Zeinab, au sud de Damas » names a place beside the city: it stays).
    private func isNeighbourhoodName(_ place: PlaceMention) -> Bool {
        let t = place.token
        let last = text.tokenIndex(atOrAfter: place.range.upperBound)
        // « le quartier de X », but not the town of "the X neighborhood of Y".
        let namedAfterTheWord = (max(sentence.tokens.lowerBound, t - 2)..<t).first { text.token($0, isOneOf: SentenceContext.neighbourhoodWords) }
            .map { word in !places.contains { text.tokenIndex(atOrAfter: $0.range.upperBound) == word } } ?? false
        let named = namedAfterTheWord || (last < sentence.tokens.upperBound && text.token(last, isOneOf: SentenceContext.neighbourhoodWords))
        // "al-Hawija in Deir ez-Zor", « al-Hawija, dans Deir ez-Zor »: a town said to lie in a distant town is a namesake there.
        let saidToLieIn = place.place.kind.specificity == PlaceKind.city.specificity && last < sentence.tokens.upperBound
            && text.token(last, isOneOf: SentenceContext.insideWords)
        guard named || saidToLieIn else { return false }
        return places.contains { other in
            other.token != t && other.place.kind.specificity == PlaceKind.city.specificity
                && (named ? (other.token > t ? other.token - last <= 5 : t - other.token <= 4) : other.token > last && other.token - last <= 3)
                && Extractor.distanceKm(place.place, other.place) > other.place.radiusKm + place.place.radiusKm + SentenceContext.neighbourhoodReachKm
        }
    }

    private static let insideWords = FoldedWords(["in", "dans"])

    /// "Silêmanî province – a drone struck a car near the town of Raniye", "Duhok (Dihok) province", « dans la province de
    /// Souleimaniyeh, près de Raniye »: a city named for its province, in a spelling the gazetteer knows only for the city, is
    /// not the place when `others` hold another town.
    private func namesItsProvince(_ place: PlaceMention, besides others: [PlaceMention]) -> Bool {
        guard place.place.kind.specificity == PlaceKind.city.specificity else { return false }
        let end = sentence.tokens.upperBound
        let next = text.tokenIndex(atOrAfter: place.range.upperBound)
        var named = next < end && text.token(next, isOneOf: SentenceContext.provinceWords)
        // Another spelling in brackets between the name and the word.
        if !named, next + 1 < end, text.bytes[place.range.upperBound..<Int(text.tokens[next].start)].contains(0x28) {
            named = (next + 1..<min(next + 4, end)).contains { text.token($0, isOneOf: SentenceContext.provinceWords) }
        }
        if !named, place.token - 2 >= sentence.tokens.lowerBound {
            named = text.token(place.token - 1, isOneOf: SentenceContext.provinceLinks) && text.token(place.token - 2, isOneOf: SentenceContext.provinceWords)
        }
        return named && others.contains {
            $0.place.kind.specificity >= PlaceKind.city.specificity && !$0.place.hasSameID(as: place.place)
        }
    }

    private static let provinceWords = FoldedWords(["province", "governorate", "gouvernorat", "muhafaza"])
    private static let provinceLinks = FoldedWords(["de", "d", "of"])

    /// "the Islamic Resistance in Iraq claimed…", « le Parti des travailleurs du Kurdistan »: a place inside a group's name
    /// says nothing of where the incident was (a region or country inside a neutral phrase neither; "the US embassy" is a place).
    private func isInANamedGroup(_ place: PlaceMention) -> Bool {
        hits.contains { hit in
            guard hit.first <= place.token && place.token <= hit.last else { return false }
            if case .actor = hit.cue { return true }
            return hit.cue == .neutral && place.place.kind.specificity <= PlaceKind.region.specificity
        }
    }

    /// "taken to al-Assad hospital", « la rue de l'aéroport », « l'hôpital al-Assad »: a base's or an airport's name given to a
    /// hospital, a street or a school names that building, not the site.
    private func namesAFacility(_ place: PlaceMention) -> Bool {
        guard place.place.kind.specificity >= PlaceKind.airport.specificity else { return false }
        let t = place.token
        let after = text.tokenIndex(atOrAfter: place.range.upperBound)
        if after < sentence.tokens.upperBound, text.token(after, isOneOf: SentenceContext.facilityWords) { return true }
        return (max(sentence.tokens.lowerBound, t - 3)..<t).contains { text.token($0, isOneOf: SentenceContext.facilityWords) }
            && !(max(sentence.tokens.lowerBound, t - 3)..<t).contains { text.token($0, isOneOf: SentenceContext.baseWords) }
    }

    private static let facilityWords = FoldedWords([
        "hospital", "hopital", "clinic", "clinique", "street", "rue", "avenue", "boulevard", "square", "school", "ecole", "mosque",
        "mosquee", "university", "universite", "stadium", "stade", "hotel", "roundabout", "bridge", "pont",
    ])

    /// How far outside a town's radius its neighbourhoods may lie.
    private static let neighbourhoodReachKm = 10.0

    private static let neighbourhoodWords = FoldedWords(["quartier", "quartiers", "neighborhood", "neighbourhood", "neighborhoods",
                                                         "neighbourhoods", "quarter"])

    /// « la route reliant le district d'Amadiya à la ville de Duhok », "the road between Kirkuk and Tikrit": the incident lies
    /// on the road, which reports locate by the larger of the two towns (the first when they are alike); the other is not its place.
    private func isFartherEndOfARoad(_ place: PlaceMention) -> Bool {
        let t = place.token
        let lowest = max(sentence.tokens.lowerBound + 1, t - 6)
        guard let link = (lowest..<max(lowest, t)).last(where: { l in
            text.token(l, isOneOf: SentenceContext.roadLinks) && (max(sentence.tokens.lowerBound, l - 2)..<l).contains {
                text.token($0, isOneOf: SentenceContext.roadWords)
            }
        }) else { return false }
        let ends = places.filter { $0.token > link && $0.token - link <= 12 && $0.place.kind.specificity == PlaceKind.city.specificity }
            .sorted { $0.token < $1.token }.prefix(2)
        guard ends.count == 2, ends.contains(where: { $0.token == t }) else { return false }
        let (first, second) = (ends[ends.startIndex], ends[ends.startIndex + 1])
        let located = first.place.kind == .town && second.place.kind == .city ? second : first
        return located.token != t
    }

    /// « le champ gazier, dans le district de Chamchamal, entre Kirkouk et Souleimaniyeh », "a village in Daquq district, between
    /// Kirkuk and Tuz": the two towns an incident's place lies between are landmarks when the sentence names that place.
    private func isLandmarkBetween(_ place: PlaceMention) -> Bool {
        // Two towns and the place between them: most sentences name fewer places.
        guard places.count >= 3 else { return false }
        let t = place.token
        let lowest = max(sentence.tokens.lowerBound, t - 8)
        guard let link = (lowest..<t).last(where: { text.token($0, isOneOf: SentenceContext.betweenWords) }),
              !(max(sentence.tokens.lowerBound, link - 2)..<link).contains(where: { text.token($0, isOneOf: SentenceContext.roadWords) })
        else { return false }
        let ends = places.filter { $0.token > link && $0.token - link <= 8 }.sorted { $0.token < $1.token }.prefix(2)
        guard ends.count == 2, ends.contains(where: { $0.token == t }),
              ((ends.first!.token + 1)..<ends.last!.token).contains(where: { text.token($0, isOneOf: SentenceContext.clauseCoordinators) }) else {
            return false
        }
        return places.contains { other in
            other.token < link && other.place.kind.specificity >= PlaceKind.city.specificity && !ends.contains { $0.place.hasSameID(as: other.place) }
        }
    }

    private static let betweenWords = FoldedWords(["entre", "between"])
    private static let roadWords = FoldedWords(["route", "road", "highway", "autoroute", "axe", "chemin"])
    private static let roadLinks = FoldedWords(["reliant", "relie", "joignant", "entre", "linking", "connecting", "joining", "between"])

    private static let distanceLinks = FoldedWords(["of", "de", "d", "du", "from"])

    private static let compassPoints = FoldedWords([
        "nord", "sud", "est", "ouest", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    ])
    private static let compassLinks = FoldedWords(["of", "de", "d", "du"])

    /// How far from a town a report may still put the incident at the town (the gold's radius near a town is 50 km).
    private static let nearbyKm = 30
    private static let mileUnits = FoldedWords(["miles", "mile"])
    private static let roundFigures: [(word: FoldedWords, km: Int)] = [
        (FoldedWords(["dizaine"]), 10), (FoldedWords(["douzaine"]), 12), (FoldedWords(["quinzaine"]), 15),
        (FoldedWords(["vingtaine"]), 20), (FoldedWords(["trentaine"]), 30), (FoldedWords(["quarantaine"]), 40),
        (FoldedWords(["cinquantaine"]), 50), (FoldedWords(["soixantaine"]), 60), (FoldedWords(["centaine"]), 100),
    ]
    private static let distanceUnits = FoldedWords(["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile"])

    private static let debrisWords = FoldedWords(["debris", "fragments", "fragment", "shrapnel", "eclats", "restes", "remains", "wreckage", "epave"])

    /// "U.S. forces conducted a self-defense strike", "l'armée a mené une frappe": a strike a state
    /// carried out is its own incident even in a paragraph about rockets or drones; so is an air strike.
    private func isCarriedOutByState(_ strike: CueHit) -> Bool {
        guard let verb = hits.last(where: { ($0.cue == .conduct || $0.cue == .attack) && $0.last < strike.first }),
              strike.first - verb.last <= 4, breaks(verb.last, strike.first) == 0 else { return false }
        return hits.contains { agent in
            let isState = if case .actor(_, true) = agent.cue { true } else { agent.cue == .stateForce }
            return isState && agent.last < verb.first && verb.first - agent.last <= 3
        }
    }

    /// "the strikes hit command centres, rockets and missiles": weapons after a strike and its verb are
    /// what it hit, not an attack of their own.
    /// The token of "province" in "in the province", « dans la province », when no name follows it, within reach of an anchor.
    private func unnamedProvince(after anchors: [Anchor]) -> Int? {
        let tokens = sentence.tokens
        let first = max(tokens.lowerBound + 2, anchors[0].last + 1)
        let end = min(tokens.upperBound, anchors[anchors.count - 1].last + 1 + SentenceContext.unnamedProvinceReach)
        guard first < end else { return nil }
        for t in first..<end
        where text.token(t, isOneOf: SentenceContext.provinceWords) && text.token(t - 1, isOneOf: SentenceContext.provinceArticles)
            && text.token(t - 2, isOneOf: SentenceContext.insideWords) {
            if t + 1 < tokens.upperBound, text.tokens[t + 1].punctuationBefore == 0, text.token(t + 1, isOneOf: SentenceContext.provinceLinks)
                || text.token(t + 1, isOneOf: SentenceContext.provinceNameLinks) { continue }
            return t
        }
        return nil
    }

    private static let provinceArticles = FoldedWords(["the", "la", "that", "cette"])
    private static let provinceNameLinks = FoldedWords(["du", "des"])
    private static let unnamedProvinceReach = 10

    /// The first words of "were to be launched", « devait être tirée »: a launch planned, which a failure shows was tried.
    private static let scheduledLaunchOpeners = FoldedWords(["were", "was", "devaient", "devait"])

    /// "US forces struck", « les forces américaines ont frappé »: a state's troops right before the verb carry it out.
    private func isStateForceSubject(of verb: CueHit) -> Bool {
        hits.contains { $0.cue == .stateForce && $0.last < verb.first && verb.first - $0.last <= 2 }
    }

    /// "US forces struck three rocket launchers, a mortar and a tank", « ont détruit deux lance-roquettes, un mortier et un
    /// véhicule »: a weapon listed right after a struck launcher is another of the strike's targets.
    private func isListedAfterALauncher(at index: Int) -> Bool {
        // The list's articles and counts are cues of their own ("un", "a", "two").
        guard let launcher = hits[..<index].last(where: { !SentenceContext.isCount($0.cue) }), launcher.cue == .launchSite else { return false }
        let between = (launcher.last + 1)..<hits[index].first
        return between.count <= SentenceContext.listFillersMax
            && between.allSatisfy { text.token($0, isOneOf: SentenceContext.listFillers) || text.number(at: $0) != nil }
    }

    private static func isCount(_ cue: Cue) -> Bool {
        switch cue {
        case .number, .approximateNumber, .atLeast: true
        default: false
        }
    }

    private static let listFillersMax = 3
    private static let listFillers = FoldedWords(["a", "an", "one", "un", "une", "des", "and", "et", "the", "le", "la", "les", "de", "d", "du"])

    private func isStrikeTarget(_ weapon: CueHit, clause: Range<Int>?) -> Bool {
        guard let strike = hits.first(where: { $0.last < weapon.first && ($0.cue == .strike || $0.cue.isAirStrike) }) else {
            return false
        }
        // "strikes in retaliation for the attack in which rockets killed…": the rockets are the earlier attack's.
        if let clause, clause.contains(weapon.first) != clause.contains(strike.first) { return false }
        return hits.contains { hit in
            guard hit.first > strike.last, hit.last < weapon.first, weapon.first - hit.last <= 12 else { return false }
            switch hit.cue {
            // "fighter jets struck sites near Al-Qaim, after a drone attack had targeted…": a new clause's weapon.
            case .destroy, .outcome(.impact), .targeting:
                return !((hit.last + 1)..<weapon.first).contains { text.token($0, isOneOf: SentenceContext.clauseOpeners) }
            default: return false
            }
        }
    }

    /// "Today's strikes", "Monday's strike": a strike named by the day it is told of.
    private static let possessiveMarks = FoldedWords(["s"])
    private static let anyWords = FoldedWords(["any", "toute", "tout"])
    /// The lexicon's present-tense verbs, by their last word (« s'abattent » ends a predicate hit on "abattent").
    private static let presentTenseVerbs = FoldedWords((Lexicon.presentTenseStrikes + Lexicon.presentTenseAttacks + Lexicon.presentTenseImpacts)
        .map { String($0.split(separator: " ").last!) })
    private static let genericPluralDeterminers = FoldedWords(["les", "the"])
    private static let infinitiveMarkers = FoldedWords(["to", "can", "cannot", "could", "may", "might", "will", "would", "shall", "should", "must"])

    private static let ofWeaponWords = FoldedWords(["de", "d", "of", "au", "a"])

    private static let pluperfectAuxiliaries = FoldedWords(["had", "avait", "avaient"])
    private static let complementizers = FoldedWords(["that", "que", "qu"])

    private static let sinceWords = FoldedWords(["since", "depuis"])

    /// "since Oct. 17", "depuis la mi-octobre", "depuis 2022": a date or a year within three words after "since" or "depuis".
    private var boundsAPeriod: Bool {
        let datesAYear = (sentence.tokens.lowerBound..<(sentence.tokens.upperBound - 1)).contains { t in
            text.token(t, isOneOf: SentenceContext.sinceWords) && DateExpressions.year(text, t + 1) != nil
        }
        return datesAYear || hits.contains { hit in
            switch hit.cue {
            case .month, .weekday, .relative: break
            default: return false
            }
            return (max(sentence.tokens.lowerBound, hit.first - 5)..<hit.first).contains { text.token($0, isOneOf: SentenceContext.sinceWords) }
        }
    }

    private static let clauseOpeners = FoldedWords(["after", "apres", "before", "avant", "when", "lorsque", "lorsqu", "quand",
                                                    "while", "tandis", "since", "because", "parce"])

    /// "des missiles et des drones", "missiles and drones": weapons of two kinds joined by a coordinator.
    private func areTwoMeans(_ first: Anchor, _ second: Anchor) -> Bool {
        guard case .weapon(let a, _) = first.kind, case .weapon(let b, _) = second.kind, a != b, a != .artillery, b != .artillery,
              second.first > first.last, second.first - first.last <= 3 else { return false }
        return (first.last + 1..<second.first).contains { text.token($0, isOneOf: SentenceContext.coordinators) }
    }

    /// Commas, semicolons and brackets between two tokens make a cue less likely to belong across them.
    private func breaks(_ from: Int, _ to: Int) -> Int { text.clauseBreaks(from: from, to: to) }

    /// "… in response to the drone attack of 15 August on al-Tanf": the tokens from a response marker
    /// to the end of the sentence (to the first comma when the marker opens the sentence) tell of the
    /// earlier incident, so their dates, places and figures are not the response's.
    func responseClause() -> Range<Int>? {
        guard let marker = hits.first(where: { $0.cue == .response }) else { return nil }
        let tokens = sentence.tokens
        // A marker that opens the sentence or a clause after a colon ends its clause at the next comma.
        let opensClause = marker.first - tokens.lowerBound <= 2 || [0x3A, 0x3B].contains(text.tokens[marker.first].punctuationBefore)
        guard opensClause else { return marker.first..<tokens.upperBound }
        let comma = ((marker.last + 1)..<tokens.upperBound).first { text.tokens[$0].punctuationBefore == 0x2C }
        return marker.first..<(comma ?? tokens.upperBound)
    }

    /// The anchor a cue belongs to: the nearest on the same side of a response clause; nil when that
    /// side has no anchor.
    private func owner(_ first: Int, _ last: Int, _ anchors: [Anchor], _ clause: Range<Int>?, _ boundaries: [Int]) -> Int? {
        let inClause = clause?.contains(first)
        // One anchor, the common case, owns whatever its clause allows, whatever the distance.
        if anchors.count == 1 { return inClause == nil || clause!.contains(anchors[0].first) == inClause ? 0 : nil }
        // The side of a coordinated clause the cue stands on, when that side tells an incident of its own.
        let side = SentenceContext.side(of: first, boundaries)
        let sideHasAnchor = !boundaries.isEmpty && anchors.contains { SentenceContext.side(of: $0.first, boundaries) == side }
        // ", and on August 25 U.S. forces destroyed…", "; two days earlier, a drone…": a comma and a coordinator, or
        // a semicolon, open a clause; what stands at its start belongs to what follows more than to what came before.
        let punctuation = text.tokens[first].punctuationBefore
        let opensClause = punctuation == 0x3B || punctuation == 0x3A
            || (max(sentence.tokens.lowerBound, first - 2)..<max(sentence.tokens.lowerBound, first)).contains { t in
                text.token(t, isOneOf: SentenceContext.coordinators) && text.tokens[t].punctuationBefore == 0x2C
            }
        var best: Int?
        var bestCost = Int.max
        for (k, anchor) in anchors.enumerated() where (inClause == nil || clause!.contains(anchor.first) == inClause)
            && (!sideHasAnchor || SentenceContext.side(of: anchor.first, boundaries) == side) {
            let cost: Int
            if anchor.last < first {
                cost = first - anchor.last + 4 * breaks(anchor.last, first) + (opensClause ? 8 : 0)
            } else if anchor.first > last {
                cost = (opensClause ? 1 : 2) * (anchor.first - last + 4 * breaks(last, anchor.first))
            } else {
                cost = 0
            }
            if cost < bestCost {
                bestCost = cost
                best = k
            }
        }
        return best
    }

    /// "le 5 juin, un drone a visé Sinjar, tuant un combattant, et que le 25 mai une frappe a touché Makhmour", "a drone hit
    /// a car near Qamishli; on Friday another struck Amuda": a comma and "et que", "and that", "et le", "and on", or a
    /// semicolon, with an incident told on each side, part two reports: each keeps the dates and places of its own side.
    private func coordinatedClauseBoundaries(_ anchors: [Anchor]) -> [Int] {
        guard anchors.count >= 2, let firstAnchor = anchors.first?.first, let lastAnchor = anchors.last?.first else { return [] }
        var boundaries: [Int] = []
        for t in (firstAnchor + 1)..<max(firstAnchor + 1, lastAnchor) {
            let punctuation = text.tokens[t].punctuationBefore
            let opensClause = punctuation == 0x3B || (punctuation == 0x2C && text.token(t, isOneOf: SentenceContext.clauseCoordinators)
                && t + 1 < sentence.tokens.upperBound && text.token(t + 1, isOneOf: SentenceContext.clauseStarts))
            if opensClause, anchors.contains(where: { $0.first > t }), anchors.contains(where: { $0.last < t }) { boundaries.append(t) }
        }
        return boundaries
    }

    private static let clauseCoordinators = FoldedWords(["et", "and"])
    /// What opens a clause of its own after "et" or "and": a complementizer or a date's preposition or article.
    private static let clauseStarts = FoldedWords(["que", "qu", "that", "le", "on", "in", "en", "lors", "dans"])

    /// How many boundaries stand at or before the token: the clause it belongs to.
    private static func side(of token: Int, _ boundaries: [Int]) -> Int {
        boundaries.lastIndex { $0 <= token }.map { $0 + 1 } ?? 0
    }

    private static let ordinalSuffixes = FoldedWords(["e", "eme", "ieme", "th", "st", "nd", "rd", "er", "ere"])

    private func isOrdinal(_ t: Int) -> Bool {
        let bytes = text.foldedBytes(of: t)
        guard let first = bytes.first, first >= 0x30 && first <= 0x39,
              let firstLetter = bytes.firstIndex(where: { $0 > 0x39 }) else { return false }
        return SentenceContext.ordinalSuffixes.contains(bytes[firstLetter...])
    }

    private func countBefore(_ anchor: Anchor, anchors: [Anchor]) -> (Int, Bool)? {
        let lowest = max(sentence.tokens.lowerBound, anchor.first - 4)
        var t = anchor.first - 1
        while t >= lowest {
            if anchors.contains(where: { $0.last == t }) { return nil }
            if let hit = hits.first(where: { $0.last == t }) {
                switch hit.cue {
                case .number(let n): return (n, false)
                case .approximateNumber(let n): return (n, true)
                // "un tir de roquettes", "a barrage of rockets": the number counts the salvos, not the weapons.
                case .attack: return nil
                default: break
                }
            }
            // Digits after a hyphen are model names (F-15, Falaq-1, MQ-9), not counts.
            // Nor is the day of a date ("April 15 (Reuters) - A drone").
            if text.tokens[t].punctuationBefore != 0x2D, let n = text.number(at: t), n > 0, n < 1000,
               DateExpressions.year(text, t) == nil, !dates.contains(where: { $0.first <= t && t <= $0.last }),
               !(t + 1 < text.tokens.count && text.token(t + 1, isOneOf: SentenceContext.units)) {
                return (n, false)
            }
            t -= 1
        }
        return nil
    }

    /// The number of people a casualty word counts: "trois soldats tués", "tuant trois soldats".
    private func numberNear(_ hit: CueHit) -> Int? {
        func number(_ t: Int) -> Int? {
            if let n = text.number(at: t), DateExpressions.year(text, t) == nil { return n }
            if let h = hits.first(where: { $0.first == t }), case .number(let n) = h.cue { return n }
            return nil
        }
        let before = stride(from: hit.first - 1, through: max(sentence.tokens.lowerBound, hit.first - 4), by: -1)
        let after = stride(from: hit.last + 1, through: min(sentence.tokens.upperBound - 1, hit.last + 3), by: 1)
        // A participle counts what follows it: "tuant trois soldats", "wounding two".
        let word = text.foldedBytes(of: hit.last)
        let participle = word.count >= 3 && (word.suffix(3).elementsEqual("ant".utf8) || word.suffix(3).elementsEqual("ing".utf8))
        func firstNumber(_ tokens: StrideThrough<Int>) -> Int? { tokens.lazy.compactMap(number).first }
        return participle ? firstNumber(after) ?? firstNumber(before) : firstNumber(before) ?? firstNumber(after)
    }

    /// Relative pronouns that open a clause about the noun before their comma.
    private static let relativePronouns = FoldedWords(["which", "where", "qui", "dont"])

    /// "qui a dénoncé", "who condemned", "which denounced": a speaker's relative pronoun up to two words before the verb.
    private func opensARelativeClause(before hit: CueHit) -> Bool {
        (max(sentence.tokens.lowerBound, hit.first - 3)..<hit.first).contains { text.token($0, isOneOf: SentenceContext.speakerPronouns) }
    }

    private static let speakerPronouns = FoldedWords(["qui", "who", "which"])

    /// "a drone strike killed two men near Sinjar, and Baghdad summoned the ambassador": a comma and a coordinator (or a
    /// semicolon) open a clause of its own; the reaction it tells does not undo the strike told before (a launch site is an
    /// incident only through the strike the reaction names).
    private func opensACoordinatedClause(between from: Int, and to: Int) -> Bool {
        ((from + 1)..<max(from + 1, to)).contains { t in
            let punctuation = text.tokens[t].punctuationBefore
            return punctuation == 0x3B || (punctuation == 0x2C && text.token(t, isOneOf: SentenceContext.coordinators))
        }
    }

    /// Whether `hit` sits in a relative clause opened after every anchor by a comma and a relative pronoun.
    private func describesAPlace(_ hit: CueHit, _ anchors: [Anchor]) -> Bool {
        guard let lastAnchor = anchors.map(\.last).max(), lastAnchor < hit.first else { return false }
        return ((lastAnchor + 1)..<hit.first).contains {
            text.tokens[$0].punctuationBefore == 0x2C && text.token($0, isOneOf: SentenceContext.relativePronouns)
        }
    }

    /// The sentence as its mentions cite it, with the full stop that ends it.
    func source() -> SourceRef {
        let start = Int(text.tokens[sentence.tokens.lowerBound].start)
        var end = Int(text.tokens[sentence.tokens.upperBound - 1].end)
        if end < text.bytes.count, [0x2E, 0x21, 0x3F].contains(text.bytes[end]) { end += 1 }
        return SourceRef(document: documentID, offset: start, length: end - start, quote: text.original(start..<end))
    }

    func mentions() -> [Mention] {
        let anchors = anchors()
        guard !anchors.isEmpty, !isHeadlineOfKindsAndPlaces else { return [] }
        let clause = responseClause()
        let boundaries = coordinatedClauseBoundaries(anchors)
        let tokens = sentence.tokens
        let hasDefense = hits.contains { if case .defense = $0.cue { true } else { false } }

        var mentions = anchors.map { anchor -> Mention in
            let type: EventType
            switch anchor.kind {
            case .weapon(.rocket, _), .weapon(.artillery, _): type = .rocketAttack
            case .weapon(.drone, _): type = .droneAttack
            case .weapon(.missile, _): type = .missileAttack
            case .weapon(.mortar, _): type = .mortarAttack
            case .airStrike: type = .airstrike
            case .strike:
                let ownAgent = hasStateActor || hits.contains { $0.first == anchor.first && isCarriedOutByState($0) }
                type = ownAgent ? .strike : earlierStrike ?? .strike
            case .launchSite: type = .strike
            }
            var m = Mention(sentence: sentenceIndex, paragraph: sentence.paragraph, anchor: anchor, type: type)
            if case .weapon(.drone, _) = anchor.kind {
                m.isOneWayDrone = (max(tokens.lowerBound, anchor.first - 2)...anchor.last).contains { text.token($0, isOneOf: SentenceContext.oneWayWords) }
            }
            if let (n, approximate) = countBefore(anchor, anchors: anchors) {
                m.count = n
                m.countIsApproximate = approximate
            }
            // "most missiles were intercepted", « la plupart des missiles », "the majority of the drones": part of a salvo told before.
            m.namesWeaponsToldBefore = anchor.kind.isWeapon && anchor.first > tokens.lowerBound
                && (text.token(anchor.first - 1, isOneOf: SentenceContext.definiteDeterminers)
                    || text.token(anchor.first - 1, isOneOf: SentenceContext.mostWords)
                    || (anchor.first - 2 >= tokens.lowerBound && text.token(anchor.first - 2, isOneOf: SentenceContext.mostWords)))
            m.isAnswered = clause?.contains(anchor.first) ?? false
            if isAnyAttack(anchor) { m.nonEvent = .hypothetical }
            if !hasPredicate { m.outcome = .intercepted }
            m.isOneOfTwoMeans = anchors.contains { areTwoMeans($0, anchor) || areTwoMeans(anchor, $0) }
            return m
        }

        let strikeTargets = contains(.nonEvent(.hypothetical))
            ? hits.filter { if case .weapon = $0.cue { isStrikeTarget($0, clause: clause) } else { false } } : []
        var agentNext = false
        var stateDrones: [StateDrone] = []
        var duds: Set<Int> = []
        var tellsADrill = false
        for (k, hit) in hits.enumerated() {
            guard let o = owner(hit.first, hit.last, anchors, clause, boundaries) else { continue }
            switch hit.cue {
            case .outcome(let outcome):
                if outcome.strength > mentions[o].outcome.strength { mentions[o].outcome = outcome }
                if outcome == .failed, text.token(hit.last, isOneOf: SentenceContext.explodeWords) { duds.insert(o) }
            case .engaged where hasDefense:
                if mentions[o].outcome == .unknown { mentions[o].outcome = .intercepted }
            case .destroy:
                if mentions[o].outcome == .unknown {
                    if case .weapon = anchors[o].kind, !destroysAnObject(anchors[o], hit) {
                        mentions[o].outcome = .intercepted
                    } else {
                        mentions[o].outcome = .impact
                    }
                }
            case .defense(let name):
                mentions[o].defense = mentions[o].defense ?? name
            case .casualties(let fatalities, let injuries):
                if let fatalities { mentions[o].fatalities = fatalities }
                if let injuries { mentions[o].injuries = injuries }
            case .killed:
                if let n = numberNear(hit) { mentions[o].fatalities = Mention.larger(mentions[o].fatalities, n) }
            case .wounded:
                if let n = numberNear(hit) { mentions[o].injuries = Mention.larger(mentions[o].injuries, n) }
            case .damage(let damage):
                mentions[o].damage = damage
            case .nonEvent(.hypothetical) where text.token(hit.last, isOneOf: SentenceContext.preventionVerbs):
                // "struck a depot to thwart a drone attack", « pour déjouer une attaque de drones »: the attack the verb names
                // after it did not come; the one before it did.
                if let prevented = anchors.firstIndex(where: { $0.first > hit.last && $0.first - hit.last <= SentenceContext.preventedReach }) {
                    mentions[prevented].nonEvent = mentions[prevented].nonEvent ?? .hypothetical
                }
            case .nonEvent(.hypothetical) where text.token(hit.first, isOneOf: SentenceContext.scheduledLaunchOpeners)
                && hits.contains(where: { $0.cue == .outcome(.failed) }):
                // « une roquette devait être tirée …, mais elle a explosé sur sa rampe »: the launch was tried, and failed.
                break
            case .nonEvent(.hypothetical) where strikeTargets.contains(where: { $0.first > hit.last && $0.first - hit.last <= 6 }):
                // "a strike against militants preparing to launch a drone": the target's plan, not the strike's.
                break
            case .nonEvent(.seizure) where reportsAResultOfFiring || !anchors[o].kind.isWeapon:
                // "Police arrested two men after rockets hit the base": the rockets were fired; a strike
                // on a weapons cache is a strike.
                break
            case .nonEvent(.smuggling) where anchors[o].kind != .weapon(.drone, strong: true):
                // "Jordanian jets struck drug smugglers", "militias funded by the drug trade fired rockets": only a drone
                // carries the contraband.
                break
            case .nonEvent(.sighting) where anchors[o].kind != .weapon(.drone, strong: true)
                || hits.contains(where: { $0.cue == .outcome(.intercepted) || $0.cue == .destroy }):
                // "a drone was spotted and shot down": the interception tells an attack.
                break
            case .nonEvent(.sighting) where nextSentenceOpensWithItsInterception:
                // "a drone was spotted over the base. It was shot down …": the same drone, intercepted.
                break
            case .nonEvent(.reaction) where anchors[o].last < hit.first
                && (opensARelativeClause(before: hit)
                    || (anchors[o].kind != .launchSite && opensACoordinatedClause(between: anchors[o].last, and: hit.first))):
                // "un drone a frappé une voiture …, a affirmé l'administration kurde, qui a dénoncé une escalade": the
                // source's reaction to the strike, told after it.
                break
            case .nonEvent(.drill):
                tellsADrill = true
            case .nonEvent(let reason):
                mentions[o].nonEvent = mentions[o].nonEvent ?? reason
            case .generic where describesAPlace(hit, anchors):
                // "the strikes hit near the T4 air base, which Iran-backed fighters have used for years": the
                // relative clause tells the place's past, not the strikes'.
                break
            case .generic:
                // Frequency words describe the whole sentence ("des dizaines de tirs de roquettes ou
                // d'attaques de drones ces derniers mois").
                for i in mentions.indices { mentions[i].isGeneric = true }
            case .background:
                // "adding that the drone had been launched", "affirmant qu'elles avaient été lancées": the pluperfect
                // of reported speech follows the tense of the verb of saying; it tells of no earlier time.
                let reportedSpeech = text.token(hit.first, isOneOf: SentenceContext.pluperfectAuxiliaries)
                    && (max(tokens.lowerBound, hit.first - 3)..<hit.first).contains { text.token($0, isOneOf: SentenceContext.complementizers) }
                if !reportedSpeech { mentions[o].isBackground = true }
            case .samePlace:
                mentions[o].refersToSamePlace = true
            case .theAirport:
                mentions[o].refersToTheAirport = true
            case .meansUnstated:
                mentions[o].meansUnstated = true
            case .another where anchors[o].first > hit.last && anchors[o].first - hit.last <= 3:
                mentions[o].isAnother = true
            case .agentMarker:
                agentNext = k + 1 < hits.count && hits[k + 1].first <= hit.last + 2
                continue
            case .actor(let name, let state):
                let a = anchors[o]
                if state, name != .iran, a.kind == .weapon(.drone, strong: true),
                   hit.last + 1 == a.first || hit.first == a.last + 1 || namesTheVictims(hit) {
                    stateDrones.append(StateDrone(mention: o, state: name))
                }
                let follows = hit.first > a.last && hit.first <= a.last + 3
                let isStrike = a.kind == .airStrike || a.kind == .strike || a.kind == .launchSite
                let claims = hits.contains { $0.cue == .claim && $0.first > hit.last && $0.first <= hit.last + 3 }
                // "les Gardiens de la révolution iraniens avaient tiré des missiles", "Turkish artillery shelled".
                let subject = hit.last + 1 == a.first || (a.first > hit.last && breaks(hit.last, a.first) == 0 && hits.contains { verb in
                    verb.cue == .attack && verb.first > hit.last && verb.first - hit.last <= 3 && a.first > verb.last && a.first - verb.last <= 3
                })
                if agentNext || follows || (isStrike && state) || claims || subject {
                    if mentions[o].actor == nil || agentNext { mentions[o].actor = name }
                    if state && (follows || agentNext), case .weapon(.artillery, _) = a.kind { mentions[o].type = .strike }
                }
            default:
                break
            }
            agentNext = false
        }
        markHabits(&mentions, anchors: anchors)
        // With one anchor the sentence's towns are its own; "in the province" names the province of another incident's town.
        if anchors.count >= 2, let province = unnamedProvince(after: anchors) {
            for k in anchors.indices where anchors[k].last < province && province - anchors[k].last <= SentenceContext.unnamedProvinceReach {
                mentions[k].refersToTheProvince = true
            }
        }
        // "Cette attaque au sol n'est pas une frappe aérienne ni un tir de roquettes", "it was not a drone attack": what
        // something is said not to be did not happen, nor what the negation lists after it. Read from the text first: most
        // anchors follow no negation, and their mentions need not be looked at.
        var previousNegated = false
        for k in anchors.indices {
            let wasNegated = previousNegated
            previousNegated = false
            guard let article = (max(tokens.lowerBound, anchors[k].first - 3)..<anchors[k].first).last(where: {
                text.token($0, isOneOf: SentenceContext.indefiniteArticles)
            }), breaks(article, anchors[k].first) == 0 else { continue }
            let beforeArticle = article - 1 >= tokens.lowerBound && text.token(article - 1, isOneOf: SentenceContext.partitiveLinks) ? article - 2 : article - 1
            guard beforeArticle - 1 >= tokens.lowerBound else { continue }
            let negatedCopula = (text.token(beforeArticle, isOneOf: SentenceContext.frenchNegationEnds)
                || text.token(beforeArticle, isOneOf: SentenceContext.englishNegations))
                && text.token(beforeArticle - 1, isOneOf: SentenceContext.copulas)
            let listedAfterANegation = wasNegated && text.token(beforeArticle, isOneOf: SentenceContext.negatedListLinks)
                && breaks(anchors[k - 1].last, article) == 0
            guard negatedCopula || listedAfterANegation, mentions[k].nonEvent == nil else { continue }
            mentions[k].nonEvent = .negation
            previousNegated = true
        }
        // "a second drone fell near the airport without exploding", « un second drone est tombé sans exploser »: a dud of
        // the same salvo is part of the incident told before, not another one.
        for o in duds { mentions[o].isAnother = false }
        // "an exercise with live artillery and missile fire and the simulated interception of hostile drones": all of it is
        // training, but not rockets that hit or hurt during the drill.
        if tellsADrill {
            for i in mentions.indices where mentions[i].outcome != .impact && mentions[i].fatalities == nil && mentions[i].injuries == nil {
                mentions[i].nonEvent = mentions[i].nonEvent ?? .drill
            }
        }
        // "Turkish artillery shelled", "Les forces de la coalition … ont riposté avec des tirs d'artillerie": artillery
        // whose sentence names a state's force as the last agent before it is that state's strike (ARCHITECTURE.md has
        // no artillery type); a militia's rocket artillery stays a rocket attack. Not "ont été ciblées par huit tours
        // de feu indirect": the force attacked by a militia's indirect fire.
        // "des obus tirés par l'artillerie turque", "shells fired by Syrian government forces": the agent after "par", "by".
        // Shells no agent fired and no rocket or mortar of the paragraph explains (« des obus se sont abattus sur un
        // village », "shelling hit a resort") are an army's: militias' indirect fire is told as rockets and mortars.
        let hasAirStrike = anchors.contains { $0.kind == .airStrike }
        for (k, anchor) in anchors.enumerated() where anchor.kind == .weapon(.artillery, strong: false) && mentions[k].type == .rocketAttack
            && !(anchor.first...anchor.last).contains(where: { text.token($0, isOneOf: SentenceContext.indirectWords) }) {
            let (found, named) = artilleryAgent(anchor)
            guard let agent = found else {
                if !named && !paragraphHasStrongWeapon && !hasAirStrike { mentions[k].type = .strike }
                continue
            }
            switch agent.cue {
            case .actor(let name, true):
                mentions[k].type = .strike
                mentions[k].actor = mentions[k].actor ?? name
            case .stateForce:
                mentions[k].type = .strike
            default:
                break
            }
        }
        // Artillery fired with aircraft is part of their strike, and so are an air force's missiles: « l'ennemi israélien
        // a mené une agression aérienne avec des salves de missiles ».
        if anchors.contains(where: { $0.kind == .airStrike }) {
            let airForceFired = hasAirForce && !hits.contains { $0.cue == .actor(.iran, state: true) }
            // The missiles told with the raid, a few words after it (not "a research centre working on missiles").
            let withARaid = { (missile: Anchor) in
                anchors.contains { $0.kind == .airStrike && missile.first > $0.last && missile.first - $0.last <= 6 }
            }
            // « une attaque aérienne avec des salves de missiles », "an air raid with guided missiles": the raid's munitions,
            // whoever flew it.
            let firedInTheRaid = { (missile: Anchor) in
                (max(tokens.lowerBound, missile.first - 4)..<missile.first).contains { self.text.token($0, isOneOf: SentenceContext.instrumentalWords) }
            }
            for (k, anchor) in anchors.enumerated() where anchor.kind == .weapon(.artillery, strong: false)
                || (anchor.kind == .weapon(.missile, strong: false) && withARaid(anchor) && (airForceFired || firedInTheRaid(anchor))) {
                mentions[k].type = .airstrike
            }
        }
        // "Israel targeted the airport with missiles", « l'armée turque a visé un village avec des missiles »: missiles
        // an air force aimed at a place are its air strike (not "visées par des missiles", the force attacked).
        for (k, anchor) in anchors.enumerated() where anchor.kind == .weapon(.missile, strong: false) && mentions[k].type == .missileAttack
            && (anchor.first - 3..<anchor.first).contains(where: { $0 >= tokens.lowerBound && text.token($0, isOneOf: SentenceContext.instrumentalWords) }) {
            // The last state named before the missiles is the one that aimed them.
            guard let force = hits.last(where: { if case .actor(_, true) = $0.cue { $0.last < anchor.first } else { false } }),
                  case .actor(let name, _) = force.cue, name.firesMissilesFromAircraft,
                  hits.contains(where: { $0.cue == .attack && $0.first > force.last && $0.last < anchor.first }) else { continue }
            mentions[k].type = .airstrike
            mentions[k].actor = mentions[k].actor ?? name
        }
        // "The drone launched two missiles", "le drone a tiré deux missiles", "un missile tiré par un drone": an armed
        // drone that fired is a strike.
        for (o, anchor) in anchors.enumerated() where anchor.kind == .weapon(.drone, strong: true) {
            guard let missile = hits.first(where: { missile in
                guard case .weapon(.missile, _) = missile.cue else { return false }
                if missile.first > anchor.first {
                    return missile.first - anchor.last <= 5
                        && hits.contains { $0.cue == .attack && $0.first > anchor.first && $0.last < missile.first }
                }
                let between = { (hit: CueHit) in hit.first > missile.last && hit.last < anchor.first }
                return anchor.first - missile.last <= 5 && hits.contains { $0.cue == .attack && between($0) }
                    && hits.contains { $0.cue == .agentMarker && between($0) }
            }) else { continue }
            mentions[o].type = .airstrike
            // The missiles are the drone's munitions, not an attack of their own.
            for (k, other) in anchors.enumerated() where other.first == missile.first { mentions[k].type = .airstrike }
        }
        // "a Turkish drone", "un drone américain": a state's armed drone fired, so the attack is its strike.
        // One shot down fired nothing, and Iran's drones in these reports are one-way attack drones.
        for drone in stateDrones where mentions[drone.mention].outcome != .intercepted {
            mentions[drone.mention].type = .airstrike
            mentions[drone.mention].actor = mentions[drone.mention].actor ?? drone.state
        }
        // "the strike was conducted by an MQ-9", « un drone Bayraktar a frappé un véhicule »: a drone named by an armed
        // model fires munitions and comes back; it is never a one-way attack drone.
        for (o, anchor) in anchors.enumerated() where anchor.kind == .weapon(.drone, strong: true) && mentions[o].outcome != .intercepted
            && (anchor.first...anchor.last).contains(where: { text.token($0, isOneOf: SentenceContext.armedDroneModels) }) {
            mentions[o].type = .airstrike
        }
        // "deux drones non identifiés avaient frappé des véhicules du Hachd", "a drone bombed a car on the road": one-way
        // drones fly at bases and airports; a drone that struck a vehicle away from them is an armed drone's targeted strike.
        let namesASite = places.contains { $0.place.kind.specificity >= PlaceKind.airport.specificity }
        for (o, anchor) in anchors.enumerated() where !namesASite && anchor.kind == .weapon(.drone, strong: true)
            && mentions[o].outcome != .intercepted && !mentions[o].isOneWayDrone {
            // A post struck by a drone an armed group launched ("launched by Kataib Hezbollah hit a checkpoint") is its drone attack.
            if struckAVehicleOrPost(anchor, postsToo: mentions[o].actor == nil) { mentions[o].type = .airstrike }
            if let group = armedGroupStruck(by: anchor) {
                mentions[o].type = .airstrike
                // The group is the drone's target, not its agent.
                if mentions[o].actor == group { mentions[o].actor = nil }
            }
        }
        // "a drone strike on a base in Erbil wounded three U.S. service members": a drone strike on a base that no state
        // carried out is a militia's drone attack; a state's armed drones strike people and vehicles, not bases.
        for (k, anchor) in anchors.enumerated() where anchor.kind == .airStrike && isDroneStrikeOnABase(anchor) {
            mentions[k].type = .droneAttack
            // The state named with it is the base's ("wounded three U.S. service members").
            mentions[k].actor = nil
        }
        for (k, anchor) in anchors.enumerated() {
            if let hit = hits.first(where: { $0.first == anchor.first }), case .airStrike(let state?) = hit.cue {
                mentions[k].actor = state
            }
            // "des frappes attribuées à Israël", "Israel fired a barrage of missiles": Israel's strikes and missiles in
            // Syria and Iraq are fired from its aircraft, as its raids are.
            let israelFired = anchor.kind == .weapon(.missile, strong: false)
                && hits.contains { $0.cue == .actor(.israel, state: true) && $0.last < anchor.first }
            if anchor.kind == .strike && mentions[k].actor?.strikesFromTheAir == true || israelFired && mentions[k].actor == .israel {
                mentions[k].type = .airstrike
            }
            // « des missiles israéliens ont visé », "Turkish missiles struck": missiles named by the state of an air force
            // that fired them are its air strike.
            if anchor.kind == .weapon(.missile, strong: false), let state = mentions[k].actor, state.firesMissilesFromAircraft,
               hits.contains(where: { $0.cue == .actor(state, state: true) && ($0.first == anchor.last + 1 || $0.last + 1 == anchor.first) }) {
                mentions[k].type = .airstrike
            }
        }
        // "the 60th attack": one of many.
        for hit in hits where hit.cue == .attack && hit.first > tokens.lowerBound && isOrdinal(hit.first - 1) {
            if let o = owner(hit.first - 1, hit.first - 1, anchors, clause, boundaries) { mentions[o].isGeneric = true }
        }
        // "trois attaques de drones", "several rocket attacks": a tally, not one incident.
        let tallied = hits.compactMap { hit -> Int? in
            switch hit.cue {
            case .number(let n) where n >= 2: hit.last
            case .quantifier, .approximateNumber: hit.last
            default: nil
            }
        }
        // "plus de 200 frappes étrangères", "12 attacks": figures too.
        for (k, hit) in hits.enumerated() where (hit.cue == .strike || hit.cue == .attack || hit.cue.isAirStrike) && hit.first > tokens.lowerBound {
            // "200 Turkish strikes": a state's adjective may stand between.
            let adjective = k > 0 && hits[k - 1].last == hit.first - 1 && { if case .actor = hits[k - 1].cue { true } else { false } }()
            let t = (adjective ? hits[k - 1].first : hit.first) - 1
            // Not "the Oct. 26 strikes": the day of a date.
            if t >= tokens.lowerBound, let n = text.number(at: t), n >= 2, DateExpressions.year(text, t) == nil,
               !dates.contains(where: { $0.first <= t && t <= $0.last }), text.token(hit.last, isOneOf: SentenceContext.tallyNouns) {
                for i in mentions.indices { mentions[i].isGeneric = true }
            }
        }
        for last in tallied {
            let next = last + 1
            let afterWeapon = anchors.first { $0.first == next }.map { $0.last + 1 } ?? next
            if afterWeapon < tokens.upperBound, text.token(afterWeapon, isOneOf: SentenceContext.tallyNouns) {
                for i in mentions.indices { mentions[i].isGeneric = true }
            }
        }
        // Of several dates, an incident takes the nearest: "a décrété lundi … des combattants tués
        // dimanche par des frappes".
        let byDistance = dates.filter { !$0.isPublication && !isSpelledOutRightAfter($0) }.compactMap { date -> (DateHit, Int, Int)? in
            // "in early December 2021, when a rocket fell inside the base": the date of what "when" tells.
            // « celle du 6 avril courant, lorsque trois roquettes… »: a word that places the month may come between.
            let afterDate = date.last + 1 < tokens.upperBound && text.token(date.last + 1, isOneOf: SentenceContext.monthPlacers)
                ? date.last + 2 : date.last + 1
            if afterDate < tokens.upperBound, text.token(afterDate, isOneOf: SentenceContext.whenWords),
               let k = anchors.firstIndex(where: { $0.first > afterDate && $0.first - afterDate <= 5 }) {
                return (date, k, 0)
            }
            guard let o = owner(date.first, date.last, anchors, clause, boundaries) else { return nil }
            let a = anchors[o]
            // "after the bombing in Ankara on Oct. 1, Turkish drones struck…", « après l'attentat d'Ankara le 1er octobre, des
            // drones… »: a date inside a phrase "after" opens dates what that phrase names, not an incident of the clause after it.
            if a.first > date.last, breaks(date.last, a.first) > 0,
               let after = (max(tokens.lowerBound, date.first - 10)..<date.first).last(where: { text.token($0, isOneOf: SentenceContext.afterWords) }),
               breaks(after, date.first) == 0, !isTimeOfDay(after + 1) {
                return nil
            }
            // "… les environs de Kobané (Aïn al-Arab), ville devenue en 2015 le symbole …": a year behind an
            // apposition tells of the place, not of the incident.
            if case .absolute(let span) = date.expression, span.precision == .year, date.first > a.last,
               breaks(a.last, date.first) >= 2 {
                return nil
            }
            return (date, o, a.last < date.first ? date.first - a.last : max(0, a.first - date.last))
        }.map { d -> (date: DateHit, owner: Int, rank: (Int, Int, Int)) in
            // "enterrait lundi ses morts au lendemain des frappes": a day counted right before its anchor is the anchor's.
            let countsFromItsAnchor = d.2 <= 3 && anchors[d.1].first > d.0.last && text.token(d.0.last, isOneOf: SentenceContext.dayAfterLinks)
            return (d.0, d.1, (SentenceContext.isAnaphoric(d.0) && !countsFromItsAnchor ? 1 : 0, d.2, d.0.first))
        }.sorted { $0.rank < $1.rank }
        for (date, o, _) in byDistance {
            if mentions[o].dateExpression != nil {
                // "Trois semaines plus tard, début mai", "Two days later, on May 3": in a chronology, the day counted from the
                // one told before says the year the nearer date leaves unsaid. Not a date of the news, whose year the reference
                // gives ("the next day, Tuesday 4/1" after a recalled anniversary).
                if SentenceContext.isAnaphoric(date), let written = mentions[o].date, !isNews(written),
                   let counted = DateExpressions.resolve(date.expression, reference: tweetReference ?? reference, previous: dayTold(before: date)),
                   let expression = mentions[o].dateExpression, let span = SentenceContext.yearless(expression, near: counted.start),
                   span != mentions[o].date {
                    mentions[o].date = span
                    continue
                }
                // "last week near Palmyra … on the night of October 13": a farther day inside the nearer,
                // coarser span says which day it was.
                guard let coarse = mentions[o].date, coarse.precision != .day, date.expression != .future,
                      let day = DateExpressions.resolve(date.expression, reference: tweetReference ?? reference, previous: previousDay),
                      day.precision == .day, coarse.start <= day.start, day.end <= coarse.end else { continue }
                mentions[o].dateExpression = date.expression
                mentions[o].date = day
                continue
            }
            if date.expression == .future { mentions[o].nonEvent = mentions[o].nonEvent ?? .hypothetical; continue }
            mentions[o].isEarlierInThePeriod = isEarlierInThePeriod(date)
            mentions[o].dateExpression = date.expression
            mentions[o].dateIsDayOfSaying = date.isDayOfSaying
            mentions[o].date = coarseSpanTold(before: date) ?? DateExpressions.resolve(date.expression, reference: tweetReference ?? reference,
                                                       previous: SentenceContext.isAnaphoric(date) ? dayTold(before: date) : previousDay)
            mentions[o].dateIsStated = mentions[o].date != nil
            // "On Sept. 16, forces conducted an air raid … The strike, which began Monday night, killed 28": the incident just
            // told, named again, on a weekday its day fell on, is that day, however long before the report.
            if case .weekday(let weekday) = date.expression, let previousDay, previousDay.weekday == weekday,
               anchors[o].first > tokens.lowerBound, text.token(anchors[o].first - 1, isOneOf: SentenceContext.definiteDeterminers) {
                mentions[o].date = .day(previousDay)
            }
        }
        // "ont promis de venger Soleimani, tué par une frappe … le 3 janvier 2020": a vow or a plan does not
        // undo an incident dated to a day before the article.
        for i in mentions.indices where mentions[i].nonEvent == .threat || mentions[i].nonEvent == .hypothetical {
            if case .absolute(let span)? = mentions[i].dateExpression, span.precision == .day, let day = reference.day,
               span.end.ordinal < day.ordinal {
                mentions[i].nonEvent = nil
            }
        }
        for time in DateExpressions.times(in: text, tokens: tokens, hits: hits[...]) where !time.isUniversal {
            guard let o = owner(time.token, time.token, anchors, clause, boundaries) else { continue }
            mentions[o].timeLocal = mentions[o].timeLocal ?? time.value
        }
        // One date in a sentence dates all its clauses ("On Dec. 25, a drone … prompting strikes"),
        // but not across a response clause: the incident answered is earlier than the answer.
        let stated = mentions.compactMap { $0.dateIsStated ? $0.date : nil }
        if stated.count == 1, dates.filter({ !$0.isPublication }).count == 1, clause == nil {
            for i in mentions.indices where mentions[i].date == nil && mentions[i].nonEvent == nil {
                mentions[i].date = stated[0]
                mentions[i].dateIsStated = true
            }
        }
        let candidates = places.filter { place in
            !isOrigin(place) && !isDiversion(place) && !isDistanceReference(place) && !isAGovernmentSpeaking(place)
                && !isWhereASourceSpoke(place) && !isWhereSuspectsWereArrested(place)
                && !isNeighbourhoodName(place) && !isFartherEndOfARoad(place) && !isLandmarkBetween(place) && !namesAFacility(place) && !isInANamedGroup(place)
        }
        // A city named for its province gives way only to a town that is itself a place of the sentence's incidents.
        for place in candidates where !namesItsProvince(place, besides: candidates) {
            let last = place.token
            var mention = place
            mention.near = hits.contains { $0.cue == .near && $0.last < place.token && $0.last >= place.token - 2 }
            guard let o = owner(place.token, last, anchors, clause, boundaries) else { continue }
            mentions[o].places.append(mention)
            if mentions[o].target == nil, hits.contains(where: {
                ($0.cue == .targeting || $0.cue == .attack) && $0.last < place.token && $0.last >= place.token - 4
            }) {
                mentions[o].target = place.place.name
            }
        }
        // "The attack is the first on Harir …, and came hours after two drones targeted Ain al-Asad": the
        // site the weapon targeted is its place, not a site named before the weapon.
        for i in mentions.indices where mentions[i].places.count >= 2 {
            guard let target = mentions[i].places.first(where: { place in
                place.place.kind.specificity >= 2 && place.token > anchors[i].last && hits.contains {
                    ($0.cue == .targeting || $0.cue == .attack) && $0.first > anchors[i].last && $0.last < place.token
                        && $0.last >= place.token - 4
                }
            }) else { continue }
            mentions[i].places.removeAll { $0.place.kind.specificity >= 2 && $0.token < anchors[i].first }
            mentions[i].target = target.place.name
        }
        // "au moyen de missiles balistiques et de drones kamikazes des bases autour de Koya": weapons joined
        // by "et" / "and" share the verb and the place that the nearer one took.
        let told = mentions
        for i in mentions.indices where anchors[i].kind.isWeapon {
            for k in told.indices where k != i && anchors[k].kind.isWeapon && areCoordinated(anchors[i], anchors[k]) {
                if mentions[i].places.isEmpty { mentions[i].places = told[k].places }
                if mentions[i].outcome == .unknown { mentions[i].outcome = told[k].outcome }
                if mentions[i].actor == nil { mentions[i].actor = told[k].actor }
                // "to protect its forces against drone and rocket attacks": what undoes one undoes both.
                if mentions[i].nonEvent == nil { mentions[i].nonEvent = told[k].nonEvent }
            }
        }
        // "La Turquie avait déjà frappé la région en mars, lorsqu'un drone avait tué un commandant près de Zakho": a strike told
        // without a site before "when" frames the incident the "when" clause tells; a state's strike told by its drone is that
        // state's armed drone.
        for (k, told) in anchors.enumerated() where told.kind.isWeapon && told.first - 3 > tokens.lowerBound {
            guard let when = (told.first - 3..<told.first).last(where: { text.token($0, isOneOf: SentenceContext.whenWords) }) else { continue }
            if told.kind == .weapon(.drone, strong: true),
               let framer = hits.last(where: { hit in if case .actor(_, true) = hit.cue { hit.last < when } else { false } }),
               case .actor(let state, _) = framer.cue, state != .iran,
               hits.contains(where: { verb in
                   (verb.cue == .strike || verb.cue == .attack || verb.cue == .outcome(.impact) || verb.cue.isAirStrike)
                       && verb.first > framer.last && verb.first - framer.last <= 3 && verb.last < when
                       && !(framer.last + 1..<verb.first).contains { text.token($0, isOneOf: SentenceContext.passiveAuxiliaries) }
               }) {
                mentions[k].type = .airstrike
                mentions[k].actor = mentions[k].actor ?? state
            }
            for i in anchors.indices where anchors[i].last < when && !anchors[i].kind.isWeapon
                && !mentions[i].places.contains(where: { $0.place.kind.specificity >= 1 }) {
                mentions[i].type = mentions[k].type
                mentions[i].places = mentions[k].places
                mentions[i].date = mentions[k].date
            }
        }
        // "have increased since the American airstrikes which targeted…": what a period starts from is a recalled incident.
        for (i, anchor) in anchors.enumerated() where anchor.first - 1 > tokens.lowerBound {
            let before = anchor.first - 1
            if text.token(before, isOneOf: SentenceContext.sinceWords)
                || (text.token(before, isOneOf: SentenceContext.definiteDeterminers) && text.token(before - 1, isOneOf: SentenceContext.sinceWords)) {
                mentions[i].isBackground = true
            }
        }
        for i in mentions.indices where mentions[i].date == nil {
            if let day = tweet?.date ?? sectionDay {
                mentions[i].date = .day(day)
                mentions[i].dateIsStated = true
            } else if let previousDay, anchors[i].kind.isWeapon, anchors[i].first > tokens.lowerBound,
                      text.token(anchors[i].first - 1, isOneOf: SentenceContext.definiteDeterminers) || namesTheStrikeToldBefore(before: anchors[i]) {
                // "The drone was intercepted at 11:50 p.m.": the weapon told of just before, on its day. "The strike was carried
                // out by an MQ-9 drone": the means of the strike told before.
                mentions[i].date = .day(previousDay)
            } else if let previousDay, !anchors[i].kind.isWeapon, clause == nil,
                      (tokens.lowerBound..<anchors[i].first).contains(where: { text.token($0, isOneOf: SentenceContext.answerVerbs) }) {
                // "The U.S. responded with strikes on …", "Washington a riposté par des frappes": the answer to the incident
                // just told, from its day (a day or two later at most).
                mentions[i].date = .day(previousDay)
            }
        }
        // "Militants have launched dozens of rocket and drone attacks on bases since mid-October": undated, what a
        // sentence tells since a date sums up the period.
        if mentions.contains(where: { !$0.dateIsStated }), boundsAPeriod {
            for i in mentions.indices where !mentions[i].dateIsStated { mentions[i].isGeneric = true }
        }
        // "drones and rockets target US forces in Iraq and Syria this week": a sentence placed only in
        // several countries and dated to no day sums up many incidents.
        if places.count >= 2, places.allSatisfy({ $0.place.kind.specificity == 0 }), Set(places.map(\.place.id)).count >= 2 {
            for i in mentions.indices where !(mentions[i].dateIsStated && mentions[i].date?.precision == .day) {
                mentions[i].isGeneric = true
            }
        }
        // "the destroyer USS Carney shot down three cruise missiles … launched from Yemen over the northern Red Sea":
        // a weapon the sentence places only outside the area is no incident of it.
        mentions = splitByDays(mentions, anchors: anchors, clause: clause, boundaries: boundaries)
        // Not the aircraft of "Israeli warplanes struck positions near Homs on the night they hit Iran", whose strike the
        // sentence places in the area.
        if hits.contains(where: { $0.cue == .elsewhere }), !mentions.contains(where: { !$0.places.isEmpty && $0.anchor.kind == .strike }) {
            mentions.removeAll { $0.places.isEmpty }
        }
        return splitCoordinatedTargets(mergedWithinSentence(mentions))
    }

    /// "missiles at Erbil airport and the Ain al-Asad air base", "near Al-Qaim, Al-Mayadin and Albu
    /// Kamal": places joined by "and"/"et" or a comma, too far apart to be one site, are one incident each.
    private func splitCoordinatedTargets(_ mentions: [Mention]) -> [Mention] {
        // Most sentences name fewer than two places: nothing to split, nothing to copy.
        guard mentions.contains(where: { $0.places.count >= 2 }) else { return mentions }
        return mentions.flatMap { m -> [Mention] in
            // A town, a site, or an area as small as a town's surroundings ("the Sinjar region and the Qandil mountains"):
            // what one strike of a coordinated list hits, unlike a province or a country's quarter.
            let sites = m.places.filter {
                $0.place.kind.specificity >= 2 || ($0.place.kind == .region && $0.place.radiusKm <= SentenceContext.localAreaMaxRadiusKm)
            }.sorted { $0.token < $1.token }
            guard sites.count >= 2 else { return [m] }
            var groups: [[PlaceMention]] = [[sites[0]]]
            for (a, b) in zip(sites, sites.dropFirst()) {
                let apart = Extractor.distanceKm(a.place, b.place) > max(a.place.radiusKm, b.place.radiusKm) + 1
                if apart && areCoordinated(a, b) { groups.append([b]) } else { groups[groups.count - 1].append(b) }
            }
            guard groups.count > 1 else { return [m] }
            let regions = m.places.filter { place in !sites.contains { $0.token == place.token } }
            let targetIsAPlace = m.places.contains { $0.place.name == m.target }
            return groups.map { group in
                var part = m
                part.places = group + regions
                if targetIsAPlace { part.target = group[0].place.name }
                return part
            }
        }
    }

    /// "Rockets hit Ain al-Asad on April 15 and again on April 20", « des drones ont visé l'aéroport d'Erbil le 2 avril et la
    /// base de Harir le 9 avril »: an incident given days of its own joined by "and", "et" or "puis" happened once each day,
    /// each time at the places of its own part of the sentence (a part that names none keeps the first part's). `mentions`
    /// are still one per anchor.
    private func splitByDays(_ mentions: [Mention], anchors: [Anchor], clause: Range<Int>?, boundaries: [Int]) -> [Mention] {
        guard dates.count >= 2 else { return mentions }
        // Not "après le séisme du 6 février", "the attack of Oct. 7": a date naming another event.
        let candidates = dates.filter { date in
            let before = max(sentence.tokens.lowerBound, date.first - 6)..<date.first
            return !date.isPublication && !SentenceContext.isAnaphoric(date) && date.expression != .future
                && !(date.first > sentence.tokens.lowerBound && text.token(date.first - 1, isOneOf: SentenceContext.eventComplements))
                && !before.contains { text.token($0, isOneOf: SentenceContext.afterWords) && breaks($0, date.first) == 0 }
        }
        guard candidates.count >= 2 else { return mentions }
        var result: [Mention] = []
        for (i, m) in mentions.enumerated() {
            var days: [(hit: DateHit, span: DateSpan)] = []
            for date in candidates where owner(date.first, date.last, anchors, clause, boundaries) == i {
                guard let span = DateExpressions.resolve(date.expression, reference: tweetReference ?? reference, previous: previousDay),
                      span.precision == .day, !days.contains(where: { $0.span.start == span.start }) else { continue }
                days.append((date, span))
            }
            // The coordinator between each day and the one before it opens that day's part.
            // Days told out of order or overlapping ("le 3 et le 2", a date inside another) have no part of their own.
            let starts = zip(days, days.dropFirst()).compactMap { earlier, later -> Int? in
                guard earlier.hit.last < later.hit.first else { return nil }
                return ((earlier.hit.last + 1)..<later.hit.first).last { text.token($0, isOneOf: SentenceContext.dayCoordinators) }
            }
            let firstLower = days.first.map { max(sentence.tokens.lowerBound, $0.hit.first - 2) } ?? 0
            guard days.count >= 2, starts.count == days.count - 1,
                  !(firstLower..<(days.first?.hit.first ?? 0)).contains(where: { text.token($0, isOneOf: SentenceContext.rangeOpeners) }),
                  !days.dropFirst().contains(where: { later in
                      (max(sentence.tokens.lowerBound, later.hit.first - 2)..<later.hit.first).contains { text.token($0, isOneOf: SentenceContext.rangeClosers) }
                  }) else {
                result.append(m)
                continue
            }
            let bounds = [sentence.tokens.lowerBound] + starts + [sentence.tokens.upperBound]
            let firstPart = m.places.filter { $0.token < bounds[1] }
            for (k, day) in days.enumerated() {
                var part = m
                part.date = day.span
                part.dateExpression = day.hit.expression
                part.dateIsStated = true
                let own = m.places.filter { bounds[k] <= $0.token && $0.token < bounds[k + 1] }
                part.places = own.isEmpty ? (firstPart.isEmpty ? m.places : firstPart) : own
                result.append(part)
            }
        }
        return result
    }

    private static let dayCoordinators = FoldedWords(["and", "et", "puis", "then", "ainsi"])
    private static let eventComplements = FoldedWords(["du", "of", "de", "d"])
    /// "between April 15 and April 20", « du 15 avril au 20 avril »: one span, not two days.
    private static let rangeOpeners = FoldedWords(["between", "entre", "from", "du", "since", "depuis"])
    private static let rangeClosers = FoldedWords(["to", "au", "until", "till", "jusqu"])

    private static let coordinators = FoldedWords(["and", "et", "or", "ou"])
    /// Articles, prepositions, site and settlement nouns: "and at a base near Erbil", "et la base aérienne de
    /// Balad", "near the town of al-Mayadeen and in the desert outside Albu Kamal".
    private static let linkWords = FoldedWords([
        "the", "le", "la", "l", "les", "a", "an", "au", "aux", "at", "on", "in", "sur", "de", "d", "du", "des", "une", "un",
        "of", "dans", "base", "bases", "air", "aerienne", "militaire", "military", "airport", "aeroport", "camp", "site",
        "near", "pres", "outside", "facility", "installation", "town", "city", "village", "ville", "desert", "area",
        "region", "secteur", "zone", "environs", "around", "autour", "outskirts", "abords", "peripherie", "countryside",
        "campagne", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "nord", "sud", "est",
        "ouest",
    ])
    private static let articles = FoldedWords(["the", "le", "la", "l", "les", "a", "an", "de", "d", "des", "du", "un", "une", "of", "with", "avec"])

    /// A coordinator among `tokens`, and otherwise only coordinators and `allowed` tokens.
    private func joinedByCoordinator(_ tokens: [Int], allowing allowed: (Int) -> Bool) -> Bool {
        tokens.contains { text.token($0, isOneOf: SentenceContext.coordinators) }
            && tokens.allSatisfy { text.token($0, isOneOf: SentenceContext.coordinators) || allowed($0) }
    }

    /// Only a coordinator, a comma, articles, prepositions and site nouns stand between the two names.
    private static let localAreaMaxRadiusKm = 50.0

    private func areCoordinated(_ a: PlaceMention, _ b: PlaceMention) -> Bool {
        // "near Sinjar, and Baghdad summoned the ambassador": the second name is the subject of a clause of its own.
        let afterB = text.tokenIndex(atOrAfter: b.range.upperBound)
        if hits.contains(where: { hit in
            guard hit.first == afterB || hit.first == afterB + 1 else { return false }
            switch hit.cue {
            case .nonEvent, .claim, .conduct: return true
            default: return false
            }
        }) { return false }
        let between = text.tokenIndex(atOrAfter: a.range.upperBound)..<b.token
        // "Ain al-Asad in western Iraq and a base near Erbil": a region naming where the first site lies
        // stands between them too.
        let regionTokens = places.filter { $0.place.kind.specificity < 2 && between.contains($0.token) }
            .map { text.tokenIndex(atOrAfter: $0.range.lowerBound)..<text.tokenIndex(atOrAfter: $0.range.upperBound) }
        let words = between.filter { t in !regionTokens.contains { $0.contains(t) } }
        guard words.count <= 10 else { return false }
        // A comma alone lists names only when nothing else stands between ("Al-Qaim, Mayadin and Albu
        // Kamal"); ", near Deir ez-Zor" is an apposition.
        if words.isEmpty { return text.tokens[between.isEmpty ? b.token : between.lowerBound].punctuationBefore == 0x2C }
        // "a training facility near Albu Kamal and a safe house near Mayadin": nouns no lexicon knows describe
        // the targets; a cue word (a verb, a weapon, a figure) starts a clause of its own.
        // Only when the coordinator opens a noun phrase ("and a safe house"), not a clause ("and Baghdad summons").
        let opensNounPhrase = words.indices.contains { k in
            k + 1 < words.count && text.token(words[k], isOneOf: SentenceContext.coordinators)
                && text.token(words[k + 1], isOneOf: SentenceContext.articles)
        }
        return joinedByCoordinator(words) { t in
            text.token(t, isOneOf: SentenceContext.linkWords)
                || (opensNounPhrase && !hits.contains { $0.first <= t && t <= $0.last && $0.cue != .near && $0.cue != .targeting })
        }
    }

    /// Only a coordinator, articles and prepositions stand between the two anchors: "missiles et drones",
    /// "rockets and a drone".
    private func areCoordinated(_ a: Anchor, _ b: Anchor) -> Bool {
        let (left, right) = a.first < b.first ? (a, b) : (b, a)
        let between = (left.last + 1)..<right.first
        guard between.count <= 4, breaks(left.last, right.first) <= 1 else { return false }
        // "ont tiré des missiles balistiques et lancé des drones": a second launch verb joins them too.
        // "a drone and two missiles": so does the second weapon's count.
        return joinedByCoordinator(Array(between)) { t in
            text.token(t, isOneOf: SentenceContext.articles) || hits.contains { hit in
                guard hit.first <= t && t <= hit.last else { return false }
                switch hit.cue {
                case .attack, .number, .approximateNumber: return true
                default: return false
                }
            }
        }
    }

    /// "un jour après", "le lendemain" count from another sentence's day: a date the sentence writes
    /// itself ("lundi") comes first.
    /// "overnight Sunday into Monday (July 17–18)", « dans la nuit de vendredi à samedi (5-6 mars) »: a day and month
    /// written right after a weekday or a "today" spells out that same time, so the weekday does not date the incident.
    private func isSpelledOutRightAfter(_ vague: DateHit) -> Bool {
        switch vague.expression {
        case .weekday, .relative(.today): break
        default: return false
        }
        return dates.contains { written in
            // "late Monday, officials said on Tuesday, March 14": the day a source spoke is another day.
            guard written.first > vague.last, written.first - vague.last <= SentenceContext.spelledOutMaxGap,
                  !written.isDayOfSaying, !written.isPublication else { return false }
            switch written.expression {
            case .dayMonth: return true
            case .absolute(let span): return span.precision == .day
            default: return false
            }
        }
    }

    /// Tokens from a weekday to the day and month spelling it out: "Sunday into Monday (July 17".
    private static let spelledOutMaxGap = 4

    /// Armed drones named by their model (the lexicon's "mq 9", "reaper drone", "bayraktar tb2").
    private static let armedDroneModels = FoldedWords(["mq", "reaper", "bayraktar", "tb2", "akinci", "predator"])

    private static let indefiniteArticles = FoldedWords(["un", "une", "des", "a", "an"])
    /// « il ne s'agit pas d'une frappe »: the link between the negation and the article.
    private static let partitiveLinks = FoldedWords(["d", "de"])
    private static let frenchNegationEnds = FoldedWords(["pas", "guere", "nullement"])
    private static let englishNegations = FoldedWords(["not", "never"])
    /// The verbs that say what something is, and « s'agir »: « n'est pas », "was not", « il ne s'agissait pas ».
    private static let copulas = FoldedWords(["est", "etait", "sont", "etaient", "fut", "agit", "agissait", "is", "was", "are", "were"])
    private static let negatedListLinks = FoldedWords(["ni", "nor", "or", "ou"])
    private static let contrastWords = FoldedWords(["but", "mais", "rather", "plutot"])

    /// A day or month written without its year, resolved in the year of `day` when that puts it within a month of it.
    private static func yearless(_ expression: DateExpression, near day: CalendarDay) -> DateSpan? {
        switch expression {
        case .month, .dayMonth, .thirdOfMonth(.month, _): break
        default: return nil
        }
        guard let endOfYear = CalendarDay(year: day.year, month: 12, day: 31),
              let span = DateExpressions.resolve(expression, reference: ReferenceDate(day: endOfYear, precision: .day, source: .explicitText)),
              span.start.ordinal - monthDays <= day.ordinal, day.ordinal <= span.end.ordinal + monthDays else { return nil }
        return span
    }

    private static let monthDays = 31

    /// A span that ends within a month before the reference day, or after it.
    private func isNews(_ span: DateSpan) -> Bool {
        guard let day = (tweetReference ?? reference).day else { return true }
        return span.end.ordinal >= day.ordinal - SentenceContext.monthDays
    }

    private static func isAnaphoric(_ date: DateHit) -> Bool {
        if case .relative(.fromPrevious) = date.expression { true } else { false }
    }

    /// The day "la veille", "eight days later" counts from: the last day written before it in the sentence ("Le 26
    /// décembre, des avions avaient bombardé… après une attaque… la veille"), else the day told before the sentence.
    private func dayTold(before anaphora: DateHit) -> CalendarDay? {
        // "said on Tuesday that a drone had been shot down the previous night": the day a source spoke counts too.
        for date in dates.reversed() where date.last < anaphora.first && (!date.isPublication || date.isDayOfSaying)
            && !SentenceContext.isAnaphoric(date) {
            if let span = DateExpressions.resolve(date.expression, reference: tweetReference ?? reference), span.precision == .day {
                return span.start
            }
        }
        return previousDay
    }

    /// "Late last month, jets struck … on the same night they hit Iran": the same day as a coarser date written before it in
    /// the sentence is that date's span, not the day the story told last.
    private func coarseSpanTold(before anaphora: DateHit) -> DateSpan? {
        guard case .relative(.fromPrevious(0)) = anaphora.expression,
              let date = dates.last(where: { $0.last < anaphora.first && !$0.isPublication && !SentenceContext.isAnaphoric($0) }),
              let span = DateExpressions.resolve(date.expression, reference: tweetReference ?? reference), span.precision != .day
        else { return nil }
        return span
    }

    private var tweetReference: ReferenceDate? {
        tweet.map { ReferenceDate(day: $0.date, precision: .day, source: .tweet) }
    }

    /// Several anchors of one type in a sentence are one incident unless their dates or places differ.
    private func mergedWithinSentence(_ mentions: [Mention]) -> [Mention] {
        var result: [Mention] = []
        for m in mentions {
            if let k = result.firstIndex(where: { r in
                r.type == m.type && (r.date == nil || m.date == nil || r.date == m.date)
                    && (r.places.isEmpty || m.places.isEmpty
                        || Set(r.places.map(\.place.id)).intersection(m.places.map(\.place.id)).count > 0)
                    && (r.nonEvent == nil) == (m.nonEvent == nil)
            }) {
                // "un missile tiré par un drone": the incident is anchored on the strong weapon of the two.
                if result[k].eventTypeIsWeak && !m.eventTypeIsWeak { result[k].anchor = m.anchor }
                result[k].absorb(m)
                result[k].places += m.places
            } else {
                result.append(m)
            }
        }
        return result
    }

    /// A sentence without an anchor that reports an outcome, casualties or damage ("Il n'y a pas de
    /// blessé") continues the incident of the sentence just before.
    func attachFollowUp(to mentions: inout [Mention]) {
        guard let lastIndex = mentions.indices.last, sentenceIndex - mentions[lastIndex].sentence <= 2,
              !hits.contains(where: { if case .nonEvent = $0.cue { true } else { false } }) else { return }
        let hasDefense = hits.contains { if case .defense = $0.cue { true } else { false } }
        let sameSentence = mentions.indices.reversed().prefix { mentions[$0].sentence == mentions[lastIndex].sentence }
        if let i = sameSentence.max(by: { mentions[$0].anchor.first < mentions[$1].anchor.first }) {
            for hit in hits {
                switch hit.cue {
                case .outcome(let outcome) where outcome.strength > mentions[i].outcome.strength: mentions[i].outcome = outcome
                case .engaged where hasDefense && mentions[i].outcome == .unknown: mentions[i].outcome = .intercepted
                case .defense(let name): mentions[i].defense = mentions[i].defense ?? name
                case .casualties(let fatalities, let injuries):
                    if let fatalities { mentions[i].fatalities = fatalities }
                    if let injuries { mentions[i].injuries = injuries }
                case .damage(let damage): mentions[i].damage = damage
                case .killed: if let n = numberNear(hit) { mentions[i].fatalities = Mention.larger(mentions[i].fatalities, n) }
                case .wounded: if let n = numberNear(hit) { mentions[i].injuries = Mention.larger(mentions[i].injuries, n) }
                case .actor(let name, _) where hits.contains(where: { $0.cue == .claim && $0.first > hit.last && $0.first <= hit.last + 3 }):
                    mentions[i].actor = name
                default: break
                }
            }
        }
    }

    /// "THE WEEK IN SYRIA: Strikes near Abu Kamal, drones and rockets on U.S. bases": a headline (a first paragraph
    /// of one sentence without a final full stop) that names kinds of attack and places but says of none that it
    /// happened sums up the incidents the body tells; it makes none of its own.
    private var isHeadlineOfKindsAndPlaces: Bool {
        guard sentenceIndex == 0, text.sentences.count > 1, text.sentences[1].paragraph != sentence.paragraph else { return false }
        let end = Int(text.tokens[sentence.tokens.upperBound - 1].end)
        if end < text.bytes.count, text.bytes[end] == 0x2E { return false }
        return !hits.contains { hit in
            switch hit.cue {
            case .attack, .conduct, .destroy, .outcome, .engaged, .killed, .wounded, .casualties, .claim, .damage: true
            default: false
            }
        }
    }

    /// "Rockets hit Iraqi air base at Balad" beside "rockets struck Balad air base": a town whose name opens the name of
    /// a site that another mention of the same type and day names, close by, is that site, the more specific place.
    static func preferNamedSitesToTheirTowns(_ mentions: inout [Mention]) {
        // Few sites per document: told apart in a list, not by hashing their ids.
        var sites: [Place] = []
        var siteMentions: [(site: Int, type: EventType, date: DateSpan?)] = []
        for m in mentions {
            for named in m.places where named.place.kind.specificity >= PlaceKind.airport.specificity {
                let site = sites.firstIndex { $0.hasSameID(as: named.place) } ?? {
                    sites.append(named.place)
                    return sites.count - 1
                }()
                siteMentions.append((site, m.type, m.date))
            }
        }
        guard !siteMentions.isEmpty else { return }
        struct TypeAndDay: Hashable {
            let type: EventType
            let date: DateSpan?
        }
        // Each town met, with the first mention (in text order) of the sites its name opens, close by, by type and
        // date and by type: a document of many mentions answers each town in a few lookups.
        var towns: [(town: Place, firstByDate: [TypeAndDay: Int], firstByType: [EventType: Int])] = []
        for i in mentions.indices {
            for p in mentions[i].places.indices where mentions[i].places[p].place.kind.specificity == PlaceKind.town.specificity {
                let town = mentions[i].places[p].place
                let k = towns.firstIndex { $0.town.hasSameID(as: town) } ?? {
                    let name = town.name + " "
                    let isItsSite = sites.map { $0.name.hasPrefix(name) && Extractor.distanceKm(town, $0) <= 30 }
                    var firstByDate: [TypeAndDay: Int] = [:]
                    var firstByType: [EventType: Int] = [:]
                    for (order, m) in siteMentions.enumerated() where isItsSite[m.site] {
                        firstByDate[TypeAndDay(type: m.type, date: m.date)] = firstByDate[TypeAndDay(type: m.type, date: m.date)] ?? order
                        firstByType[m.type] = firstByType[m.type] ?? order
                    }
                    towns.append((town, firstByDate, firstByType))
                    return towns.count - 1
                }()
                // The site mentioned first with the same type and, when the town's mention is dated, the same day or none.
                let (type, date) = (mentions[i].type, mentions[i].date)
                let first: Int?
                if date == nil {
                    first = towns[k].firstByType[type]
                } else {
                    let undated = towns[k].firstByDate[TypeAndDay(type: type, date: nil)]
                    let sameDay = towns[k].firstByDate[TypeAndDay(type: type, date: date)]
                    first = undated.map { min($0, sameDay ?? $0) } ?? sameDay
                }
                if let first { mentions[i].places[p].place = sites[siteMentions[first].site] }
            }
        }
    }

    /// "Turkish drone kills three", « la guerre des drones turcs s'installe », « une frappe de drone turc »,
    /// "Turkey's quiet drone war": the state whose drones the headline (the first paragraph) names, Iran excepted
    /// (its drones in these reports are one-way attack drones).
    static func headlineDroneState(_ hits: ArraySlice<CueHit>, text: FoldedText) -> ActorName? {
        let isDroneStrike = { (hit: CueHit) in (hit.first...hit.last).contains { text.token($0, isOneOf: droneWords) } }
        for (hit, next) in zip(hits, hits.dropFirst()) where next.first > hit.last && next.first <= hit.last + 3 {
            let adjacent = next.first == hit.last + 1
            switch (hit.cue, next.cue) {
            // A state's possessive and an adjective may stand between the state and its drones: "Turkey's quiet drone war".
            case (.actor(let state, true), .weapon(.drone, true)):
                if state != .iran { return state }
            // « la guerre des drones d'Ankara »: only a genitive between the drones and their state.
            case (.weapon(.drone, true), .actor(let state, true))
                where (hit.last + 1..<next.first).allSatisfy({ text.token($0, isOneOf: genitiveWords) }):
                if state != .iran { return state }
            // « une frappe de drone turc »; not « une frappe de drone américaine »: militias' drones strike U.S. bases in
            // the same articles, so the body's drones are not the headline's.
            case (.airStrike(nil), .actor(let state, true)) where adjacent && isDroneStrike(hit):
                if state != .iran && state != .unitedStates && state != .usLedCoalition { return state }
            default:
                continue
            }
        }
        return nil
    }

    private static let genitiveWords = FoldedWords(["de", "d", "la", "l", "du", "of"])

    /// In an article headlined on a state's drones, a drone (or a strike) it attributes to no one and that was not
    /// shot down is that state's armed drone: its attack is an air strike (« Lundi soir, un drone a frappé un pick-up »).
    static func attributeDrones(to state: ActorName, _ mentions: inout [Mention]) {
        // A sentence that names another agent ("les Gardiens de la révolution … avaient lancé des drones") is not about them.
        let sentencesWithAgents = Set(mentions.filter { $0.actor != nil && $0.actor != state }.map(\.sentence))
        for i in mentions.indices where mentions[i].actor == nil && mentions[i].outcome != .intercepted && !mentions[i].isOneWayDrone
            && !sentencesWithAgents.contains(mentions[i].sentence)
            // "une frappe sur l'aérodrome d'Arbat" in such an article is one of those drones' strikes too.
            && ((mentions[i].type == .droneAttack && mentions[i].anchor.kind == .weapon(.drone, strong: true)) || mentions[i].anchor.kind == .strike) {
            mentions[i].type = .airstrike
            mentions[i].actor = state
        }
    }

    /// "un raid attribué à la Jordanie", "strikes blamed on Turkey": a country named as the agent is not
    /// where the incident happened, nor a place of its sentence or paragraph. Reads the hits starting up to
    /// four tokens before the place (`hitIndexByToken` gives the hit starting at a token): no search.
    static func namesAgent(_ place: Place, at token: Int, hits: [CueHit], hitIndexByToken: [Int32]) -> Bool {
        guard place.kind.specificity == 0 else { return false }
        for t in max(0, token - 4)..<token {
            let k = hitIndexByToken[t]
            if k >= 0, hits[Int(k)].cue == .agentMarker, token - hits[Int(k)].last <= 2 { return true }
        }
        return false
    }

    /// "tirées depuis le secteur d'al-Baghdadi", "launched from Iraq": the first place after
    /// "depuis" or "from" is where an attack came from.
    /// "tirés depuis un camion garé près d'Al-Baghdadi" too: up to twelve words on, in the same clause,
    /// with no other place, target word or result between.
    private func isOrigin(_ place: PlaceMention) -> Bool {
        // « des drones lancés d'Irak vers Eilat », « des roquettes tirées de Hit »: the French participle takes its origin with
        // a bare « de ».
        let t = place.token
        if t - 2 >= sentence.tokens.lowerBound, text.token(t - 1, isOneOf: SentenceContext.launchedFromLinks),
           text.token(t - 2, isOneOf: SentenceContext.launchParticiples) {
            return true
        }
        guard let origin = hits.last(where: { $0.cue == .origin && $0.last < place.token }), place.token - origin.last <= 12,
              place.token - origin.last <= 4 || breaks(origin.last, place.token) == 0 || placesTheOrigin(place, origin) else {
            return false
        }
        let interrupted = hits.contains { hit in
            guard hit.first > origin.last && hit.last < place.token else { return false }
            switch hit.cue {
            case .targeting, .attack, .outcome, .killed, .wounded: return true
            default: return false
            }
        }
        return !interrupted && !places.contains { $0.token > origin.last && $0.token < place.token }
    }

    private static let launchedFromLinks = FoldedWords(["d", "de", "du"])
    private static let launchParticiples = FoldedWords([
        "lance", "lances", "lancee", "lancees", "tire", "tires", "tiree", "tirees", "decolle", "decolles", "decollee", "decollees",
    ])

    /// "que Bagdad attribue à l'artillerie turque", "Damascus condemned the raids", "Ankara a nié": a capital that blames, denies or
    /// speaks is its government, not the incident's place.
    private func isAGovernmentSpeaking(_ place: PlaceMention) -> Bool {
        let next = place.token + 1
        guard next < sentence.tokens.upperBound, text.token(place.token, isOneOf: SentenceContext.capitals) else { return false }
        let verb = text.token(next, isOneOf: SentenceContext.auxiliaries) && next + 1 < sentence.tokens.upperBound ? next + 1 : next
        if text.token(verb, isOneOf: SentenceContext.governmentVerbs) { return true }
        // « ce qui avait conduit Bagdad à annuler une visite », "prompting Baghdad to summon the envoy": the government made to act.
        return text.token(next, isOneOf: SentenceContext.causedActionLinks)
            && (max(sentence.tokens.lowerBound, place.token - 2)..<place.token).contains { text.token($0, isOneOf: SentenceContext.causativeVerbs) }
    }

    private static let causedActionLinks = FoldedWords(["a", "to"])
    private static let causativeVerbs = FoldedWords([
        "conduit", "pousse", "amene", "contraint", "oblige", "incite", "force", "led", "leading", "pushed", "pushing", "prompted",
        "prompting", "forced", "forcing", "urged", "urging", "compelled",
    ])

    /// "a spokesman told reporters in Baghdad", « dans un communiqué publié à Erbil », "said in a statement from Damascus": the
    /// place a source spoke from, not the incident's.
    private func isWhereASourceSpoke(_ place: PlaceMention) -> Bool {
        let preposition = place.token - 1
        guard preposition > sentence.tokens.lowerBound, text.token(preposition, isOneOf: SentenceContext.seatPrepositions) else { return false }
        return (max(sentence.tokens.lowerBound, preposition - 3)..<preposition).contains { text.token($0, isOneOf: SentenceContext.speakingWords) }
    }

    /// « ont arrêté à Makhmour trois hommes », "arrested three men in Makhmour": where suspects were caught, not where the
    /// weapons struck.
    private func isWhereSuspectsWereArrested(_ place: PlaceMention) -> Bool {
        let preposition = place.token - 1
        guard preposition > sentence.tokens.lowerBound, text.token(preposition, isOneOf: SentenceContext.seatPrepositions),
              let arrest = (max(sentence.tokens.lowerBound, preposition - 5)..<preposition).last(where: {
                  text.token($0, isOneOf: SentenceContext.arrestWords)
              }) else { return false }
        return breaks(arrest, place.token) == 0
    }

    private static let arrestWords = FoldedWords([
        "arrete", "arretes", "arretee", "arretees", "arreter", "interpelle", "interpelles", "arrested", "arrests", "arrest",
        "detained", "apprehended", "captured", "capture", "captures",
    ])
    private static let seatPrepositions = FoldedWords(["a", "in", "from", "depuis", "at"])
    private static let speakingWords = FoldedWords([
        "said", "says", "told", "reporters", "journalists", "journalistes", "statement", "communique", "conference", "presse",
        "publie", "publiee", "declared", "declare", "speaking", "announced", "annonce", "indique", "affirme", "briefing", "spoke",
    ])

    private static let capitals = FoldedWords([
        "bagdad", "baghdad", "damas", "damascus", "amman", "ankara", "teheran", "tehran", "washington", "moscou", "moscow",
    ])
    private static let auxiliaries = FoldedWords(["a", "avait", "has", "had", "have", "ont"])
    private static let governmentVerbs = FoldedWords([
        "attribue", "impute", "accuse", "blames", "blamed", "accuses", "accused", "dement", "denies", "denied", "nie", "said", "says",
        "condemned", "condemns", "condamne", "denonce", "denounced", "affirme", "affirmed", "insists", "insiste", "announced",
        "annonce", "warned", "warns", "averti", "avertit", "responded", "repondu", "reserves", "called", "appele", "appelle",
        "summoned", "convoque", "protested", "proteste",
    ])

    /// « tirées depuis la localité de Gwer, dans la province de Ninive », "launched from Gwer, in Nineveh province": an
    /// apposition after one comma that only places the origin.
    private func placesTheOrigin(_ place: PlaceMention, _ origin: CueHit) -> Bool {
        guard breaks(origin.last, place.token) == 1 else { return false }
        var first = place.token
        while first - 1 > origin.last, text.token(first - 1, isOneOf: SentenceContext.locatorWords) { first -= 1 }
        return first < place.token && FoldedText.isClauseBreak(text.tokens[first].punctuationBefore)
    }

    private static let locatorWords = FoldedWords([
        "dans", "la", "le", "l", "province", "de", "d", "du", "in", "the", "of", "district", "region", "gouvernorat", "governorate",
    ])

    private func isDiversion(_ place: PlaceMention) -> Bool {
        hits.contains { $0.cue == .diversion && $0.last < place.token && breaks($0.last, place.token) == 0 }
    }

    /// "Earlier this month", « plus tôt cette semaine »: the part of the period before the news.
    private func isEarlierInThePeriod(_ date: DateHit) -> Bool {
        switch date.expression {
        // « au début du mois », "early this month": the first third of this month, told before the news.
        case .relative(.thisMonth), .relative(.thisWeek), .relative(.thisYear), .thirdOfMonth(.thisMonth, third: 1):
            return (max(sentence.tokens.lowerBound, date.first - 1)...date.last).contains { text.token($0, isOneOf: SentenceContext.earlierWords) }
        default:
            return false
        }
    }

    private static let earlierWords = FoldedWords(["earlier", "plus", "debut", "beginning", "start", "early"])
    private static let blameWords = FoldedWords([
        "accuse", "accusent", "accused", "accuses", "accusing", "blamed", "blames", "blaming", "impute", "imputent", "attribue",
        "attribuent", "attributed", "attribuee", "attribuees", "attribues", "imputee", "imputees", "imputes",
    ])
    private static let whenWords = FoldedWords(["when", "lorsque", "lorsqu", "quand"])
    private static let monthPlacers = FoldedWords(["courant", "dernier", "derniere", "passe", "last"])

    private static let mostWords = FoldedWords(["most", "plupart", "majority", "majorite"])
    private static let definiteDeterminers = FoldedWords(["the", "le", "la", "l", "les", "ce", "cet", "cette", "ces", "this", "these"])

    private static let tallyNouns = FoldedWords(["attacks", "attaques", "incidents", "strikes", "frappes", "assauts", "raids"])

    /// Units after a number: "107 mm", "30 km", "40 ans" measure, they do not count weapons.
    private static let units = FoldedWords(["mm", "km", "ans", "kg"])
    private static let locatives = FoldedWords(["a", "au", "in", "at", "near", "pres", "vers", "dans", "outside"])

    /// Capitalised names after a locative word that the gazetteer does not know.
    func unknownPlaceMentions() -> [UnresolvedItem] {
        var result: [UnresolvedItem] = []
        var t = sentence.tokens.lowerBound + 1
        while t < sentence.tokens.upperBound {
            defer { t += 1 }
            let offset = Int(text.tokens[t].start)
            guard text.tokens[t].isCapitalized, text.token(t - 1, isOneOf: SentenceContext.locatives),
                  !places.contains(where: { $0.range.contains(offset) }), !hits.contains(where: { $0.first <= t && t <= $0.last })
            else { continue }
            var last = t
            while last + 1 < sentence.tokens.upperBound, text.tokens[last + 1].isCapitalized,
                  text.tokens[last + 1].punctuationBefore == 0 || text.tokens[last + 1].punctuationBefore == 0x2D {
                last += 1
            }
            let range = Int(text.tokens[t].start)..<Int(text.tokens[last].end)
            let name = text.original(range)
            let isAcronym = last == t && name.utf8.count <= 4 && name.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
            let folded = (t...last).map { text.foldedString(of: $0) }.joined(separator: " ")
            if isAcronym || Lexicon.notPlaces.contains(folded) {
                t = last
                continue
            }
            result.append(UnresolvedItem(
                kind: "unknown_place_mention", text: name,
                sources: [SourceRef(document: documentID, offset: range.lowerBound, length: range.count, quote: name)],
                reason: "place name not in the gazetteer"))
            t = last
        }
        return result
    }
}
