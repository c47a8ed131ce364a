import CSQLite

/// Why an SQLite call failed, with SQLite's own message.
public struct SQLiteError: Error, CustomStringConvertible {
    public let description: String
}

/// MBTiles 1.3 through the SQLite C API: `metadata` and `tiles` tables, rows in TMS order
/// (tile_row counted from the south), gzip-compressed MVT tiles.
enum MBTiles {
    /// "MPBX", the application id MBTiles 1.3 asks for.
    static let applicationID: Int32 = 0x4d50_4258

    /// A file being filled: tables are created first, tiles inserted as they arrive (gzip-compressed),
    /// and metadata and indexes added when they are done, all in one transaction.
    final class Writer {
        private let path: String
        private let db: OpaquePointer
        private var insertTile: OpaquePointer?
        private let gzip: Gzip
        // SQLITE_TRANSIENT: SQLite copies bound text and blobs before the call returns.
        private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        init(path: String) throws {
            var handle: OpaquePointer?
            guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK,
                  let db = handle else {
                let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
                sqlite3_close(handle)
                throw SQLiteError(description: "cannot create \(path): \(message)")
            }
            self.path = path
            self.db = db
            gzip = try Gzip()
            try exec("PRAGMA application_id = \(applicationID)")
            try exec("BEGIN")
            try exec("CREATE TABLE metadata (name TEXT, value TEXT)")
            try exec("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
            insertTile = try prepare("INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)")
        }

        deinit {
            sqlite3_finalize(insertTile)
            sqlite3_close(db)
        }

        private func exec(_ sql: String) throws {
            guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
                throw SQLiteError(description: "\(path): \(String(cString: sqlite3_errmsg(db))) in \(sql)")
            }
        }

        private func prepare(_ sql: String) throws -> OpaquePointer {
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
                throw SQLiteError(description: "\(path): \(String(cString: sqlite3_errmsg(db))) in \(sql)")
            }
            return statement
        }

        private func step(_ statement: OpaquePointer) throws {
            guard sqlite3_step(statement) == SQLITE_DONE else {
                throw SQLiteError(description: "\(path): \(String(cString: sqlite3_errmsg(db)))")
            }
            sqlite3_reset(statement)
        }

        func add(_ tile: TileID, _ mvt: [UInt8]) throws {
            guard let insertTile else { return }
            let compressed = try gzip.compress(mvt)
            sqlite3_bind_int(insertTile, 1, Int32(tile.z))
            sqlite3_bind_int(insertTile, 2, Int32(tile.x))
            sqlite3_bind_int(insertTile, 3, Int32(tile.tmsRow))
            _ = compressed.withUnsafeBytes { sqlite3_bind_blob(insertTile, 4, $0.baseAddress, Int32($0.count), transient) }
            try step(insertTile)
        }

        func finish(metadata: [(String, String)]) throws {
            let insertMetadata = try prepare("INSERT INTO metadata (name, value) VALUES (?, ?)")
            defer { sqlite3_finalize(insertMetadata) }
            for (name, value) in metadata {
                sqlite3_bind_text(insertMetadata, 1, name, -1, transient)
                sqlite3_bind_text(insertMetadata, 2, value, -1, transient)
                try step(insertMetadata)
            }
            try exec("CREATE UNIQUE INDEX name ON metadata (name)")
            try exec("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
            try exec("COMMIT")
        }
    }
}
