/// One bad line (or item) of an imported diary or session file: where it is, which field,
/// and what to write instead. The rest of the file still loads.
public struct ImportProblem: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    /// 1-based line number in the file (for JSON: the line where the item starts).
    public var line: Int
    /// The field (CSV column or JSON key), or `"line"` for the whole line.
    public var field: String
    /// What is wrong and what a valid value looks like.
    public var message: String

    /// Creates a problem.
    public init(line: Int, field: String, message: String) {
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String { "line \(line), \(field): \(message)" }
}

/// The result of importing a file: what loaded, and every problem found.
public struct Imported<Item: Sendable>: Sendable {
    /// Items that loaded.
    public var items: [Item]
    /// Problems, in file order. Lines with a problem in a required field are skipped;
    /// a bad optional field is dropped and the line still loads.
    public var problems: [ImportProblem]

    /// Creates a result.
    public init(items: [Item], problems: [ImportProblem]) {
        self.items = items
        self.problems = problems
    }
}

/// A whole file that could not be read at all (no header, not JSON, …).
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
