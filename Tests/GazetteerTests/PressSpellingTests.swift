import Testing
@testable import Gazetteer

/// The governorates and the press spellings of towns added for issue 3, read in running text.
@Suite struct PressSpellingTests {
    let gazetteer = projectGazetteer

    @Test(arguments: [
        ("Des frappes ont visé la province d'Idleb dimanche.", "province d'Idleb=idlib_governorate"),
        ("Airstrikes hit Idlib province on Sunday.", "Idlib province=idlib_governorate"),
        ("Un drone a frappé Soueïda dimanche.", "Soueïda=suwayda"),
        ("A drone struck Sweida on Sunday.", "Sweida=suwayda"),
        ("dans la province de Soueïda", "province de Soueïda=suwayda_governorate"),
        ("le camp de réfugiés de Makhmour", "Makhmour=makhmur"),
        ("Iranian missiles hit Koya on Tuesday", "Koya=koya"),
        ("les monts Qandil, bastion du PKK", "monts Qandil=qandil"),
        ("Turkish jets struck Qandil overnight", "Qandil=qandil"),
        ("à Deraa, berceau du soulèvement", "Deraa=daraa"),
        ("fighting near Tal Abyad", "Tal Abyad=tall_abyad"),
        ("la ville de Ras al-Aïn", "Ras al-Aïn=ras_al_ain"),
        ("the Rukban camp near the Jordanian border", "Rukban camp=rukban"),
        ("près de Ruwaished, dans l'est du royaume", "Ruwaished=ruwaished"),
        ("une attaque contre la base russe de Hmeimim", "base russe de Hmeimim=hmeimim_air_base"),
        ("le port d'Oum Qasr", "port d'Oum Qasr=umm_qasr"),
        ("les dernières poches de l'EI à Baghouz", "Baghouz=baghuz"),
        ("dans la province de Rif Dimachq", "province de Rif Dimachq=rif_dimashq_governorate"),
        ("rockets landed in Rif Dimashq", "Rif Dimashq=rif_dimashq_governorate"),
        ("le gouvernorat d'Alep", "gouvernorat d'Alep=aleppo_governorate"),
        ("in Babil province on Monday", "Babil province=babil_governorate"),
        ("la province de Bassora", "province de Bassora=basra_governorate"),
        ("Halabja, près de la frontière iranienne", "Halabja=halabja"),
        ("la ville jordanienne de Mafraq", "Mafraq=mafraq"),
        ("des frappes israéliennes sur l'aéroport militaire de T4", "aéroport militaire de T4=tiyas_air_base"),
        ("Israeli missiles hit the T-4 airbase", "T-4 airbase=tiyas_air_base"),
        ("explosions near Mezzeh airbase", "Mezzeh airbase=mezzeh_military_airport"),
        ("la région de Derik, à la frontière turque", "Derik=malikiyah"),
        ("le champ gazier près de Chamchamal", "Chamchamal=chamchamal"),
        ("drones over Muwaffaq Salti air base", "Muwaffaq Salti air base=muwaffaq_salti_air_base"),
        ("des roquettes sur la base aérienne de Qayyarah", "base aérienne de Qayyarah=qayyarah_airfield"),
        ("des frappes dans la campagne d'Idleb", "campagne d'Idleb=idlib_governorate"),
        ("clashes in the eastern Deir ez-Zor countryside", "Deir ez-Zor countryside=deir_ez_zor_governorate"),
    ])
    func spellingResolves(text: String, expected: String) {
        #expect(gazetteer.readings(text) == [expected])
    }

    /// Every governorate of Iraq (18 and Halabja), Syria (14) and Jordan (12) is in the gazetteer.
    @Test func everyGovernorate() {
        let governorates = gazetteer.places.filter { $0.kind == .governorate }
        #expect(governorates.filter { $0.country == "IQ" }.count == 19)
        #expect(governorates.filter { $0.country == "SY" }.count == 14)
        #expect(governorates.filter { $0.country == "JO" }.count == 12)
        for governorate in governorates {
            #expect((50...200).contains(governorate.radiusKm), "\(governorate.id)")
        }
    }

    /// A governorate's coordinate is the centroid of the GeoNames towns it holds, or its capital's.
    @Test func governorateCoordinates() throws {
        let idlib = try #require(gazetteer.place(id: "idlib_governorate"))
        #expect(idlib.latitude == 35.86276 && idlib.longitude == 36.61101)
        #expect(idlib.source.hasPrefix("derived: centroid of 26 GeoNames towns with admin1 = Idlib"))
        let karbala = try #require(gazetteer.place(id: "karbala_governorate"))
        let city = try #require(gazetteer.place(id: "karbala"))
        #expect(karbala.latitude == city.latitude && karbala.longitude == city.longitude)
        #expect(karbala.source.hasPrefix("geonames: Karbala "))
    }

    /// The bare name of a governorate's capital stays the city; only "province de …" is the governorate.
    @Test func capitalNameIsTheCity() {
        #expect(gazetteer.readings("à Idleb") == ["Idleb=idlib"])
        #expect(gazetteer.readings("à Kirkouk, dans la province de Kirkouk") ==
                ["Kirkouk=kirkuk", "province de Kirkouk=kirkuk_governorate"])
    }

    /// Spellings that are also first names or surnames read weakly, and not at all next to a word
    /// that shows they name a person.
    @Test func personNamesAreNotPlaces() throws {
        #expect(gazetteer.readings("L'ancien Premier ministre égyptien Hisham Kandil a démissionné.") == [])
        #expect(gazetteer.readings("Former Egyptian prime minister Hesham Qandil spoke") == [])
        #expect(gazetteer.readings("le calife Abdallah ibn Zubair") == [])
        #expect(gazetteer.readings("Abdullah ibn al-Zubayr, the caliph") == [])
        let amara = gazetteer.matches(in: "des roquettes sur Amara")
        try #require(amara.count == 1)
        #expect(amara[0].best.place.id == "amarah" && amara[0].best.score < 0.5)
        #expect(gazetteer.matches(in: "à al-Amara").map(\.best.score) == [0.92])
    }
}
