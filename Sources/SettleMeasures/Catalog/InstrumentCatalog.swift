/// Every instrument Settle scores.
public enum InstrumentCatalog {
    /// All instruments, in a stable display order.
    public static let all: [Instrument] = [
        painNRS, peg3, bpiSF, promisPI6a, csi, pcs, tsk17, tsk11, pseq10, pseq2,
        startBack, ompsq10, psfs, odi, rmdq, ndi, isi, phq9, gad7, phq4, pgic,
    ]

    /// The instrument with this id. Matching ignores case, spaces, hyphens and
    /// underscores, and "ö" matches "o" (so "PHQ-9", "phq_9" and "ÖMPSQ-10" work).
    public static func instrument(id: String) -> Instrument? {
        let wanted = normalized(id)
        return all.first { normalized($0.id) == wanted }
    }

    static func normalized(_ text: String) -> String {
        String(text.lowercased().replacingÖ().filter { $0.isLetter || $0.isNumber })
    }
}

private extension String {
    func replacingÖ() -> String {
        String(map { $0 == "ö" ? "o" : $0 })
    }
}
