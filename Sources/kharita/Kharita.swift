import ArgumentParser
import Atlas

@main
struct Kharita: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kharita",
        abstract: "Turns news reports of rocket, drone and missile attacks into map data.",
        discussion: """
            Kharita reads articles, finds the attacks they report, places them with its gazetteer and \
            writes GeoJSON layers, SVG maps and vector tiles per time window.
            """,
        version: Atlas.version,
        subcommands: [Build.self, Extract.self, Map.self, TilesCommand.self, Geocode.self, Project.self, GazetteerCommand.self]
    )
}
