extension ItemSpec {
    /// Items numbered `numbers` ("1", "2", …) sharing one answer range; `reversed` lists
    /// the numbers that are reverse-keyed.
    static func numbered(
        _ numbers: ClosedRange<Int>, answers: ClosedRange<Int>, reversed: Set<Int> = [], answerCoding: String? = nil
    ) -> [ItemSpec] {
        numbers.map { number in
            ItemSpec(
                String(number), answers: answers,
                keying: reversed.contains(number) ? .reversed : .asAnswered,
                answerCoding: answerCoding
            )
        }
    }
}

/// Item ids for item numbers.
func itemIDs(_ numbers: [Int]) -> [String] { numbers.map(String.init) }

/// Item ids for a closed range of item numbers.
func itemIDs(_ numbers: ClosedRange<Int>) -> [String] { numbers.map(String.init) }

/// Shared citations, so one source is written once.
enum CommonSources {
    static let farrar2001 = Citation(
        "Farrar JT et al. 2001, Pain 94:149–158 (clinically important change in pain NRS; PGIC)")
    static let ostelo2008 = Citation(
        "Ostelo RWJG et al. 2008, Spine 33:90–94 (MCID for low back pain measures)")
    static let spec = "project spec measures.md"
}
