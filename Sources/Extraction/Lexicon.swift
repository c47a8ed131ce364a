/// The French and English vocabulary of attack reports, grouped by meaning.
/// Phrases are folded like the text (lower case, no accents, punctuation as spaces);
/// a trailing `*` matches any word that starts with the stem.
/// Extend a group to teach the extractor new words; nothing here names a particular article.
enum Lexicon {
    static let weapons: [(String, Cue)] =
        ["roquette*", "rocket*", "fusee", "fusees", "katioucha*", "katyusha*", "grad", "107 mm", "122 mm", "240 mm",
         "falaq*", "obus de roquette*", "iram", "irams"].map { ($0, .weapon(.rocket, strong: true)) }
        + ["drone*", "uav", "uavs", "quadricoptere*", "quadcopter*", "quad copter*", "quadrirotor*", "avion sans pilote",
           "avions sans pilote", "aeronef sans pilote", "aeronefs sans pilote", "drone arme", "drones armes",
           "drone piege", "drones pieges", "drone kamikaze", "drones kamikazes", "drone suicide", "drones suicides",
           "drone explosif", "drones explosifs", "unmanned aerial vehicle*", "unmanned aerial system*", "unmanned aircraft", "systeme aerien sans pilote",
           "systemes aeriens sans pilote", "one way attack drone*", "shahed*", "loitering munition*", "munition rodeuse",
           "munitions rodeuses",
           // Armed drones named by their model, so that the state named beside the name stands beside the drone.
           "mq 9", "mq 9 drone*", "mq 9 reaper", "mq 9 reaper drone*", "reaper drone*", "drone mq 9", "drones mq 9",
           "drone mq 9 reaper", "drone reaper", "drones reaper", "bayraktar", "bayraktar tb2", "bayraktar drone*",
           "drone bayraktar", "drones bayraktar", "drone bayraktar tb2"]
            .map { ($0, .weapon(.drone, strong: true)) }
        + ["missile balistique", "missiles balistiques", "ballistic missile*", "missile de croisiere",
           "missiles de croisiere", "cruise missile*", "missile sol sol", "missiles sol sol", "fateh*",
           "missile guide", "missiles guides", "guided missile*"].map { ($0, .weapon(.missile, strong: true)) }
        + ["missile", "missiles", "projectile*"].map { ($0, .weapon(.missile, strong: false)) }
        + ["mortier", "mortiers", "obus de mortier", "mortar*"].map { ($0, .weapon(.mortar, strong: true)) }
        // "Indirect fire" is military shorthand for rockets and mortars.
        + ["artillerie", "tir d artillerie", "tirs d artillerie", "artillery", "shelling", "obus", "indirect fire",
           "tir indirect", "tirs indirects", "feu indirect", "tirs de feu indirect"]
            .map { ($0, .weapon(.artillery, strong: false)) }

    static let strikes: [(String, Cue)] =
        ["frappe aerienne", "frappes aeriennes", "raid aerien", "raids aeriens", "bombardement aerien",
         "bombardements aeriens", "airstrike*", "air strike*", "air raid*", "frappe de drone", "frappes de drone",
         "attaque aerienne", "attaques aeriennes", "air attack", "air attacks", "aerial attack", "aerial attacks",
         "frappe de drones", "drone strike*", "tir de drone arme", "tirs de drone arme", "tirs de drones armes",
         // Precision-guided munitions are dropped or fired from aircraft: "precision strikes on three facilities".
         "precision strike*", "frappe de precision", "frappes de precision",
         // "carried out a strike with a drone", « une frappe au moyen d'un drone »: a strike whose weapon is an armed drone.
         "strike with a drone", "strikes with drones", "strike with drones", "strike using a drone", "strikes using drones",
         "frappe avec un drone", "frappes avec des drones", "frappe par drone", "frappes par drone", "frappe au moyen d un drone",
         "frappes au moyen de drones",
         // Syrian state media's word for a foreign air raid: « agression aérienne », "aerial aggression".
         "agression aerienne", "agressions aeriennes", "aerial aggression", "air aggression",
         "missiles de l agression", "aggression missiles", "missiles of the aggression",
         // "a Jordanian air force strike", « une frappe de l'aviation turque »: a strike an air force carried out.
         "air force strike*", "air force raid*", "frappe de l armee de l air", "frappes de l armee de l air",
         "frappe de l aviation", "frappes de l aviation", "raid de l aviation", "raids de l aviation"]
            .map { ($0, .airStrike(by: nil)) }
        // Aircraft that strike: "des avions de combat F-15E américains ont frappé", "B-1 bombers".
        + ["avion de combat", "avions de combat", "avion de chasse", "avions de chasse", "chasseur bombardier",
           "chasseurs bombardiers", "bombardier", "bombardiers", "helicoptere de combat", "helicopteres de combat",
           "helicoptere d attaque", "helicopteres d attaque", "avion d attaque", "avions d attaque", "warplane*",
           "fighter jet*", "fighter plane*", "bomber", "bombers", "attack helicopter*", "helicopter gunship*",
           "gunship*", "ac 130", "ac 130j", "ac 130u", "f 15", "f 15e", "f 15es", "f 16", "f 16s", "f 35", "f 35s",
           "a 10", "a 10s", "b 1", "b 1b", "b 1bs", "b 52", "b 52s", "ah 64", "apache", "apaches", "rafale",
           "rafales"].map { ($0, .aircraft(combat: true)) }
        // A state's helicopters that strike fly its air strike (« des hélicoptères turcs ont bombardé »).
        + ["avion", "avions", "aviation", "aircraft", "jets", "helicoptere", "helicopteres", "helicopter", "helicopters"]
            .map { ($0, .aircraft(combat: false)) }
        + ([("frappe aerienne americaine", .unitedStates), ("frappes aeriennes americaines", .unitedStates),
           ("frappe americaine", .unitedStates), ("frappes americaines", .unitedStates),
           ("raid americain", .unitedStates), ("raids americains", .unitedStates),
           ("us airstrike*", .unitedStates), ("us air strike*", .unitedStates),
           ("american airstrike*", .unitedStates), ("us strike*", .unitedStates),
           ("american strike*", .unitedStates), ("us drone strike*", .unitedStates),
           // Central Command's releases: "a CENTCOM unilateral strike", "conducted a unilateral strike".
           ("centcom strike*", .unitedStates), ("centcom unilateral strike*", .unitedStates), ("unilateral strike*", .unitedStates),
           ("frappe unilaterale", .unitedStates), ("frappes unilaterales", .unitedStates),
           ("frappe aerienne israelienne", .israel), ("frappes aeriennes israeliennes", .israel),
           ("israeli airstrike*", .israel), ("israeli strike*", .israel), ("frappe aerienne turque", .turkey),
           ("frappes aeriennes turques", .turkey), ("turkish airstrike*", .turkey), ("turkish drone strike*", .turkey),
           ("frappe aerienne russe", .russia), ("frappes aeriennes russes", .russia), ("russian airstrike*", .russia),
           // Raids by these states in Iraq and Syria are air raids.
           ("raid israelien", .israel), ("raids israeliens", .israel), ("israeli raid*", .israel),
           ("raid turc", .turkey), ("raids turcs", .turkey), ("turkish raid*", .turkey),
           ("raid jordanien", .jordan), ("raids jordaniens", .jordan), ("jordanian raid*", .jordan),
           ("raid russe", .russia), ("raids russes", .russia), ("russian raid*", .russia)] as [(String, ActorName)])
            .map { ($0.0, Cue.airStrike(by: $0.1)) }
        + (["frappe", "frappes"] + presentTenseStrikes + ["strike", "strikes", "bombardement", "bombardements", "shelled", "pilonne", "pilonnes",
           "pilonnee", "pilonnees", "pilonnage", "pilonnages"]).map { ($0, .strike) }
        + launchSites.map { ($0, .launchSite) }

