/// The clinic schema as ordered migrations. Never edit an applied migration: add a new one.
/// Column conventions: ids are UUIDs; `*_at` columns are milliseconds since 1970-01-01 UTC;
/// `day`-like columns are days since 1970-01-01; `*_json` columns hold JSON text with sorted keys.
enum Schema {
    static let migrations: [Migration] = [
        Migration(
            id: "0001-accounts-and-records",
            statements: [
                """
                CREATE TABLE patients (
                    id {uuid} PRIMARY KEY,
                    display_name {text} NOT NULL,
                    birth_year {int},
                    condition_text {text} NOT NULL,
                    clinician_id {uuid},
                    created_at {int} NOT NULL,
                    archived {bool} NOT NULL
                )
                """,
                "CREATE INDEX patients_by_clinician ON patients (clinician_id)",
                """
                CREATE TABLE users (
                    id {uuid} PRIMARY KEY,
                    email {text} NOT NULL UNIQUE,
                    display_name {text} NOT NULL,
                    role {text} NOT NULL CHECK (role IN ('admin', 'clinician', 'patient')),
                    password_hash {text} NOT NULL,
                    patient_id {uuid} REFERENCES patients (id),
                    created_at {int} NOT NULL,
                    disabled {bool} NOT NULL
                )
                """,
                """
                CREATE TABLE sessions (
                    id {uuid} PRIMARY KEY,
                    token_hash {text} NOT NULL UNIQUE,
                    user_id {uuid} NOT NULL REFERENCES users (id),
                    created_at {int} NOT NULL,
                    expires_at {int} NOT NULL
                )
                """,
                "CREATE INDEX sessions_by_expiry ON sessions (expires_at)",
                "CREATE INDEX sessions_by_user ON sessions (user_id)",
                """
                CREATE TABLE api_tokens (
                    id {uuid} PRIMARY KEY,
                    token_hash {text} NOT NULL UNIQUE,
                    user_id {uuid} NOT NULL REFERENCES users (id),
                    name {text} NOT NULL,
                    created_at {int} NOT NULL,
                    expires_at {int},
                    revoked {bool} NOT NULL
                )
                """,
                "CREATE INDEX api_tokens_by_user ON api_tokens (user_id)",
                """
                CREATE TABLE invites (
                    id {uuid} PRIMARY KEY,
                    code_hash {text} NOT NULL UNIQUE,
                    email {text} NOT NULL,
                    role {text} NOT NULL CHECK (role IN ('admin', 'clinician', 'patient')),
                    patient_id {uuid} REFERENCES patients (id),
                    created_by {uuid} NOT NULL REFERENCES users (id),
                    created_at {int} NOT NULL,
                    expires_at {int} NOT NULL,
                    redeemed_at {int},
                    redeemed_by {uuid}
                )
                """,
                """
                CREATE TABLE login_attempts (
                    attempt_key {text} NOT NULL,
                    attempted_at {int} NOT NULL,
                    succeeded {bool} NOT NULL
                )
                """,
                "CREATE INDEX login_attempts_by_key ON login_attempts (attempt_key, attempted_at)",
                """
                CREATE TABLE diary_entries (
                    id {uuid} PRIMARY KEY,
                    patient_id {uuid} NOT NULL REFERENCES patients (id),
                    day {int} NOT NULL,
                    recorded_at {int} NOT NULL,
                    pain {int} NOT NULL CHECK (pain BETWEEN 0 AND 10),
                    activity_minutes {int},
                    steps {int},
                    sleep_quality {int},
                    stress {int},
                    flare {bool} NOT NULL,
                    note {text} NOT NULL
                )
                """,
                "CREATE INDEX diary_by_patient_day ON diary_entries (patient_id, day, recorded_at)",
                """
                CREATE TABLE treatment_sessions (
                    id {uuid} PRIMARY KEY,
                    patient_id {uuid} NOT NULL REFERENCES patients (id),
                    clinician_id {uuid},
                    day {int} NOT NULL,
                    kind {text} NOT NULL,
                    treatment_json {text} NOT NULL,
                    note {text} NOT NULL
                )
                """,
                "CREATE INDEX sessions_by_patient_day ON treatment_sessions (patient_id, day)",
                """
                CREATE TABLE questionnaire_administrations (
                    id {uuid} PRIMARY KEY,
                    patient_id {uuid} NOT NULL REFERENCES patients (id),
                    instrument_id {text} NOT NULL,
                    version {text} NOT NULL,
                    variant {text} NOT NULL,
                    day {int} NOT NULL,
                    administered_at {int} NOT NULL,
                    answers_json {text} NOT NULL,
                    score_json {text}
                )
                """,
                "CREATE INDEX administrations_by_patient ON questionnaire_administrations (patient_id, instrument_id, day)",
                """
                CREATE TABLE activity_plans (
                    id {uuid} PRIMARY KEY,
                    patient_id {uuid} NOT NULL REFERENCES patients (id),
                    start_day {int} NOT NULL,
                    weekly_quota_minutes {int} NOT NULL,
                    progression_json {text} NOT NULL,
                    set_by {uuid},
                    set_at {int} NOT NULL,
                    note {text} NOT NULL
                )
                """,
                "CREATE INDEX plans_by_patient ON activity_plans (patient_id, set_at)",
                """
                CREATE TABLE goals (
                    id {uuid} PRIMARY KEY,
                    patient_id {uuid} NOT NULL REFERENCES patients (id),
                    activity {text} NOT NULL,
                    baseline_rating {int} NOT NULL,
                    target_rating {int},
                    created_on {int} NOT NULL,
                    active {bool} NOT NULL
                )
                """,
                "CREATE INDEX goals_by_patient ON goals (patient_id)",
                """
                CREATE TABLE audit_events (
                    id {uuid} PRIMARY KEY,
                    occurred_at {int} NOT NULL,
                    actor_id {uuid},
                    action_name {text} NOT NULL,
                    patient_id {uuid},
                    target {text} NOT NULL
                )
                """,
                "CREATE INDEX audit_by_time ON audit_events (occurred_at)",
                "CREATE INDEX audit_by_patient ON audit_events (patient_id, occurred_at)",
                "CREATE INDEX audit_by_actor ON audit_events (actor_id, occurred_at)",
            ]),
        Migration(
            id: "0002-record-version",
            statements: [
                // Counts changes to a patient's care record (diary, sessions, questionnaires, plans,
                // goals); every such write adds 1 in its own transaction (WriteStatements.recordBump).
                "ALTER TABLE patients ADD COLUMN record_version {int} NOT NULL DEFAULT 0"
            ]),
    ]
}
