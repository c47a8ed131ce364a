/// What a lexicon phrase tells the extractor.
enum WeaponKind: Hashable, Sendable {
    case rocket, drone, missile, mortar, artillery
}

enum RelativeDay: Hashable, Sendable {
    /// Today relative to the reference (ce soir, this morning, il y a une heure).
    case today
    case daysAgo(Int)
    case lastWeek
    /// « le week-end dernier », "over the weekend": the Saturday and Sunday before the reference.
    case lastWeekend
    case thisWeek
    case thisMonth
    case lastMonth
    case thisYear
    /// "l'an dernier", "two years ago", "un an après": that many years before the reference.
    case yearsAgo(Int)
    /// "le lendemain", "the same day", "la veille", "two days after": days from the day an earlier
    /// sentence dated.
    case fromPrevious(Int)
}

enum NonEventReason: Hashable, Sendable {
    /// Denied or said not to have happened.
    case negation
    case threat
    /// Possible, planned or future.
    case hypothetical
    /// Condemned or denounced: a reaction, the incident is reported where it is told.
    case reaction
    /// Weapons seized, confiscated or held by people arrested: never fired.
    case seizure
    /// A drone carrying drugs or contraband across a border: smuggling, not an attack.
    case smuggling
    /// Drones "seen in the sky" before explosions: a sighting, not an attack, unless they were shot down.
    case sighting
    /// A drill or exercise: whatever the sentence fires, intercepts or simulates is training.
    case drill
}

/// The states, forces and armed groups the lexicon names; the raw value is the `actor` events carry.
/// A closed set of cases rather than strings, so that a `Cue` holds no reference and hits copy as plain bytes.
enum ActorName: String, Hashable, Sendable {
    case unitedStates = "United States"
    case usLedCoalition = "US-led coalition"
    case iran = "Iran"
    case israel = "Israel"
    case turkey = "Turkey"
    case jordan = "Jordan"
    case russia = "Russia"
    case iraqiArmy = "Iraqi army"
    case iraqiForces = "Iraqi forces"
    case syrianGovernment = "Syrian government"
    case syrianArmy = "Syrian army"
    case kataibHezbollah = "Kataib Hezbollah"
    case hezbollah = "Hezbollah"
    case kataibSayyidAlShuhada = "Kataib Sayyid al-Shuhada"
    case asaibAhlAlHaq = "Asaib Ahl al-Haq"
    case harakatAlNujaba = "Harakat al-Nujaba"
    case islamicResistanceInIraq = "Islamic Resistance in Iraq"
    case islamicState = "Islamic State"
    case houthis = "Houthis"
    case popularMobilizationForces = "Popular Mobilization Forces"
    case militia = "militia"
    case outlawGroup = "outlaw group"

    /// States whose strikes in Syria and Iraq, however a report names them, come from the air: Israel's raids and
    /// Jordan's strikes on smugglers' sites ("une frappe jordanienne", "Israeli strikes").
    var strikesFromTheAir: Bool { self == .israel || self == .jordan }

    /// States whose missiles in Iraq and Syria are fired from aircraft (Iran's are ballistic missiles).
    var firesMissilesFromAircraft: Bool {
        switch self {
        case .israel, .unitedStates, .turkey, .russia, .jordan: true
        default: false
        }
    }
}

/// Air-defence systems the lexicon names; the raw value is the `defense_system` events carry.
enum DefenseSystem: String, Hashable, Sendable {
    case cram = "C-RAM"
    case patriot = "Patriot"
    case ironDome = "Iron Dome"
    case avenger = "Avenger"
    case pantsir = "Pantsir"
}

enum Cue: Hashable, Sendable {
    /// A weapon noun; `strong` is false for loose words ("missiles" for rockets, "projectiles").
    case weapon(WeaponKind, strong: Bool)
    /// An air or armed-drone strike phrase; `by` names the state when the phrase does ("frappe américaine").
    case airStrike(by: ActorName?)
    /// Aircraft: an air strike when they strike and no weapon of an attack is named. Combat aircraft strike
    /// when anything hit; others ("des avions", "aircraft") when they attacked, destroyed, killed or wounded.
    case aircraft(combat: Bool)
    /// "frappe(s)", "strikes": an attack by a state force only when one is named.
    case strike
    /// Launch sites or launchers, the usual target of counter-strikes.
    case launchSite
    /// A verb or noun saying that an attack happened.
    case attack
    /// "conducted", "a mené": a force carried out what follows.
    case conduct
    /// Destruction verbs: a strike predicate for launch sites, an interception for weapons.
    case destroy
    case outcome(Outcome)
    /// A defence system engaging ("C-RAM engagé"): an interception when a system is named.
    case engaged
    case number(Int)
    case approximateNumber(Int)
    case atLeast
    /// "several", "plusieurs": many, uncounted; before "attacks" a tally.
    case quantifier
    case casualties(fatalities: Int?, injuries: Int?)
    case killed
    case wounded
    case damage(Damage)
    case defense(DefenseSystem)
    /// `state` actors (governments, their forces, the coalition) can carry out strikes.
    case actor(ActorName, state: Bool)
    /// "par", "by": the next actor is the agent.
    case agentMarker
    /// A phrase that names an actor without making it the agent (spokesperson of, led by, made in).
    case neutral
    /// "US forces", "les troupes américaines": a state's troops, usually a target, the agent only of
    /// what they carry out ("US forces conducted a strike").
    case stateForce
    case claim
    case nonEvent(NonEventReason)
    /// Frequency or statistics ("la 47e attaque", "ces derniers mois"): not one incident.
    case generic
    /// Words that mark a recalled, earlier incident.
    case background
    /// "en représailles à", "in response to": what follows is the earlier incident answered.
    case response
    case near
    /// A place outside Iraq, Syria and Jordan that the gazetteer leaves out ("the Red Sea", "Yemen", "outside our area").
    case elsewhere
    /// "without saying how", « sans préciser comment »: the report leaves the means of the strike unknown.
    case meansUnstated
    /// "flights were diverted to Damascus and Latakia": the places after it, to the end of the clause, are where
    /// traffic went, not where anything struck.
    case diversion
    /// "the same airport", "la même base": the site of the incident told just before.
    case samePlace
    /// "hit the airport south-east of the capital", « l'aéroport » with no name: the airport the article named.
    case theAirport
    /// "une autre roquette", "another drone": an incident besides those told before.
    case another
    /// "depuis", "from": the place after it is where an attack came from.
    case origin
    case targeting
    case month(Int)
    case weekday(Int)
    /// A holiday on a fixed day of the year: "Christmas Day", "le jour de Noël", "New Year's Eve".
    case holiday(day: Int, month: Int)
    case relative(RelativeDay)
    /// "dernier", "last": the named month or weekday before the reference.
    case previous
    case next
    case inPreposition
    case timeZone
    /// "Publié le", "Updated": the date that follows is the article's.
    case published

    var isAirStrike: Bool {
        switch self {
        case .airStrike, .aircraft: true
        default: false
        }
    }
}