    /// Launch sites and launchers with what they launch, so that "sites de lancement de roquettes"
    /// reads as a target and not as a rocket attack.
    static let launchSites: [String] = {
        let sites = ["site de lancement", "sites de lancement", "web site de lancement", "websites de lancement",
                     "website de lancement", "rampe de lancement", "rampes de lancement", "position de tir",
                     "positions de tir", "point de lancement", "points de lancement", "lanceur", "lanceurs", "lance roquettes", "lance roquette"]
        let objects = ["", " de roquettes", " de roquette", " de roquettes d artillerie", " de fusees", " de missiles",
                       " de drones", " d artillerie"]
        let english = ["launch site", "launch sites", "launching site", "launching sites", "launcher", "launchers",
                       "launch pad", "launch pads", "launch position", "launch positions", "launch point", "launch points", "launching point", "launching points", "rocket launcher",
                       "rocket launchers", "rocket launch site", "rocket launch sites", "drone launch site",
                       "drone launch sites", "missile launcher", "missile launchers"]
        return sites.flatMap { site in objects.map { site + $0 } } + english
    }()

    /// "un centre de recherches soupçonné de travailler sur des missiles", "a plant producing drones": weapons made or
    /// studied, not fired.
    static let weaponMaking: [String] = {
        let french = ["travailler sur des", "travaille sur des", "travaillant sur des", "fabriquer des", "fabriquant des",
                      "developper des", "developpant des", "produire des", "produisant des", "production de",
                      "fabrication de", "developpement de", "recherches sur les", "recherche sur les", "preparer des", "preparer les",
                      "preparant des", "assembler des", "assembler les", "assemblant des", "armer des", "armer les"]
        // "a compound used to prepare the drones", "a workshop assembling drones": weapons readied on the site a strike hit.
        let english = ["working on", "work on", "developing", "develop", "manufacturing", "manufacture", "producing",
                       "produce", "building", "build", "production of", "manufacture of", "development of", "research on",
                       "prepare", "prepare the", "preparing", "preparing the", "assemble", "assemble the", "assembling",
                       "assembling the", "arm the", "arming the"]
        // "sites … qui servaient à stocker des armes et à lancer des drones", "depots used to store drones": what a
        // strike hit, not an attack; launching is kept to drones' sites, as "tried to launch rockets" tells an attack.
        let frenchStoring = ["stocker des", "stockant des", "stockage de", "entreposer des", "entreposant des", "depot de",
                             "depots de", "entrepot de", "entrepots de"]
        let englishStoring = ["store", "stores", "storing", "stored", "stockpile", "stockpiling", "warehouse for"]
        let frenchStored = ["missiles", "roquettes", "drones", "armes et des drones", "armes et des roquettes",
                            "roquettes et des drones", "missiles et des drones"]
        let englishStored = ["missiles", "rockets", "drones", "weapons and drones", "weapons and rockets", "rockets and drones",
                             "missiles and drones"]
        func phrases(_ verbs: [String], _ objects: [String]) -> [String] {
            verbs.flatMap { verb in objects.map { "\(verb) \($0)" } }
        }
        let launchingDrones: [String] = ["a lancer des drones", "pour lancer des drones", "used to launch drones",
                                         "used for launching drones", "used to fly drones"]
        let making: [String] = phrases(french, ["missiles", "roquettes", "drones"]) + phrases(english, ["missiles", "rockets", "drones"])
        let storing: [String] = phrases(frenchStoring, frenchStored) + phrases(englishStoring, englishStored)
        return making + storing + launchingDrones
    }()

    /// The present tense of briefs and headlines: « Deux roquettes visent la base », « Des roquettes s'abattent sur la base »,
    /// "Rockets land near Balad". The sentence rules read a sentence whose only verbs are these as a habit when its weapons
    /// take a definite plural (« les drones turcs frappent les FDS »).
    static let presentTenseStrikes = ["frappent"]
    static let presentTenseAttacks = ["visent", "ciblent", "target", "tirent"]
    static let presentTenseImpacts = ["touchent", "tombent", "s abat", "s abattent", "s ecrase", "s ecrasent", "land", "lands"]

    static let predicates: [(String, Cue)] =
        ["attaque*", "attaqu*", "attack*", "assaut*", "vise", "visee", "visees", "vises", "visant", "visaient",
         "visait", "ciblant", "cible", "ciblee", "ciblees", "cibles", "ciblaient", "ciblait", "targeted", "targeting",
         "tire", "tiree", "tirees", "tires", "tir", "tirs", "tirant", "tiraient", "fired", "firing", "bombed",
         "lance", "lancee", "lancees", "lances", "lancer", "launched", "pilonn*", "bombard*",
         "explosion*", "explose*", "exploded", "exploding", "salve*", "barrage*", "essuye des tirs", "came under fire",
         "aurait vise", "incident*",
         // "Turkish jets pounded PKK hideouts"; "the base came under rocket fire", where the weapon stands inside the phrase.
         "pounded", "pounding", "hammered", "came under", "comes under", "come under", "coming under",
         // "une tentative d'assassinat au drone", "a drone assassination attempt": the drone was sent to kill.
         "tentative d assassinat", "assassination attempt*", "attempted assassination",
         // "ont riposté avec des tirs d'artillerie", "responded with artillery fire": a counter-attack.
         "a riposte avec", "ont riposte avec", "a riposte par", "ont riposte par", "riposte avec", "responded with",
         "retaliated with", "returned fire",
         // "the army and the SDF exchanged mortar fire", « un échange de tirs »: both sides fired.
         "exchanged", "exchanging", "exchange of", "traded fire", "echange de tirs", "echanges de tirs"].map { ($0, .attack) }
        + presentTenseAttacks.map { ($0, .attack) }
        + ["conducted", "conducts", "carried out", "carries out", "mene", "menee", "menees", "menes", "effectue",
           "effectuee", "effectuees", "effectues", "a procede a", "ont procede a"].map { ($0, .conduct) }
        + ["detruit", "detruits", "detruite", "detruites", "detruisant", "detruisent", "destruction", "destroyed", "destroying", "demoli*",
           "neutralis*", "pulveris*"].map { ($0, .destroy) }

