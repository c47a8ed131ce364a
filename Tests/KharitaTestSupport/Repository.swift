import Foundation
import Gazetteer

/// The repository checkout the tests run in: seeds/, gazetteer/ and scripts/ are read from it, not copied.
public let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The project's gazetteer, loaded once for all tests.
public let projectGazetteer: Gazetteer = {
    do { return try Gazetteer(directory: repositoryRoot.appendingPathComponent("gazetteer").path) } catch {
        fatalError("gazetteer/ does not load: \(error)")
    }
}()
