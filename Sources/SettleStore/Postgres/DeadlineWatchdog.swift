import Synchronization

/// The task running an operation, cancellable by the watchdog while the operation is registered.
///
/// Safe to hold only between ``DeadlineWatchdog/register(_:)`` and ``DeadlineWatchdog/finish(_:)``
/// on the same task: the watchdog cancels under its lock, and `finish` takes that lock before the
/// operation returns, so the task is alive whenever it is cancelled.
struct CancellableTask: @unchecked Sendable {
    private let task: UnsafeCurrentTask
    init(_ task: UnsafeCurrentTask) { self.task = task }
    func cancel() { task.cancel() }
}

/// Cancels registered operations that run past their deadline.
///
/// One sweeping task (every 100 ms, started on first use, ended with the watchdog) checks the
/// operations in flight, so an operation costs a dictionary insert and remove instead of a timer
/// or an extra task. (A racing `Task.sleep` child per query stays queued in the executor until
/// its deadline even when cancelled: at a thousand queries a second with a 30 s timeout that
/// held ≈ 300 MB of pending timers.)
final class DeadlineWatchdog: Sendable {
    private struct Operation {
        var deadline: ContinuousClock.Instant
        var task: CancellableTask
    }

    private struct State {
        var nextID: UInt64 = 0
        var running: [UInt64: Operation] = [:]
        var sweeper: Task<Void, Never>?
    }

    /// How long an operation may run before its task is cancelled.
    let timeout: Duration
    /// Time between sweeps.
    static let sweepInterval: Duration = .milliseconds(100)
    private let state = Mutex(State())

    init(timeout: Duration) { self.timeout = timeout }

    deinit { state.withLock { $0.sweeper?.cancel() } }

    /// Registers the operation running in `task`; the task is cancelled if still registered after ``timeout``.
    func register(_ task: CancellableTask) -> UInt64 {
        let deadline = ContinuousClock.now + timeout
        return state.withLock { state in
            let id = state.nextID
            state.nextID &+= 1
            state.running[id] = Operation(deadline: deadline, task: task)
            if state.sweeper == nil {
                state.sweeper = Task.detached { [weak self] in
                    while !Task.isCancelled {
                        try? await Task.sleep(for: Self.sweepInterval)
                        guard let self else { return }
                        self.sweep(now: .now)
                    }
                }
            }
            return id
        }
    }

    /// Ends an operation: true if it finished in time, false if the watchdog had cancelled it.
    func finish(_ id: UInt64) -> Bool {
        state.withLock { $0.running.removeValue(forKey: id) != nil }
    }

    /// Cancels (under the lock, see ``CancellableTask``) every operation whose deadline is before `now`.
    func sweep(now: ContinuousClock.Instant) {
        state.withLock { state in
            for (id, operation) in state.running where operation.deadline <= now {
                operation.task.cancel()
                state.running[id] = nil
            }
        }
    }
}