    static let outcomes: [(String, Cue)] =
        ["intercept*", "abattu*", "abattre", "abattage", "detruit en vol", "detruits en vol", "detruite en vol",
         "detruites en vol", "destroyed in flight", "destroyed mid air", "shot down", "shoots down", "shooting down",
         "downed", "brouille*", "jammed", "repousse*", "repelled", "foiled", "dejoue*", "thwarted"]
            .map { ($0, .outcome(.intercepted)) }
        + ["a frappe", "ont frappe", "avait frappe", "avaient frappe", "aurait frappe", "auraient frappe", "qui a frappe",
           "qui ont frappe", "ont ete frappes", "a ete frappe", "a ete frappee", "ont ete frappees", "a touche", "ont touche", "touche", "touchee", "touchees", "touches",
           "atterri*", "percute*", "s est ecrase*", "se sont ecrase*", "s etait ecrase*", "s etaient ecrase*", "s est abattu*", "se sont abattu*", "s etait abattu*", "s etaient abattu*", "s abattre", "tombe", "tombee", "tombees",
           "tombes", "est tombe*", "sont tombe*", "impact*", "hit", "hits", "struck", "landed", "crashed", "slammed", "fell",
           "a endommage", "ont endommage", "endommage", "endommagee", "endommages", "endommagees", "endommageant", "damaged"].map { ($0, .outcome(.impact)) }
        + presentTenseImpacts.map { ($0, .outcome(.impact)) }
        // A round that blew up where it stood never flew: "a explosé sur sa rampe de lancement".
        + ["sur sa rampe de lancement", "sur son lanceur", "sur leur rampe de lancement", "sur leurs rampes de lancement",
           "sur leur lanceur", "sur leurs lanceurs", "on its launcher", "on the launcher", "on its launch pad",
           "on the launch pad", "on their launchers", "on its launch rail", "premature detonation", "explose prematurement",
           "exploded prematurely"].map { ($0, .outcome(.failed)) }
        + ["pas reussi a se lancer", "pas reussi a decoller", "failed to launch", "misfire*", "rate leur lancement",
           "pas explose", "failed to explode", "did not explode", "n ont pas decolle", "lancement rate",
           "without exploding", "without detonating", "failed to detonate", "did not detonate", "sans exploser",
           "sans avoir explose"]
            .map { ($0, .outcome(.failed)) }
        + ["pas reussi a atteindre", "failed to reach", "sans atteindre", "without reaching"].map { ($0, .neutral) }
        + ["engag*", "a riposte", "ont riposte", "active", "activee", "actives", "activees", "se sont actives",
           "activated", "engaging"].map { ($0, .engaged) }

    static let defenses: [(String, Cue)] =
        [("c ram", .defense(.cram)), ("cram", .defense(.cram)), ("c rams", .defense(.cram)),
         ("contre roquette et un mortier", .defense(.cram)), ("contre roquette artillerie et mortier", .defense(.cram)),
         ("counter rocket artillery and mortar", .defense(.cram)), ("counter rocket artillery mortar", .defense(.cram)),
         ("counter rocket", .defense(.cram)), ("contre roquette", .defense(.cram)),
         ("centurion", .defense(.cram)), ("patriot", .defense(.patriot)), ("patriots", .defense(.patriot)),
         ("dome de fer", .defense(.ironDome)), ("iron dome", .defense(.ironDome)), ("avenger", .defense(.avenger)),
         ("pantsir", .defense(.pantsir))]

    static let counts: [(String, Cue)] =
        [("un", 1), ("une", 1), ("one", 1), ("a single", 1), ("un seul", 1), ("une seule", 1),
         ("deux", 2), ("two", 2), ("a pair of", 2), ("trois", 3), ("three", 3), ("quatre", 4), ("four", 4),
         ("cinq", 5), ("five", 5), ("six", 6), ("sept", 7), ("seven", 7), ("huit", 8), ("eight", 8),
         ("neuf", 9), ("nine", 9), ("dix", 10), ("ten", 10), ("onze", 11), ("eleven", 11), ("douze", 12),
         ("twelve", 12), ("quinze", 15), ("fifteen", 15), ("vingt", 20), ("twenty", 20), ("trente", 30),
         ("thirty", 30)].map { ($0.0, Cue.number($0.1)) }
        + [("une dizaine", 10), ("une dizaine de", 10), ("about ten", 10), ("des dizaines", 20),
           ("des dizaines de", 20), ("dozens", 24), ("dozens of", 24), ("une vingtaine", 20), ("une vingtaine de", 20),
           ("a dozen", 12), ("une douzaine", 12), ("une douzaine de", 12)].map { ($0.0, Cue.approximateNumber($0.1)) }
        + ["au moins", "at least", "pas moins de", "no fewer than", "plus de", "more than"].map { ($0, .atLeast) }
        + ["several", "plusieurs", "multiple", "multiples", "tens of", "scores of", "numerous", "nombreuses", "nombreux", "many", "various",
           "diverses", "divers"].map { ($0, .quantifier) }

    static let casualties: [(String, Cue)] =
        ["aucune victime", "pas de victime", "pas de victimes", "sans faire de victime", "sans faire de victimes",
         "sans victime", "sans victimes", "ni mort ni blesse", "ni morts ni blesses", "ni mort ni blesses",
         "no casualties", "no casualty", "without casualties", "no one was hurt", "no one was injured or killed",
         "nobody was hurt", "no deaths or injuries", "no injuries or deaths", "neither dead nor injured"]
            .map { ($0, .casualties(fatalities: 0, injuries: 0)) }
        + ["pas de blesse", "pas de blesses", "aucun blesse", "ni blesse", "ni blesses", "sans faire de blesse",
           "sans faire de blesses", "no injuries", "no one was injured", "nobody was injured", "no injured"]
            .map { ($0, .casualties(fatalities: nil, injuries: 0)) }
        + ["aucun mort", "pas de mort", "pas de morts", "ni mort", "ni morts", "no deaths", "no one was killed",
           "nobody was killed", "no fatalities"].map { ($0, .casualties(fatalities: 0, injuries: nil)) }
        + ["tue", "tues", "tuee", "tuees", "tuant", "tuait", "tuaient", "a tue", "ont tue", "tuent", "morts", "killed", "killing", "kill", "kills", "dead",
           "fatalities"].map { ($0, .killed) }
        + ["blesse", "blesses", "blessee", "blessees", "blessant", "blessait", "blessaient", "blessent", "wounded", "injured", "injuring", "wounding", "wounds", "injures"]
            .map { ($0, .wounded) }

    static let damages: [(String, Cue)] =
        ["pas de degats", "ni de degats", "ni de dommages", "ni degats materiels", "aucun degat", "aucun dommage", "ni dommage", "ni degat", "ni degats", "pas de dommage",
         "pas de dommages", "sans degats", "sans dommage", "sans dommages", "no damage", "without damage",
         "caused no damage", "did not cause any damage", "caused no material damage", "no damage was reported",
         "n a cause aucun degat", "n a fait aucun degat", "n ont fait aucun degat", "n a pas fait de degats",
         "n ont pas fait de degats"].map { ($0, .damage(.none)) }
        + ["dommages materiels mineurs", "dommages mineurs", "degats mineurs", "degats materiels mineurs",
           "legers degats", "degats legers", "degats materiels limites", "degats limites", "minor damage",
           "minor material damage", "slight damage", "light damage", "limited damage", "degats sont legers",
           "degats sont limites", "dommages sont mineurs", "dommages sont limites", "damage was minor", "damage was limited"].map { ($0, .damage(.minor)) }
        + ["importants degats", "degats importants", "lourds degats", "degats considerables", "gros degats",
           "heavy damage", "significant damage", "extensive damage", "major damage", "severe damage",
           "serious damage"].map { ($0, .damage(.major)) }

