import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses SVG text with Foundation's `XMLParser` and records elements, attributes and text.
final class SVGInspector: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text: String
    }

    private(set) var elements: [Element] = []
    private var stack: [Int] = []
    private(set) var parseError: String?
    let wellFormed: Bool

    init(_ svg: String) {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        let ok = parser.parse()
        wellFormed = ok
        elements = collector.elements
        parseError = parser.parserError.map { String(describing: $0) }
        super.init()
    }

    /// All elements with the given name.
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The root element.
    var root: Element? { elements.first }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var stack: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(Element(name: elementName, attributes: attributes, text: ""))
            stack.append(elements.count - 1)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = stack.last { elements[index].text += string }
        }
    }
}
