import Foundation

public struct OutputError: Error, CustomStringConvertible {
    public let description: String
}

/// Builds a run's output in a hidden sibling folder and swaps it into place only when every file
/// is written, so a failed or killed run leaves the previous output as it was.
public final class StagedOutput {
    public let destination: URL
    public let staging: URL
    private let fileManager = FileManager.default

    public init(destination: String) throws {
        let destinationURL = URL(fileURLWithPath: destination).standardizedFileURL
        let parent = destinationURL.deletingLastPathComponent()
        self.destination = destinationURL
        self.staging = parent.appendingPathComponent(".\(destinationURL.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try removeLeftovers(in: parent, of: destinationURL.lastPathComponent, destination: destinationURL)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw OutputError(description: "\(parent.path): cannot create the output folder: \(error.localizedDescription)")
        }
    }

    /// Cleans up after earlier runs that were killed: their staging folders are removed, and an old
    /// output they had set aside is put back when nothing replaced it (a kill between the two renames
    /// of `commit`). Folders of a process that still runs belong to a concurrent build and stay.
    private func removeLeftovers(in parent: URL, of name: String, destination: URL) throws {
        for entry in try fileManager.contentsOfDirectory(atPath: parent.path).sorted() {
            for marker in [".\(name).staging-", ".\(name).previous-"] where entry.hasPrefix(marker) {
                guard let pid = Int32(entry.dropFirst(marker.count)),
                      pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) else { continue }
                let leftover = parent.appendingPathComponent(entry)
                if marker.hasSuffix("previous-") && !fileManager.fileExists(atPath: destination.path) {
                    try fileManager.moveItem(at: leftover, to: destination)
                } else {
                    try fileManager.removeItem(at: leftover)
                }
            }
        }
    }

    /// Writes `bytes` at `relativePath` inside the staging folder.
    public func write(_ bytes: [UInt8], to relativePath: String) throws {
        let url = try prepare(relativePath)
        guard fileManager.createFile(atPath: url.path, contents: Data(bytes)) else {
            throw OutputError(description: "\(url.path): cannot write")
        }
    }

    /// A path inside the staging folder for writers that stream to a file themselves; the file counts
    /// as written once the caller returns without throwing.
    public func streamingPath(for relativePath: String) throws -> String {
        try prepare(relativePath).path
    }

    private func prepare(_ relativePath: String) throws -> URL {
        let url = staging.appendingPathComponent(relativePath)
        do {
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw OutputError(description: "\(url.deletingLastPathComponent().path): cannot create folder: \(error.localizedDescription)")
        }
        return url
    }

    public func url(for relativePath: String) -> URL { staging.appendingPathComponent(relativePath) }

    /// Every file staged so far (inside folders too), as sorted relative paths.
    public func files() -> [String] {
        var result: [String] = []
        let enumerator = fileManager.enumerator(at: staging, includingPropertiesForKeys: [.isRegularFileKey])
        let prefix = staging.standardizedFileURL.path + "/"
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            result.append(String(url.standardizedFileURL.path.dropFirst(prefix.count)))
        }
        return result.sorted()
    }

    /// Moves the staged folder into place: the old output is renamed aside, the new one renamed in,
    /// then the old one removed. Both renames are within one parent folder, so each is atomic.
    public func commit() throws {
        let aside = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        let hadPrevious = fileManager.fileExists(atPath: destination.path)
        do {
            if hadPrevious { try fileManager.moveItem(at: destination, to: aside) }
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            if hadPrevious, !fileManager.fileExists(atPath: destination.path) { try? fileManager.moveItem(at: aside, to: destination) }
            throw OutputError(description: "\(destination.path): cannot move the new output into place: \(error.localizedDescription)")
        }
        if hadPrevious { try? fileManager.removeItem(at: aside) }
    }

    /// Removes the staging folder after a failure; the previous output is untouched.
    public func discard() {
        try? fileManager.removeItem(at: staging)
    }
}