    static let actors: [(String, Cue)] =
        ([("etats unis", .unitedStates), ("etats unis d amerique", .unitedStates), ("americain", .unitedStates),
         ("americaine", .unitedStates), ("americains", .unitedStates), ("americaines", .unitedStates),
         ("united states", .unitedStates), ("us", .unitedStates), ("u s", .unitedStates),
         ("american", .unitedStates), ("americans", .unitedStates), ("washington", .unitedStates),
         ("pentagone", .unitedStates), ("pentagon", .unitedStates), ("centcom", .unitedStates),
         ("commandement central", .unitedStates), ("central command", .unitedStates),
         ("armee americaine", .unitedStates), ("us military", .unitedStates), ("president americain", .unitedStates),
         ("coalition", .usLedCoalition), ("forces de la coalition", .usLedCoalition),
         ("coalition forces", .usLedCoalition), ("iran", .iran), ("iranien", .iran), ("iranienne", .iran),
         ("iraniens", .iran), ("iraniennes", .iran), ("iranian", .iran), ("gardiens de la revolution", .iran),
         ("revolutionary guard*", .iran), ("irgc", .iran), ("israel", .israel), ("israelien*", .israel),
         ("israeli", .israel), ("turquie", .turkey), ("turc", .turkey), ("turque", .turkey), ("turcs", .turkey),
         ("turques", .turkey), ("turkey", .turkey), ("turkish", .turkey), ("ankara", .turkey), ("jordanie", .jordan),
         ("jordanien", .jordan), ("jordanienne", .jordan), ("jordaniens", .jordan), ("jordaniennes", .jordan),
         ("jordan", .jordan), ("jordanian", .jordan), ("russie", .russia), ("russe", .russia),
         ("russes", .russia), ("russia", .russia), ("russian", .russia), ("armee irakienne", .iraqiArmy),
         ("iraqi army", .iraqiArmy), ("forces irakiennes", .iraqiForces), ("iraqi forces", .iraqiForces),
         ("regime syrien", .syrianGovernment), ("armee syrienne", .syrianArmy), ("syrian army", .syrianArmy),
         // Syrian reports' "the regime": « les forces du régime », "regime forces", "government forces".
         ("forces du regime", .syrianGovernment), ("troupes du regime", .syrianGovernment), ("armee du regime", .syrianArmy),
         ("regime forces", .syrianGovernment), ("syrian regime", .syrianGovernment), ("syrian government forces", .syrianGovernment),
         ("forces gouvernementales syriennes", .syrianGovernment), ("forces prorégime", .syrianGovernment),
         ("pro regime forces", .syrianGovernment), ("forces pro regime", .syrianGovernment)] as [(String, ActorName)])
            .map { ($0.0, Cue.actor($0.1, state: true)) }
        + ([("kataib hezbollah", .kataibHezbollah), ("kata ib hezbollah", .kataibHezbollah),
           ("kataeb hezbollah", .kataibHezbollah), ("hezbollah", .hezbollah),
           ("kataib sayyid al shuhada", .kataibSayyidAlShuhada), ("kata ib sayyid al shuhada", .kataibSayyidAlShuhada),
           ("asaib ahl al haq", .asaibAhlAlHaq), ("harakat al nujaba", .harakatAlNujaba),
           ("resistance islamique en irak", .islamicResistanceInIraq), ("islamic resistance in iraq", .islamicResistanceInIraq),
           ("etat islamique", .islamicState), ("islamic state", .islamicState), ("daech", .islamicState),
           ("daesh", .islamicState), ("isis", .islamicState), ("houthi*", .houthis),
           ("hachd al chaabi", .popularMobilizationForces), ("hashd al chaabi", .popularMobilizationForces),
           ("hashd al shaabi", .popularMobilizationForces), ("popular mobilization forces", .popularMobilizationForces),
           ("pmf", .popularMobilizationForces), ("pmu", .popularMobilizationForces), ("hashd", .popularMobilizationForces),
           ("hachd", .popularMobilizationForces),
           ("forces de mobilisation populaire", .popularMobilizationForces), ("milice*", .militia),
           ("militia", .militia), ("militias", .militia), ("groupe hors la loi", .outlawGroup)] as [(String, ActorName)])
            .map { ($0.0, Cue.actor($0.1, state: false)) }
        + ["par", "par l", "par la", "par le", "par les", "by", "by the", "ordonne par", "ordered by", "sur ordre du",
           "sur ordre de", "a ordonne", "ordered", "attribue a", "attribuee a", "attribues a", "attribuees a",
           "attribue a la", "attribuee a la", "attribue au", "attribuee au", "impute a", "imputee a", "impute a la",
           "imputee a la", "attributed to", "blamed on"].map { ($0, .agentMarker) }
        + ["porte parole de la coalition", "porte parole de l armee americaine", "porte parole du pentagone",
           "coalition spokesman", "coalition spokesperson", "dirigee par les etats unis", "dirige par les etats unis",
           "dirigee par les americains", "led by the united states", "led by the us", "us led", "american led",
           "de fabrication iranienne", "fabrication iranienne", "iranian made", "made in iran", "de fabrication russe",
           "russian made", "fournis par l iran", "supplied by iran", "soutenue par l iran", "soutenues par l iran",
           "soutenu par l iran", "soutenus par l iran", "backed by iran", "iran backed", "pro iran", "pro iraniennes",
           "pro iranienne", "pro iraniens", "alignes sur l iran", "aligne sur l iran", "iran aligned",
           "ambassade des etats unis", "ambassade americaine", "us embassy", "american embassy",
           "soldats americains", "militaires americains", "us personnel", "personnel americain", "interets americains",
           "systemes americains", "defenses aeriennes americaines", "systeme de defense americain", "iranian backed",
           "pro iranian",
           // "a second aircraft carrier remains in the Mediterranean": a ship, not aircraft that strike.
           "aircraft carrier", "aircraft carriers", "porte avion", "porte avions", "porte aeronefs",
           // "sites used by Kataib Hezbollah": the users of a target, not the agent of the strike.
           "used by", "utilise par", "utilises par", "utilisee par", "utilisees par", "operated by", "run by",
           "controlled by", "controle par", "controles par", "controlee par", "controlees par", "belonging to",
           "appartenant a", "appartenant au", "appartenant aux", "affiliated with", "affilie a", "affilies a", "affiliee a",
           "affiliees a", "held by", "tenu par", "tenus par", "occupied by", "occupe par",
           // "sites used for drone operations", "a rocket storage facility": what a strike hit, not an attack.
           "drone operations", "drone operation", "rocket operations", "drone facility", "drone facilities",
           "drone storage", "rocket storage", "drone depot", "drone depots", "drone warehouse", "drone warehouses", "drone production", "drone factory", "drone factories", "drone program",
           "drone programme", "drone units", "drone unit", "drone cell", "drone cells", "drone teams", "drone team",
           "operations de drones", "usine de drones", "programme de drones", "unite de drones", "unites de drones",
           // "anti-drone systems", « des systèmes antimissiles »: defences, not weapons fired.
           "anti drone", "counter drone", "anti missile", "antimissile", "antimissiles", "anti roquette", "anti rocket",
           // The PKK's name holds a region's: "Kurdistan Workers' Party", « Parti des travailleurs du Kurdistan ».
           "kurdistan workers party", "parti des travailleurs du kurdistan",
           "could be heard", "could be seen", "pouvaient etre vues", "pouvaient egalement etre vues",
           "pouvait etre entendue", "pouvaient etre entendues", "pouvait etre vu", "pouvait etre vue",
           // "a helicopter raid captured two ISIS leaders", « une opération héliportée »: troops landed, nothing struck from the air.
           "helicopter raid", "helicopter raids", "heliborne raid", "heliborne raids", "heliborne operation", "heliborne assault",
           "helicopter assault", "raid heliporte", "raids heliportes", "operation heliportee", "operations heliportees",
           "assaut heliporte", "heliportage", "heliportages"]
            .map { ($0, .neutral) } + weaponMaking.map { ($0, .neutral) }
        + ["forces americaines", "troupes americaines", "us forces", "u s forces", "us troops", "u s troops",
           "american forces", "american troops", "forces speciales americaines", "us special forces",
           "u s special forces"].map { ($0, .stateForce) }
        + ["revendiqu*", "claimed", "claim*", "a revendique", "ont revendique"].map { ($0, .claim) }

