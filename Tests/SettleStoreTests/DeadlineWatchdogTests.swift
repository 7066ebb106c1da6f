import Testing

@testable import SettleStore

/// The PostgreSQL store's per-operation deadline: one sweeping task, no timer per query.
@Suite("Deadline watchdog")
struct DeadlineWatchdogTests {
    @Test("an operation that finishes in time is not cancelled and leaves nothing registered")
    func inTime() async {
        let watchdog = DeadlineWatchdog(timeout: .seconds(30))
        let cancelled = await Task { () -> (Bool, Bool) in
            let id = withUnsafeCurrentTask { watchdog.register(CancellableTask($0!)) }
            watchdog.sweep(now: .now)
            return (watchdog.finish(id), Task.isCancelled)
        }.value
        #expect(cancelled.0 == true)
        #expect(cancelled.1 == false)
    }

    @Test("a sweep after the deadline cancels the operation's task, and finish reports it as expired")
    func expired() async {
        let watchdog = DeadlineWatchdog(timeout: .milliseconds(1))
        let outcome = await Task { () -> (Bool, Bool) in
            let id = withUnsafeCurrentTask { watchdog.register(CancellableTask($0!)) }
            watchdog.sweep(now: .now + .seconds(1))
            return (watchdog.finish(id), Task.isCancelled)
        }.value
        #expect(outcome.0 == false)
        #expect(outcome.1 == true)
    }
}
