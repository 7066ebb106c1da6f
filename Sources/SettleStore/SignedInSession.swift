import SettleCare

/// What one signed-in request needs from the store, read together: the session, its account and,
/// for a patient account, that patient's record (see ``ClinicStore/signedIn(tokenHash:now:)``).
public struct SignedInSession: Sendable, Equatable {
    /// The unexpired session.
    public var session: AuthSession
    /// The account the session belongs to (possibly disabled: callers decide).
    public var account: UserAccount
    /// The account's own patient record, for patient accounts whose record exists; nil otherwise.
    public var patient: Patient?

    public init(session: AuthSession, account: UserAccount, patient: Patient?) {
        self.session = session
        self.account = account
        self.patient = patient
    }
}