    static let markers: [(String, Cue)] =
        ["aucune attaque", "pas d attaque", "no attack", "aucune frappe", "aucun raid", "aucun bombardement", "no strike",
         "no strikes", "no airstrike", "no airstrikes", "no air strike", "no air strikes", "no raid", "n a pas eu lieu", "did not take place", "did not happen",
         "pas ete utilise", "pas ete utilisee", "pas ete utilises", "pas ete utilisees", "were not used",
         "was not used", "dement*", "denied", "denies", "deny", "rumeur*", "rumor*", "rumour*", "fausse alerte",
         "false alarm", "faux rapport", "false report*", "n a pas ete touche", "n a pas ete touchee", "was not hit",
         "were not hit", "n a pas ete attaque", "n a pas ete attaquee", "was not attacked",
         // "no rockets hit the base", « aucune roquette n'a touché la base »: no weapon struck.
         "no rocket", "no rockets", "no drone", "no drones", "no missile", "no missiles", "no mortar", "no mortars",
         "no projectile", "no projectiles", "aucune roquette", "aucun drone", "aucun missile", "aucun obus", "aucun projectile",
         // "four unfired rockets", « des roquettes non tirées »: rounds never fired. Not « qui n'avaient pas été tirées »,
         // which follows up rounds of an attack just told.
         "unfired", "non tire", "non tires", "non tiree", "non tirees", "never fired", "never launched",
         // "it was a commercial drone used for photography": a drone nobody armed.
         "commercial drone", "commercial drones", "civilian drone", "civilian drones", "hobby drone", "hobby drones",
         "drone commercial", "drones commerciaux", "drone civil", "drones civils", "drone de loisir", "drones de loisir"]
            .map { ($0, .nonEvent(.negation)) }
        + ["saisi", "saisie", "saisies", "saisis", "seized", "seizing", "seizure*", "confisque*", "confiscat*",
           "cache d armes", "caches d armes", "cache de roquettes", "cache d armement", "weapons cache*", "arms cache*",
           "rocket cache*", "en possession de", "in possession of", "arrestation*", "arrested",
           "arrests", "interpelle", "interpelles", "detained"].map { ($0, .nonEvent(.seizure)) }
        + ["stupefiant*", "drogue", "drogues", "captagon", "contrebande", "drug", "drugs", "narcotic*", "contraband",
           "smuggl*", "trafiquant*", "trafic de",
           // "a drone carrying crystal meth", « un drone chargé de haschich »: the drug names a smuggling drone.
           "meth", "crystal meth", "crystal", "cristal", "methamphetamine*", "metamphetamine*", "amphetamine*", "hashish", "haschich", "haschisch",
           "hachich", "cannabis", "cocaine", "heroin", "heroine",
           // "des dizaines de tentatives d'infiltration au moyen de drones": border crossings, not attacks.
           "tentative d infiltration", "tentatives d infiltration", "infiltration attempt*", "attempted infiltration*",
           "attempts to infiltrate", "attempt to infiltrate"].map { ($0, .nonEvent(.smuggling)) }
        + ["were seen", "was seen", "were spotted", "was spotted", "were sighted", "was sighted", "ont ete vus",
           "a ete vu", "avaient ete vus", "ont ete apercus", "a ete apercu", "ont ete observes", "a ete observe"]
            .map { ($0, .nonEvent(.sighting)) }
        + ["condamne*", "condemn*", "denonce*", "denounc*", "deplore*", "fustige*", "condamnant", "denoncant", "deplorant", "fustigeant",
           // "summoned the chargé d'affaires to protest the strike": a diplomatic answer to the strike told elsewhere.
           "summoned", "summons", "convoque", "convoquee", "a convoque", "ont convoque", "to protest", "protested", "protesting",
           "pour protester", "a proteste", "ont proteste"].map { ($0, .nonEvent(.reaction)) }
        + ["menace*", "menacant", "threat*", "averti*", "warn*", "ultimatum", "vowed", "vows", "vow to", "a promis de",
           "ont promis de", "a jure de", "ont jure de"].map { ($0, .nonEvent(.threat)) }
        + ["pourrait", "pourraient", "could", "might", "prevoit", "prevoient", "projette", "projettent", "envisage*",
           "plan to", "plans to", "planned", "planning", "futur*", "future", "a venir", "upcoming", "empecher",
           // « frappé … pour déjouer une attaque de drones », "struck to thwart a drone attack": an attack that did not come.
           "pour dejouer", "afin de dejouer", "pour prevenir", "to thwart", "to foil", "to preempt", "to pre empt",
           "prevent", "preventing", "dissuasi*", "deter", "deterrent", "deterrence", "seraient utilise*", "would be used", "risque de",
           "en cas de", "in case of", "hypothese*", "hypothetical", "si jamais", "prochaine attaque", "next attack",
           "if", "s il", "s ils", "si des", "si un", "si une", "will respond", "riposteront",
           "lundi prochain", "preparing to", "prepared to", "about to", "s appretaient a", "s appretait a",
           "se preparaient a", "se preparait a", "sur le point de",
           // "a cell that was preparing the launch of drones", « qui préparait le lancement de drones »: the plan of those a
           // strike hit, told before the weapons it names.
           "preparait le lancement", "preparaient le lancement", "preparer le lancement", "preparant le lancement",
           "preparing the launch", "preparing a launch",
           // "the drones were to be launched within hours", « les roquettes devaient être tirées »: a launch still to come.
           "were to be launched", "was to be launched", "were to be fired", "was to be fired", "were due to be launched",
           "was due to be launched", "devaient etre lances", "devaient etre lancees", "devait etre lance", "devait etre lancee",
           "devaient etre tires", "devaient etre tirees", "devait etre tire", "devait etre tiree",
           "prepared for launch", "prepared for launching", "ready to launch", "ready for launch",
           "ready to be launched", "ready to be fired", "ready to fire", "prets a etre tires", "pretes a etre tirees", "pret a etre lance", "prets a etre lances", "prete a etre lancee",
           "pretes a etre lancees", "prets au lancement", "pretes au lancement", "prepares pour le lancement",
           // "another wave of strikes remains possible", "further strikes cannot be ruled out": strikes that may come.
           // "Iran test-fired a missile", « l'Iran a dévoilé un nouveau drone »: weapons tried or shown, not fired at anyone.
           "test fired", "test fires", "test firing", "test launch", "test launched", "missile test", "missile tests", "tir d essai",
           "tirs d essai", "essai de missile", "essais de missiles", "unveiled", "unveils", "devoile", "devoilee", "a devoile",
           // "Patriot batteries to protect its forces against drone attacks": a defence against attacks to come.
           // Not "deployed to protect the embassy": the C-RAM that shot a rocket down protected it from a real one.
           "protect against", "protect its forces against", "protect its troops against", "protect their forces against",
           "protect troops against", "protect us forces against", "proteger contre", "proteger ses soldats contre",
           "proteger ses forces contre", "proteger ses troupes contre", "proteger les soldats contre", "se proteger contre",
           "defend against", "defense against", "defence against", "would have been",
           // "analysts expect more drone attacks in the coming weeks", "reviewing whether to strike": attacks to come.
           "in the coming days", "in the coming weeks", "in the coming months", "dans les prochains jours",
           "dans les prochaines semaines", "dans les prochains mois", "dans les jours a venir", "dans les semaines a venir",
           "expect more", "expects more", "expected more", "whether to", "whether or not to", "mulling",
           "reste possible", "restent possibles", "remains possible", "remain possible", "cannot be ruled out",
           "can not be ruled out", "not be ruled out", "ne peut etre exclu*", "ne peuvent etre exclu*", "pas exclu*",
           // "Washington has not ruled out strikes on militia depots", « sans exclure des frappes »: strikes that may come.
           "not ruled out", "not rule out", "not ruling out", "without ruling out", "n exclut pas", "n excluent pas", "sans exclure"]
            .map { ($0, .nonEvent(.hypothetical)) }
        // "un exercice conjoint avec tirs réels … et la simulation de l'interception de drones", "a live-fire drill": training.
        + ["exercice conjoint", "exercices conjoints", "exercice militaire", "exercices militaires", "tirs reels", "tir reel",
           "joint exercise*", "military exercise*", "military drill*", "live fire", "live fire drill*", "live fire exercise*",
           "simulation", "simulations", "simule", "simulee", "simules", "simulees", "simulated", "simulating", "exercice de tir",
           "exercices de tir", "drill", "drills", "manoeuvres militaires", "military maneuvers", "military manoeuvres",
           "lors d un exercice", "au cours d un exercice", "pendant un exercice", "durant un exercice", "lors d exercices",
           "during an exercise", "during exercises", "during a training exercise", "training exercise*"]
            .map { ($0, .nonEvent(.drill)) }
        + ["jusqu a present", "jusqu ici", "so far", "to date", "depuis le debut de l annee", "since the start of the year",
           "since the beginning of the year", "ces derniers mois", "ces dernieres semaines", "ces dernieres annees",
           "au cours des derniers mois", "au cours des dernieres semaines", "in recent months", "in recent weeks",
           "in recent years", "over the past months", "serie d attaques", "series of attacks", "une serie de",
           "a series of", "des dizaines d attaques", "dozens of attacks",
           // "the latest in a string of rocket strikes", "a wave of drone attacks", "almost weekly": many incidents.
           "string of", "spate of", "wave of", "flurry of", "the latest in", "une vague d", "une vague de", "vague d attaques",
           "weekly", "almost weekly", "nearly weekly", "almost daily", "nearly daily", "hebdomadaire", "hebdomadaires",
           "quasi quotidien*", "presque quotidien*", "frequent", "frequentes", "frequents",
           // "Israel has carried out hundreds of strikes in Syria": a tally of many incidents.
           "hundreds of strikes", "hundreds of airstrikes", "hundreds of air strikes", "hundreds of attacks",
           "hundreds of raids", "dozens of strikes", "dozens of airstrikes", "dozens of air strikes", "dozens of raids",
           "des centaines de frappes", "des centaines d attaques", "des centaines de raids", "des dizaines de frappes",
           "des dizaines de raids", "ont multiplie les frappes", "ont multiplie les attaques", "multiplient les frappes",
           "multiplient les attaques", "stepped up their strikes", "stepped up their attacks", "stepped up strikes",
           "stepped up attacks", "regulierement", "regularly", "souvent",
           // « la cible d'attaques répétées », "the pace of its strikes": a class of incidents, not one.
           "repetees", "repetes", "repeated", "stepped up the pace of", "pace of its", "pace of their", "rythme de ses",
           "rythme des",
           "often", "frequemment", "frequently", "a plusieurs reprises", "repeatedly", "au fil des ans",
           "over the years", "de telles attaques", "such attacks", "these attacks", "ces attaques", "chaque",
           "every", "statistique*", "statistics", "en moyenne", "on average", "times since", "fois depuis",
           "attacks since", "attaques depuis", "generalement", "habituellement", "d ordinaire", "usually", "typically",
           "generally", "surtout par", "principalement par", "mostly by", "mainly by", "mostly with", "mainly with",
           "for years", "for months", "depuis des annees", "depuis des mois", "pendant des annees", "se sont multiplie*",
           // "Rocket attacks on the Green Zone were common in 2020": how often, not one incident.
           "were common", "was common", "were frequent", "were routine", "have become rare", "became rare", "have become common",
           "etaient frequents", "etaient frequentes", "etaient courants", "etaient courantes", "etaient monnaie courante",
           "sont devenus rares", "sont devenues rares", "sont devenus frequents", "sont devenues frequentes",
           "se multiplient", "have multiplied", "have increased", "have intensified", "se sont intensifie*",
           // "after drones and rockets hit bases including Ain al-Asad and al-Tanf": examples of many incidents.
           "bases including", "bases such as", "bases like", "sites including", "facilities including", "bases comme",
           "bases notamment", "bases dont", "bases telles que", "notamment les bases", "including the bases"]
            .map { ($0, .generic) }
        + ["anniversaire", "anniversary", "precedent", "precedente", "precedents", "precedentes", "previous",
           "previously", "auparavant", "earlier attack*", "attaques precedentes", "rappel*",
           "recall*", "avait", "avaient", "had"].map { ($0, .background) }
        + ["en reponse a", "en reponse au", "en reponse aux", "en reponse directe a", "en reponse directe au",
           "en reponse directe aux", "in direct response to", "reponse a", "reponse au", "reponse aux",
           "en represailles a", "en represailles au", "en represailles aux", "represailles a", "represailles au",
           "represailles aux", "en riposte a", "en riposte au", "en riposte aux", "riposte a", "riposte au", "riposte aux", "repondaient a", "repondait a", "repondent a", "repondent au", "repondent aux", "repond a",
           "repond au", "repond aux", "respond to", "responds to",
           "repondant a", "pour venger", "in response to", "response to", "direct response to", "a response to", "retaliation to", "in retaliation for", "retaliation for", "in reprisal for",
           "reprisal for", "reprisals for", "responding to", "to avenge"].map { ($0, .response) }
        + ["pres de", "pres du", "pres des", "pres d", "a proximite de", "a proximite du", "a proximite d",
           "aux abords de", "aux abords du", "non loin de", "non loin du", "a cote de", "a cote du", "near",
           "close to", "nearby", "outside", "on the outskirts of", "aux environs de", "route de", "route du",
           "sur la route de", "road to", "road near", "peripherie de", "alentours de", "dans les environs de"]
            .map { ($0, .near) }
        + ["aeroport", "base", "base aerienne", "base militaire", "site", "ville", "localite", "camp", "installation",
           "ambassade", "garnison", "position", "caserne"].flatMap { ["le meme \($0)", "la meme \($0)", "ce meme \($0)", "cette meme \($0)"] }
            .map { ($0, .samePlace) }
        + ["airport", "base", "air base", "airbase", "military base", "site", "town", "city", "camp", "facility",
           "compound", "embassy", "outpost", "garrison", "position", "barracks"].map { ("the same \($0)", .samePlace) }
        // « Plus de trente roquettes s'étaient abattues sur cette base », "rockets hit this base twice": the site just named.
        + ["cette base", "cet aeroport", "cette garnison", "cette caserne", "cette installation", "ce camp", "this base",
           "that base", "this airport", "this garrison", "this outpost", "this facility", "this camp",
           // "a similar drone crashed near the perimeter", « près du périmètre »: the site told before.
           "the perimeter", "its perimeter", "le perimetre", "son perimetre", "du perimetre"].map { ($0, .samePlace) }
        + [("the airport", .theAirport), ("l aeroport", .theAirport)]
        + ["un autre", "une autre", "another", "a second", "un second", "une seconde", "un deuxieme",
           "une deuxieme", "a third", "un troisieme", "une troisieme"].map { ($0, .another) }
        + ["yemen", "red sea", "mer rouge", "gulf of aden", "golfe d aden", "bab el mandeb", "bab al mandab", "eilat",
           // Israel and the Golan it holds: "a drone launched from Iraq was shot down over the Golan Heights".
           "golan heights", "plateau du golan", "in israel", "en israel",
           // "the same night they hit Iran", « les frappes contre l'Iran »: strikes on Iran itself, outside the area.
           "hit iran", "struck iran", "attacked iran", "strike on iran", "strikes on iran", "attack on iran", "attacks on iran",
           "strikes in iran", "frappe contre l iran", "frappes contre l iran", "attaque contre l iran", "frappes en iran",
           "frappe l iran", "frappe sur l iran", "frappes sur l iran",
           "northern israel", "southern israel", "nord d israel", "sud d israel", "tel aviv", "haifa", "haifa port", "port de haifa",
           "outside our area", "hors de notre zone", "hors de la zone"].map { ($0, .elsewhere) }
        + ["detourne vers", "detournes vers", "detournee vers", "detournees vers", "redirige vers", "rediriges vers",
           "redirigee vers", "redirigees vers", "reroute vers", "reroutes vers", "diverted to", "rerouted to",
           "redirected to"].map { ($0, .diversion) }
        + ["without saying how", "without specifying how", "without saying what weapon", "by unspecified means",
           "by unknown means", "sans preciser comment", "sans dire comment", "sans preciser par quel moyen",
           "sans preciser les moyens", "par des moyens non precises"].map { ($0, .meansUnstated) }
        + ["contre", "against", "en direction de", "towards"].map { ($0, .targeting) }
        + ["depuis", "from", "a partir de", "en provenance de"].map { ($0, .origin) }

