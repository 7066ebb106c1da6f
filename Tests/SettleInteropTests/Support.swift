import Foundation
import SettleMeasures

@testable import SettleInterop

enum InstrumentCatalogAccess {
    static func instrument(_ id: String) -> Instrument? { InstrumentCatalog.instrument(id: id) }
}

extension JSONValue {
    /// The resources of a Bundle.
    var resources: [JSONValue] { (self["entry"]?.elements ?? []).compactMap { $0["resource"] } }

    /// Resources of one type.
    func resources(_ type: String) -> [JSONValue] { resources.filter { $0["resourceType"]?.string == type } }

    /// Codes of `code.coding`.
    var codes: [String] { (self["code"]?["coding"]?.elements ?? []).compactMap { $0["code"]?.string } }
}
