extension Instrument {
    /// Scores answers keyed by item id (e.g. `["1": 2, "2": 0]`).
    ///
    /// Items left out are missing: a scale is scored only when the manual's missing-item rule
    /// allows it, otherwise its value is `nil` and the result names the missing items.
    /// - Throws: ``ScoringError`` for an unknown item id or an answer outside the item's values.
    public func score(_ answers: [String: Int]) throws(ScoringError) -> ScoreResult {
        for key in answers.keys.sorted() where item(key) == nil {
            throw .unknownItem(instrument: id, item: key, knownItems: items.map(\.id))
        }
        var used: [ItemAnswer] = []
        var scoredByItem: [String: Int] = [:]
        for spec in items {
            guard let answer = answers[spec.id] else { continue }
            guard spec.allowedAnswers.contains(answer) else {
                throw .answerOutOfRange(instrument: id, item: spec.id, value: answer, allowed: spec.allowedAnswers)
            }
            let value = spec.scoredValue(for: answer)
            used.append(ItemAnswer(item: spec.id, answer: answer, scored: value))
            scoredByItem[spec.id] = value
        }
        let scaleScores = scales.map { score(scale: $0, values: scoredByItem) }
        let flagsRaised = flags.filter { rule in
            rule.conditions.allSatisfy { condition in
                let value: Double?
                switch condition.subject {
                case .scale(let scaleID): value = scaleScores.first { $0.id == scaleID }?.value
                case .item(let itemID): value = scoredByItem[itemID].map(Double.init)
                }
                guard let value else { return false }
                return condition.comparison.holds(value, condition.threshold)
            }
        }.map { ScoreFlag(id: $0.id, label: $0.label, source: $0.source) }
        let missing = items.filter { $0.isScored && scoredByItem[$0.id] == nil }.map(\.id)
        return ScoreResult(
            instrumentID: id, instrumentVersion: version, variant: variant,
            total: scaleScores.first?.value, band: scaleScores.first?.band,
            scales: scaleScores, flags: flagsRaised, itemsUsed: used, missingItems: missing
        )
    }

    /// Scores answers given in item order; `nil` marks a missing answer.
    ///
    /// - Parameter ordered: one value per item in form order; the count must lie in
    ///   ``orderedAnswerCounts`` (trailing optional items may be left off).
    /// - Throws: ``ScoringError/wrongAnswerCount(instrument:expected:got:)`` and the errors of ``score(_:)``.
    public func score(ordered: [Int?]) throws(ScoringError) -> ScoreResult {
        guard orderedAnswerCounts.contains(ordered.count) else {
            throw .wrongAnswerCount(instrument: id, expected: orderedAnswerCounts, got: ordered.count)
        }
        var keyed: [String: Int] = [:]
        for (spec, answer) in zip(items, ordered) {
            if let answer { keyed[spec.id] = answer }
        }
        return try score(keyed)
    }

    private func score(scale: InstrumentScale, values: [String: Int]) -> ScaleScore {
        let answered = scale.itemIDs.compactMap { values[$0] }
        let missing = scale.itemIDs.filter { values[$0] == nil }
        func result(_ value: Double?, reason: String? = nil) -> ScaleScore {
            let band = value.flatMap { scale.bands.index(holding: $0) }.map { scale.bands[$0].label }
            return ScaleScore(
                id: scale.id, name: scale.name, value: value, unit: scale.unit, range: scale.range, band: band,
                answeredCount: answered.count, missingItems: missing,
                usedMissingItemRule: value != nil && !missing.isEmpty, notScoredReason: reason
            )
        }
        guard missing.count <= scale.missing.maximumMissing, !answered.isEmpty else {
            let rule =
                scale.missing.maximumMissing == 0
                ? "the manual gives no rule for missing items"
                : "at most \(scale.missing.maximumMissing) may be missing"
            return result(nil, reason: "not scored: missing item(s) \(missing.joined(separator: ", ")); \(rule)")
        }
        let sum = Double(answered.reduce(0, +))
        let count = Double(answered.count)
        let value: Double
        switch scale.aggregation {
        case .sum:
            value = sum * Double(scale.itemIDs.count) / count
        case .mean:
            value = sum / count
        case .percentOfMaximum(let perItemMaximum):
            value = sum / (Double(perItemMaximum) * count) * 100
        case .scaledSum(let factor):
            value = sum * Double(scale.itemIDs.count) / count * factor
        }
        return result(value)
    }
}