    static let dates: [(String, Cue)] =
        [("janvier", 1), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6), ("juillet", 7),
         ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("decembre", 12), ("january", 1),
         ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
         ("september", 9), ("october", 10), ("november", 11), ("december", 12), ("jan", 1), ("feb", 2),
         ("fev", 2), ("mar", 3), ("apr", 4), ("avr", 4), ("jun", 6), ("jul", 7), ("juil", 7), ("aug", 8), ("sep", 9),
         ("oct", 10), ("nov", 11), ("dec", 12)].map { ($0.0, Cue.month($0.1)) }
        + [("lundi", 0), ("mardi", 1), ("mercredi", 2), ("jeudi", 3), ("vendredi", 4), ("samedi", 5), ("dimanche", 6),
           ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4), ("saturday", 5),
           ("sunday", 6)].map { ($0.0, Cue.weekday($0.1)) }
        + ["aujourd hui", "ce matin", "ce soir", "cette nuit", "cet apres midi", "ce midi", "en debut de soiree",
           "today", "tonight", "this morning", "this evening", "this afternoon", "earlier today", "il y a une heure",
           "il y a environ une heure", "il y a quelques heures", "il y a deux heures", "il y a trois heures",
           "an hour ago", "about an hour ago", "hours ago", "a few hours ago", "la nuit derniere", "last night",
           "overnight"].map { ($0, .relative(.today)) }
        + [("hier", 1), ("hier soir", 1), ("hier matin", 1), ("yesterday", 1), ("avant hier", 2),
           ("the day before yesterday", 2)].map { ($0.0, Cue.relative(.daysAgo($0.1))) }
        // "il y a dix jours", "ten days ago", "a week ago".
        + [("deux", "two", 2), ("trois", "three", 3), ("quatre", "four", 4), ("cinq", "five", 5), ("six", "six", 6),
           ("sept", "seven", 7), ("huit", "eight", 8), ("neuf", "nine", 9), ("dix", "ten", 10), ("onze", "eleven", 11),
           ("douze", "twelve", 12), ("quinze", "fifteen", 15)].flatMap { french, english, n in
            [("il y a \(french) jours", n), ("\(english) days ago", n)]
        }.map { ($0.0, Cue.relative(.daysAgo($0.1))) }
        + [("il y a une semaine", 7), ("a week ago", 7), ("one week ago", 7)].map { ($0.0, Cue.relative(.daysAgo($0.1))) }
        + weeksAgo
        + ["le week end dernier", "le weekend dernier", "au cours du week end", "pendant le week end", "durant le week end",
           "last weekend", "last week end", "over the weekend", "during the weekend", "this past weekend", "at the weekend"]
            .map { ($0, Cue.relative(.lastWeekend)) }
        + [("la semaine derniere", RelativeDay.lastWeek), ("last week", .lastWeek), ("cette semaine", .thisWeek),
           ("this week", .thisWeek), ("earlier this week", .thisWeek), ("plus tot cette semaine", .thisWeek),
           ("ce mois ci", .thisMonth),
           ("this month", .thisMonth), ("plus tot ce mois ci", .thisMonth), ("earlier this month", .thisMonth),
           ("au debut du mois", .thisMonth), ("debut du mois", .thisMonth), ("en debut de mois", .thisMonth),
           ("au debut de ce mois", .thisMonth), ("plus tot dans le mois", .thisMonth), ("earlier in the month", .thisMonth),
           ("early this month", .thisMonth), ("at the start of the month", .thisMonth), ("at the beginning of the month", .thisMonth),
           ("le mois dernier", .lastMonth), ("du mois dernier", .lastMonth), ("fin du mois dernier", .lastMonth),
           ("a la fin du mois dernier", .lastMonth), ("debut du mois dernier", .lastMonth),
           ("au debut du mois dernier", .lastMonth), ("last month", .lastMonth), ("late last month", .lastMonth),
           ("early last month", .lastMonth), ("cette annee", .thisYear), ("this year", .thisYear),
           ("plus tot cette annee", .thisYear), ("earlier this year", .thisYear), ("en debut d annee", .thisYear),
           ("au debut de l annee", .thisYear), ("au debut de cette annee", .thisYear), ("debut d annee", .thisYear),
           ("at the beginning of the year", .thisYear), ("at the beginning of this year", .thisYear),
           ("at the start of the year", .thisYear), ("early this year", .thisYear), ("l annee derniere", .yearsAgo(1)),
           ("l an dernier", .yearsAgo(1)), ("last year", .yearsAgo(1)), ("l annee passee", .yearsAgo(1))]
            .map { ($0.0, Cue.relative($0.1)) }
        // "il y a deux ans", "two years ago", and "deux ans après [l'attaque]" seen from the article's day.
        + [("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5)].flatMap { word, years in
            ["il y a \(word) an", "il y a \(word) ans", "\(word) an apres", "\(word) ans apres", "\(word) an plus tard",
             "\(word) ans plus tard"].map { ($0, Cue.relative(.yearsAgo(years))) }
        }
        + [("a", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5)].flatMap { word, years in
            ["\(word) year ago", "\(word) years ago", "\(word) year after", "\(word) years after", "\(word) year on",
             "\(word) years on"].map { ($0, Cue.relative(.yearsAgo(years))) }
        }
        + [("le lendemain", 1), ("au lendemain", 1), ("le jour suivant", 1), ("the next day", 1), ("the following day", 1),
           ("the day after", 1), ("next morning", 1), ("the next morning", 1), ("le lendemain matin", 1),
           ("le lendemain soir", 1), ("the next evening", 1), ("the following evening", 1), ("next evening", 1),
           ("the next night", 1), ("the following night", 1), ("la nuit suivante", 1), ("le soir suivant", 1),
           ("au meme moment", 0), ("at the same time", 0), ("at about the same time", 0), ("around the same time", 0),
           ("simultanement", 0), ("simultaneously", 0),
           ("la veille", -1), ("the day before", -1), ("the previous day", -1), ("the eve", -1),
           ("a day earlier", -1), ("one day earlier", -1), ("un jour plus tot", -1), ("un jour auparavant", -1),
           // Translated copy's "In the previous evening": the evening of the day before the one told.
           ("the previous evening", -1), ("the previous night", -1), ("the previous morning", -1), ("the previous afternoon", -1),
           ("the evening before", -1), ("the night before", -1), ("la soiree precedente", -1), ("la nuit precedente", -1),
           ("la journee precedente", -1), ("le jour precedent", -1), ("le soir precedent", -1),
           ("le meme jour", 0), ("ce meme jour", 0), ("le jour meme", 0), ("ce jour la", 0), ("the same day", 0),
           ("that same day", 0), ("later that day", 0), ("plus tard dans la journee", 0), ("le meme soir", 0), ("la meme soiree", 0), ("dans la meme soiree", 0), ("le soir meme", 0), ("la nuit meme", 0),
           // "La trêve a volé en éclats lundi. Deux roquettes sont tombées dans la soirée": that day's evening.
           ("dans la soiree", 0), ("dans la matinee", 0), ("dans l apres midi", 0), ("in the evening", 0),
           ("later in the evening", 0), ("in the afternoon", 0),
           ("that same evening", 0), ("that same night", 0), ("within the hour", 0), ("within an hour", 0),
           // "Earlier in the day, a drone was shot down", « Quelques heures plus tard, un drone… »: the day told before.
           ("earlier in the day", 0), ("earlier that day", 0), ("plus tot dans la journee", 0), ("plus tot le meme jour", 0),
           ("hours later", 0), ("a few hours later", 0), ("hours after", 0), ("a few hours after", 0), ("heures apres", 0), ("several hours later", 0), ("quelques heures plus tard", 0),
           ("plusieurs heures plus tard", 0), ("quelques heures apres", 0), ("hours earlier", 0), ("a few hours earlier", 0),
           ("quelques heures plus tot", 0), ("quelques heures auparavant", 0),
           ("dans l heure", 0), ("dans l heure qui a suivi", 0), ("dans l heure suivante", 0),
           ("ce meme soir", 0), ("the same evening", 0), ("that evening", 0), ("la meme nuit", 0), ("the same night", 0),
           ("that night", 0), ("cette nuit la", 0), ("un jour plus tard", 1), ("a day later", 1), ("one day later", 1),
           // "enterrait lundi ses morts au lendemain des frappes": the strikes were the day before.
           ("au lendemain des", -1), ("au lendemain de", -1), ("au lendemain du", -1), ("au lendemain d", -1),
           ("the day after the", -1), ("a day after the", -1),
           ("un jour apres", -1), ("a day after", -1), ("one day after", -1), ("24 heures apres", -1),
           ("moins de 24 heures apres", -1), ("24 hours after", -1), ("less than 24 hours after", -1)]
            .map { ($0.0, Cue.relative(.fromPrevious($0.1))) }
        + countedDays + holidays
        + ["dernier", "derniere", "last", "passe", "passee"].map { ($0, .previous) }
        + ["prochain", "prochaine", "next", "coming"].map { ($0, .next) }
        + ["en", "in", "au cours de", "during",
           // « Fin 2022 », « début 2021 », « à l'été 2022 »: a part of a year opens its date as "in" does.
           "fin", "debut", "mi", "a la fin de", "au debut de", "a l ete", "l ete", "au printemps", "a l automne",
           "a l hiver"].map { ($0, .inPreposition) }
        + ["gmt", "utc", "heure de paris", "heure francaise", "zulu"].map { ($0, .timeZone) }
        + ["publie le", "publie", "mis a jour le", "mis a jour", "modifie le", "mis en ligne le", "mis en ligne", "updated",
           "published", "posted", "last updated", "first published"].map { ($0, .published) }

    /// "huit jours plus tard", "a week later" count on from the day told before; "five days after [a strike]" and
    /// "three days earlier" date what they tell that many days before it.
    static let countedDays: [(String, Cue)] = {
        let numbers: [(String, String, Int)] = [
            ("deux", "two", 2), ("trois", "three", 3), ("quatre", "four", 4), ("cinq", "five", 5), ("six", "six", 6),
            ("sept", "seven", 7), ("huit", "eight", 8), ("neuf", "nine", 9), ("dix", "ten", 10), ("onze", "eleven", 11),
            ("douze", "twelve", 12), ("quinze", "fifteen", 15),
        ]
        let days: [(String, Int)] = numbers.flatMap { french, english, n in
            [("\(french) jours plus tard", n), ("\(english) days later", n), ("\(french) jours apres", -n), ("\(english) days after", -n),
             ("\(french) jours plus tot", -n), ("\(french) jours auparavant", -n), ("\(english) days earlier", -n)]
        }
        let week: [(String, Int)] = [
            ("une semaine plus tard", 7), ("a week later", 7), ("one week later", 7), ("une semaine apres", -7), ("a week after", -7),
            ("one week after", -7), ("une semaine plus tot", -7), ("une semaine auparavant", -7), ("a week earlier", -7),
            ("one week earlier", -7),
        ]
        let weeks: [(String, Int)] = countedWeeks.flatMap { (french: String, english: String, n: Int) -> [(String, Int)] in
            let days = 7 * n
            let later = [("\(french) semaines plus tard", days), ("\(english) weeks later", days)]
            let earlier = ["\(french) semaines apres", "\(english) weeks after", "\(french) semaines plus tot",
                           "\(french) semaines auparavant", "\(english) weeks earlier"].map { ($0, -days) }
            return later + earlier
        }
        return (days + week + weeks).map { ($0.0, Cue.relative(.fromPrevious($0.1))) }
    }()

    private static let weeksAgo: [(String, Cue)] = countedWeeks.flatMap { (french: String, english: String, n: Int) -> [(String, Cue)] in
        [("il y a \(french) semaines", Cue.relative(.daysAgo(7 * n))), ("\(english) weeks ago", Cue.relative(.daysAgo(7 * n)))]
    }

    /// "three weeks earlier", « il y a quatre semaines »: the counts of weeks reports give in words.
    private static let countedWeeks: [(String, String, Int)] = [
        ("deux", "two", 2), ("trois", "three", 3), ("quatre", "four", 4), ("cinq", "five", 5), ("six", "six", 6),
    ]

    /// Holidays on a fixed day: "Christmas Day", "le jour de Noël", "New Year's Eve".
    static let holidays: [(String, Cue)] =
        [("christmas day", 25, 12), ("christmas eve", 24, 12), ("christmas morning", 25, 12), ("christmas night", 25, 12),
           ("jour de noel", 25, 12), ("le jour de noel", 25, 12), ("a noel", 25, 12), ("le soir de noel", 24, 12),
           ("la nuit de noel", 24, 12), ("le reveillon de noel", 24, 12), ("new year s day", 1, 1), ("new year s eve", 31, 12),
           ("jour de l an", 1, 1), ("le jour de l an", 1, 1), ("le nouvel an", 1, 1), ("la saint sylvestre", 31, 12),
           ("le reveillon du nouvel an", 31, 12)].map { ($0.0, Cue.holiday(day: $0.1, month: $0.2)) }

    /// Capitalised words after "à", "in"… that name news agencies, not places.
    static let notPlaces: Set<String> = ["reuters", "afp", "ap", "bbc", "cnn", "al arabiya", "al jazeera", "sana", "ina",
                                         "rudaw", "anadolu", "irna", "tass", "associated press", "france presse"]

    static let all: [(String, Cue)] =
        weapons + strikes + predicates + outcomes + defenses + counts + casualties + damages + actors + markers + dates
}
