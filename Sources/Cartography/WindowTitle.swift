/// Human titles for window labels (`2021-07`, `2021-W27`, `2021-Q3`, `2021-07-05`, `2021`).
public enum WindowTitle {
    /// "2021-07" → "Juillet 2021" / "July 2021"; "2021-W27" → "Semaine 27, 2021" / "Week 27, 2021";
    /// "2021-Q3" → "3e trimestre 2021" / "Q3 2021"; "2021-07-05" → "5 juillet 2021" / "5 July 2021";
    /// "2021" → "2021"; any other label is returned unchanged.
    public static func title(for label: String, language: MapLanguage) -> String {
        let parts = label.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = parts.first, year.count == 4, Int(year) != nil else { return label }
        switch parts.count {
        case 1:
            return year
        case 2:
            let part = parts[1]
            if part.count == 2, let month = Int(part), (1...12).contains(month) {
                let name = Vocabulary.monthNames(language)[month - 1]
                return "\(name.prefix(1).uppercased())\(name.dropFirst()) \(year)"
            }
            if part.first == "W", part.count == 3, let week = Int(part.dropFirst()), (1...53).contains(week) {
                return language == .fr ? "Semaine \(week), \(year)" : "Week \(week), \(year)"
            }
            if part.first == "Q", part.count == 2, let quarter = Int(part.dropFirst()), (1...4).contains(quarter) {
                return language == .fr ? "\(quarter == 1 ? "1er" : "\(quarter)e") trimestre \(year)" : "Q\(quarter) \(year)"
            }
            return label
        case 3:
            guard parts[1].count == 2, parts[2].count == 2, let month = Int(parts[1]), let day = Int(parts[2]),
                  (1...12).contains(month), (1...31).contains(day) else { return label }
            let name = Vocabulary.monthNames(language)[month - 1]
            return language == .fr ? "\(day == 1 ? "1er" : "\(day)") \(name) \(year)" : "\(day) \(name) \(year)"
        default:
            return label
        }
    }
}

/// The words a map prints, in both languages.
enum Vocabulary {
    static func monthNames(_ language: MapLanguage) -> [String] {
        switch language {
        case .fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        case .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        }
    }

    static func eventType(_ type: String, _ language: MapLanguage) -> String {
        switch (type, language) {
        case ("rocket_attack", .fr): "Tir de roquettes"
        case ("rocket_attack", .en): "Rocket attack"
        case ("drone_attack", .fr): "Attaque de drone"
        case ("drone_attack", .en): "Drone attack"
        case ("missile_attack", .fr): "Tir de missiles"
        case ("missile_attack", .en): "Missile attack"
        case ("mortar_attack", .fr): "Tir de mortier"
        case ("mortar_attack", .en): "Mortar attack"
        case ("airstrike", .fr): "Frappe aérienne"
        case ("airstrike", .en): "Airstrike"
        case ("strike", .fr): "Frappe (moyen non précisé)"
        case ("strike", .en): "Strike (means unspecified)"
        case (_, .fr): "Autre attaque"
        case (_, .en): "Other attack"
        }
    }

    static func outcome(_ outcome: String, _ language: MapLanguage) -> String {
        switch (outcome, language) {
        case ("impact", .fr): "Impact"
        case ("impact", .en): "Impact"
        case ("intercepted", .fr): "Intercepté"
        case ("intercepted", .en): "Intercepted"
        case ("failed", .fr): "Échec du tir"
        case ("failed", .en): "Failed launch"
        case (_, .fr): "Issue inconnue"
        case (_, .en): "Outcome unknown"
        }
    }

    static func events(_ count: Int, _ language: MapLanguage) -> String {
        let number = grouped(count, language)
        switch language {
        case .fr: return count > 1 ? "\(number) événements" : "\(number) événement"
        case .en: return count == 1 ? "1 event" : "\(number) events"
        }
    }

    /// Thousands grouped the way each language prints them (narrow no-break space in French).
    static func grouped(_ value: Int, _ language: MapLanguage) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += language == .fr ? "\u{202F}" : "," }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }

    /// A number already written with a decimal point ("32.21"), with a decimal comma in French.
    static func decimal(_ number: String, _ language: MapLanguage) -> String {
        language == .fr ? String(number.map { $0 == "." ? "," : $0 }) : number
    }

    static func legendHeading(_ key: String, _ language: MapLanguage) -> String {
        switch (key, language) {
        case ("type", .fr): "Type d’attaque"
        case ("type", .en): "Attack type"
        case ("outcome", .fr): "Issue"
        case ("outcome", .en): "Outcome"
        case ("size", .fr): "Projectiles signalés"
        case ("size", .en): "Weapons reported"
        case ("window", .fr): "Période"
        case ("window", .en): "Period"
        case ("year", .fr): "Année"
        case ("year", .en): "Year"
        case ("windowByYear", .fr): "Période — couleur par année"
        case ("windowByYear", .en): "Period — coloured by year"
        case ("bins", .fr): "Événements par hexagone"
        case ("bins", .en): "Events per hexagon"
        case ("place", .fr): "Événements au même lieu"
        case ("place", .en): "Events at one place"
        default: key
        }
    }

    static func weaponClass(_ sizeClass: Int, _ language: MapLanguage) -> String {
        switch sizeClass {
        case 0: language == .fr ? "1 ou non précisé" : "1 or not stated"
        case 1: "2–3"
        case 2: "4–9"
        default: language == .fr ? "10 et plus" : "10 or more"
        }
    }

    /// The note under a by-year legend saying why windows are not coloured one by one.
    static func periodsWithEvents(_ count: Int, _ language: MapLanguage) -> String {
        language == .fr ? "\(grouped(count, language)) périodes avec événements" : "\(grouped(count, language)) periods with events"
    }

    /// Said on a window map with nothing on it, so that an empty map is not read as a failed one.
    static func noEvents(_ language: MapLanguage) -> String {
        language == .fr ? "Aucun événement signalé sur cette période" : "No events reported in this period"
    }

    static func allEvents(_ language: MapLanguage) -> String {
        language == .fr ? "Tous les événements" : "All events"
    }

    static func footer(projection: String, generatedOn: String, dropped: Int, _ language: MapLanguage) -> String {
        // Written out ("5 janvier 2022") as a caption would print it; a malformed date is printed as given.
        let date = WindowTitle.title(for: generatedOn, language: language)
        let base = language == .fr ? "Projection : \(projection) · Généré le \(date)" : "Projection: \(projection) · Generated \(date)"
        guard dropped > 0 else { return base }
        return base + (language == .fr ? " · \(dropped) étiquette(s) omise(s) faute de place" : " · \(dropped) label(s) omitted for lack of space")
    }

    static func weapons(_ count: Int, _ language: MapLanguage) -> String {
        language == .fr ? "\(count) projectile\(count > 1 ? "s" : "")" : "\(count) weapon\(count > 1 ? "s" : "")"
    }

    /// Country names in French for the basemap's countries; English names come from the basemap itself.
    static func countryName(iso: String, name: String, _ language: MapLanguage) -> String {
        guard language == .fr else { return name }
        let french: [String: String] = [
            "IQ": "Irak", "SY": "Syrie", "JO": "Jordanie", "SA": "Arabie saoudite", "KW": "Koweït", "IR": "Iran",
            "TR": "Turquie", "LB": "Liban", "IL": "Israël", "PS": "Palestine", "EG": "Égypte", "CY": "Chypre",
            "AM": "Arménie", "AZ": "Azerbaïdjan", "BH": "Bahreïn", "QA": "Qatar",
        ]
        return french[iso] ?? name
    }
}
