#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Item wording for one instrument in one language, kept apart from scoring.
///
/// Settle ships packs only for freely released instruments; a licensed site loads its own
/// pack (JSON of this shape) from a file. Scoring never reads a pack.
///
/// JSON shape:
/// ```json
/// {"instrumentID": "phq9", "version": "PHQ-9", "language": "en",
///  "title": "…", "instructions": "…",
///  "items": {"1": "…"}, "answerLabels": {"0": "…"},
///  "itemAnswerLabels": {"10": {"0": "…"}}, "attribution": "…"}
/// ```
public struct ContentPack: Codable, Sendable, Hashable {
    /// Instrument id the pack belongs to.
    public var instrumentID: String
    /// Instrument version the wording belongs to.
    public var version: String
    /// BCP 47 language tag, e.g. "en".
    public var language: String
    /// Title shown to the patient.
    public var title: String
    /// Instructions shown before the items.
    public var instructions: String?
    /// Item wording by item id.
    public var items: [String: String]
    /// Answer labels by answer value (as a string key), shared by all items.
    public var answerLabels: [String: String]
    /// Per-item answer labels that replace `answerLabels` for that item.
    public var itemAnswerLabels: [String: [String: String]]?
    /// Copyright or release statement.
    public var attribution: String

    /// Creates a pack.
    public init(
        instrumentID: String, version: String, language: String, title: String, instructions: String?,
        items: [String: String], answerLabels: [String: String],
        itemAnswerLabels: [String: [String: String]]? = nil, attribution: String
    ) {
        self.instrumentID = instrumentID
        self.version = version
        self.language = language
        self.title = title
        self.instructions = instructions
        self.items = items
        self.answerLabels = answerLabels
        self.itemAnswerLabels = itemAnswerLabels
        self.attribution = attribution
    }

    /// The answer labels that apply to `item`.
    public func labels(for item: String) -> [String: String] {
        itemAnswerLabels?[item] ?? answerLabels
    }

    /// Decodes a pack from JSON bytes (the shell reads the file).
    /// - Throws: ``ContentPackError/malformed(_:)`` naming the JSON problem.
    public static func decode(json: Data) throws(ContentPackError) -> ContentPack {
        do {
            return try JSONDecoder().decode(ContentPack.self, from: json)
        } catch {
            throw .malformed(String(describing: error))
        }
    }

    /// Checks the pack against the instrument: same id and version, wording for every item,
    /// no unknown item ids, labels only for permitted answer values.
    /// - Throws: the first ``ContentPackError`` found.
    public func validate(against instrument: Instrument) throws(ContentPackError) {
        guard instrumentID == instrument.id else {
            throw .wrongInstrument(pack: instrumentID, instrument: instrument.id)
        }
        guard version == instrument.version else {
            throw .wrongVersion(pack: version, instrument: instrument.version)
        }
        for id in items.keys.sorted() where instrument.item(id) == nil {
            throw .unknownItem(id)
        }
        for spec in instrument.items {
            guard let text = items[spec.id], !text.isEmpty else { throw .missingWording(item: spec.id) }
            for key in labels(for: spec.id).keys.sorted() {
                guard let value = Int(key), spec.allowedAnswers.contains(value) else {
                    throw .labelForUnknownAnswer(item: spec.id, value: key, allowed: spec.allowedDescription)
                }
            }
        }
    }
}

/// Why a content pack cannot be used.
public enum ContentPackError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The JSON could not be decoded.
    case malformed(String)
    /// The pack is for another instrument.
    case wrongInstrument(pack: String, instrument: String)
    /// The pack is for another version.
    case wrongVersion(pack: String, instrument: String)
    /// The pack words an item the instrument does not have.
    case unknownItem(String)
    /// The pack has no wording for an item.
    case missingWording(item: String)
    /// An answer label is keyed by a value the item does not allow.
    case labelForUnknownAnswer(item: String, value: String, allowed: String)

    /// What is wrong and how to fix it.
    public var description: String {
        switch self {
        case .malformed(let detail): "content pack JSON is malformed: \(detail)"
        case .wrongInstrument(let pack, let instrument): "content pack is for '\(pack)', not '\(instrument)'"
        case .wrongVersion(let pack, let instrument):
            "content pack version '\(pack)' does not match instrument version '\(instrument)'"
        case .unknownItem(let item): "content pack words item '\(item)', which the instrument does not have"
        case .missingWording(let item): "content pack has no wording for item '\(item)'"
        case .labelForUnknownAnswer(let item, let value, let allowed):
            "content pack labels answer '\(value)' of item \(item); allowed values are \(allowed)"
        }
    }
}
