import SettleModel

/// The particle filter's working storage: structure-of-arrays buffers allocated once per run
/// (particles plus a spare set for resampling), so a filter day allocates nothing and makes no
/// copy-on-write checks. Owned by one `ParticleFilter.run` call, which deallocates it.
struct ParticleBuffers {
    let count: Int
    var states: UnsafeMutableBufferPointer<ModelState>
    var coordinates: UnsafeMutableBufferPointer<PersonalCoordinates>
    var modelIndex: UnsafeMutableBufferPointer<Int>
    var habitualLoad: UnsafeMutableBufferPointer<Double>
    var spareStates: UnsafeMutableBufferPointer<ModelState>
    var spareCoordinates: UnsafeMutableBufferPointer<PersonalCoordinates>
    var spareModelIndex: UnsafeMutableBufferPointer<Int>
    var spareHabitualLoad: UnsafeMutableBufferPointer<Double>
    let weights: UnsafeMutableBufferPointer<Double>
    let likelihood: UnsafeMutableBufferPointer<Double>
    /// Model table; particle `i` uses `models[modelIndex[i]]`.
    let models: UnsafeMutableBufferPointer<Model>
    /// Window depth of each model in the table.
    let windowDepth: UnsafeMutableBufferPointer<Double>

    /// Copies `cloud` into fresh buffers.
    init(_ cloud: ParticleCloud) {
        let n = cloud.weights.count
        count = n
        func make<T>(_ values: [T]) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: n)
            _ = b.initialize(from: values)
            return b
        }
        states = make(cloud.states)
        coordinates = make(cloud.coordinates)
        modelIndex = make(cloud.modelIndex)
        habitualLoad = make(cloud.habitualLoad)
        spareStates = make(cloud.states)
        spareCoordinates = make(cloud.coordinates)
        spareModelIndex = make(cloud.modelIndex)
        spareHabitualLoad = make(cloud.habitualLoad)
        weights = make(cloud.weights)
        likelihood = make([Double](repeating: 1, count: n))
        models = make(cloud.models)
        windowDepth = make(cloud.windowDepth)
    }

    /// Makes the spare set (just filled by resampling) the current one.
    mutating func swapSpares() {
        swap(&states, &spareStates)
        swap(&coordinates, &spareCoordinates)
        swap(&modelIndex, &spareModelIndex)
        swap(&habitualLoad, &spareHabitualLoad)
    }

    /// The particles as an array-backed cloud (for estimates and forecasts).
    func cloud() -> ParticleCloud {
        ParticleCloud(
            states: Array(states), coordinates: Array(coordinates), models: Array(models), modelIndex: Array(modelIndex),
            habitualLoad: Array(habitualLoad), weights: Array(weights), windowDepth: Array(windowDepth))
    }

    /// Frees every buffer (all element types are trivial, so no deinitialisation is needed).
    func deallocate() {
        states.deallocate()
        coordinates.deallocate()
        modelIndex.deallocate()
        habitualLoad.deallocate()
        spareStates.deallocate()
        spareCoordinates.deallocate()
        spareModelIndex.deallocate()
        spareHabitualLoad.deallocate()
        weights.deallocate()
        likelihood.deallocate()
        models.deallocate()
        windowDepth.deallocate()
    }
}
