import Gazetteer

/// What a mention is anchored on: a weapon noun or a strike phrase.
enum AnchorKind: Equatable {
    case weapon(WeaponKind, strong: Bool)
    case airStrike
    case strike
    case launchSite

    var isStrongWeapon: Bool { if case .weapon(_, true) = self { true } else { false } }
    var isWeapon: Bool { if case .weapon = self { true } else { false } }
}

struct Anchor {
    var first: Int
    var last: Int
    var kind: AnchorKind
}

struct PlaceMention {
    var place: Place
    var token: Int
    /// UTF-8 bytes of the name in the text.
    var range: Range<Int>
    var near: Bool
}

/// One sentence's report of one incident, before merging.
struct Mention {
    var sentence: Int
    var paragraph: Int
    var anchor: Anchor
    var type: EventType
    var outcome: Outcome = .unknown
    var count: Int?
    var countIsApproximate = false
    var defense: DefenseSystem?
    var fatalities: Int?
    var injuries: Int?
    var damage: Damage?
    var actor: ActorName?
    var target: String?
    var date: DateSpan?
    /// The date was written (or is a quoted tweet's), not assumed from the article's date.
    var dateIsStated = false
    /// The date is the day a source spoke ("a déclaré, samedi 27/4, que…"): the incident may be a day or two older.
    var dateIsDayOfSaying = false
    var dateExpression: DateExpression?
    var timeLocal: TimeOfDay?
    var isGeneric = false
    var isBackground = false
    var nonEvent: NonEventReason?
    /// "the same airport": the place is the one the document is about, not the paragraph's.
    var refersToSamePlace = false
    /// "the airport" without its name: the airport the document named before.
    var refersToTheAirport = false
    /// "rockets fired at US troops in the province", « dans la province » with no name: the province of the town the sentence named.
    var refersToTheProvince = false
    /// "ces frappes répondent à l'attaque … dimanche dernier": the incident a response answers, told as the news's cause.
    var isAnswered = false
    /// "Earlier this month", « plus tôt cette année »: an incident of the period before the news, a recall.
    var isEarlierInThePeriod = false
    /// "des missiles et des drones": a weapon told beside another kind, so its own means, not the other's.
    var isOneOfTwoMeans = false
    /// "Les projectiles sont tombés…", "the drone was launched from…": a weapon with a definite determiner names those told
    /// before (a loose word, whatever their kind; a weapon's name, those of its kind, whatever attack they made).
    var namesWeaponsToldBefore = false
    /// "une autre roquette", "another drone": a new incident, not one told before.
    var isAnother = false
    /// "Turkish forces hit a village, without saying how": a strike of unknown means, never retyped as an air strike.
    var meansUnstated = false
    /// A one-way, kamikaze or explosives-laden drone: a militia's weapon, never a state's armed drone.
    var isOneWayDrone = false
    /// Places named in the mention's own sentence (clause).
    var places: [PlaceMention] = []

    /// "in early December 2021, when a rocket fell": as specific as the month it narrows.
    var isDatedByAThirdOfAMonth: Bool { if case .thirdOfMonth? = dateExpression { true } else { false } }

    var eventTypeIsWeak: Bool { if case .weapon(_, false) = anchor.kind { true } else { false } }

    /// Takes what `other`, a mention of the same incident, adds; places are left to the caller, which
    /// either keeps them all (one sentence) or has chosen the incident's place (one incident).
    mutating func absorb(_ other: Mention) {
        if other.outcome.strength > outcome.strength { outcome = other.outcome }
        if let c = other.count, count == nil || (countIsApproximate && !other.countIsApproximate)
            || (countIsApproximate == other.countIsApproximate && c > count!) {
            count = c
            countIsApproximate = other.countIsApproximate
        }
        defense = defense ?? other.defense
        fatalities = Mention.larger(fatalities, other.fatalities)
        injuries = Mention.larger(injuries, other.injuries)
        if let d = other.damage, damage == nil || Mention.rank(d) > Mention.rank(damage!) { damage = d }
        actor = actor ?? other.actor
        target = target ?? other.target
        if (date == nil && other.date != nil) || (other.dateIsStated && !dateIsStated) {
            date = other.date
            dateIsStated = other.dateIsStated
            dateIsDayOfSaying = other.dateIsDayOfSaying
            dateExpression = other.dateExpression
        } else if date == nil, dateExpression == nil {
            // Unresolved ("on Feb. 15" in a text without a year), the written date is kept for other documents to date.
            dateExpression = other.dateExpression
        }
        timeLocal = timeLocal ?? other.timeLocal
        isGeneric = isGeneric || other.isGeneric
        isBackground = isBackground || other.isBackground
        refersToSamePlace = refersToSamePlace || other.refersToSamePlace
        refersToTheAirport = refersToTheAirport || other.refersToTheAirport
        refersToTheProvince = refersToTheProvince || other.refersToTheProvince
        // Told as news anywhere, it is news.
        isAnswered = isAnswered && other.isAnswered
        isEarlierInThePeriod = isEarlierInThePeriod && other.isEarlierInThePeriod
        isAnother = isAnother || other.isAnother
        isOneWayDrone = isOneWayDrone || other.isOneWayDrone
    }

    static func larger(_ a: Int?, _ b: Int?) -> Int? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }

    static func rank(_ d: Damage) -> Int {
        switch d {
        case .none: 0
        case .minor: 1
        case .major: 2
        }
    }
}
