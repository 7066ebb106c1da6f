import Synchronization

/// Statement texts with their `?` placeholders numbered for PostgreSQL (`$1, $2, …`), kept per
/// process: numbering a folded check-in batch (about 2 kB) on every request cost more server CPU
/// than building it. Texts beyond `capacity` are numbered each time, not kept (so statements
/// built with varying text, such as multi-row inserts of any length, cannot grow it without bound).
final class NumberedTexts: Sendable {
    let capacity: Int
    private let texts = Mutex<[String: String]>([:])

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// `sql` with its placeholders numbered (``PostgresBackend/numberedPlaceholders(_:)``).
    func numbered(_ sql: String) -> String {
        if let known = texts.withLock({ $0[sql] }) { return known }
        let numbered = PostgresBackend.numberedPlaceholders(sql)
        texts.withLock { texts in
            if texts.count < capacity { texts[sql] = numbered }
        }
        return numbered
    }

    /// Number of texts kept.
    var count: Int { texts.withLock { $0.count } }
}
