/// A validated questionnaire as data: items, scales, bands, flags, change thresholds,
/// codes and licence. Wording is not part of it (see ``ContentPack``).
///
/// Score it with ``score(_:)`` (answers keyed by item id) or ``score(ordered:)``.
public struct Instrument: Codable, Sendable, Hashable, Identifiable {
    /// Stable id used in storage and on the command line, e.g. "phq9", "odi".
    public var id: String
    /// Name as published.
    public var name: String
    /// Version of the instrument scored, e.g. "2.1a" for the ODI.
    public var version: String
    /// Variant, when versions differ in coding (e.g. PGIC anchors).
    public var variant: String?
    /// Items in form order.
    public var items: [ItemSpec]
    /// Scales; the first is the primary score ("total").
    public var scales: [InstrumentScale]
    /// Flags raised by cut-offs.
    public var flags: [FlagRule]
    /// LOINC codes, where they exist.
    public var loinc: [LOINCCode]
    /// Licence facts.
    public var licence: Licence
    /// Main scoring source (manual or paper).
    public var scoringSource: Citation
    /// How many values an ordered answer list may hold (e.g. PHQ-9: 9 or 10 with item 10).
    public var orderedAnswerCounts: ClosedRange<Int>
    /// Documented choices and unverified points, in plain words.
    public var notes: [String]

    /// Creates an instrument.
    public init(
        id: String,
        name: String,
        version: String,
        variant: String? = nil,
        items: [ItemSpec],
        scales: [InstrumentScale],
        flags: [FlagRule] = [],
        loinc: [LOINCCode] = [],
        licence: Licence,
        scoringSource: Citation,
        orderedAnswerCounts: ClosedRange<Int>? = nil,
        notes: [String] = []
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.variant = variant
        self.items = items
        self.scales = scales
        self.flags = flags
        self.loinc = loinc
        self.licence = licence
        self.scoringSource = scoringSource
        self.orderedAnswerCounts = orderedAnswerCounts ?? items.count...items.count
        self.notes = notes
    }

    /// The primary scale (the first).
    public var primaryScale: InstrumentScale? { scales.first }

    /// The item with this id.
    public func item(_ id: String) -> ItemSpec? { items.first { $0.id == id } }

    /// The scale with this id.
    public func scale(_ id: String) -> InstrumentScale? { scales.first { $0.id == id } }

    /// Whether every threshold, band and rule of the instrument was confirmed against a source.
    public var isFullyVerified: Bool { unverifiedPoints.isEmpty }

    /// Every source attached to the instrument that is marked unverified, described.
    public var unverifiedPoints: [String] {
        var points: [String] = []
        func check(_ citation: Citation?, _ what: String) {
            guard let citation, !citation.verified else { return }
            points.append("\(what): \(citation.reference)\(citation.note.map { " — \($0)" } ?? "")")
        }
        check(scoringSource, "scoring")
        check(licence.source, "licence")
        for scale in scales {
            check(scale.bandSource, "bands of \(scale.id)")
            check(scale.missing.source, "missing-item rule of \(scale.id)")
            check(scale.importantChange?.source, "important change of \(scale.id)")
        }
        for flag in flags { check(flag.source, "flag \(flag.id)") }
        return points
    }
}
