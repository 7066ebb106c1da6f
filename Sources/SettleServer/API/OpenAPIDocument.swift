import Foundation

/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`.
///
/// Built from ``operations`` so that the document and the route test share one list; a test
/// checks that every `/api/v1` route on the router appears here and the reverse.
enum OpenAPIDocument {
    struct Operation: Sendable {
        var method: String
        /// OpenAPI path template relative to `/api/v1`, e.g. `/patients/{id}`.
        var path: String
        var summary: String
        var requestSchema: String?
        var responseSchema: String
        var successStatus: Int = 200
        var query: [(name: String, description: String)] = []
        var secured: Bool = true
    }

    static let operations: [Operation] = [
        .init(
            method: "get", path: "/openapi.json", summary: "This document.", responseSchema: "#/components/schemas/Any",
            secured: false),
        .init(
            method: "get", path: "/me", summary: "The account the token belongs to.", responseSchema: "#/components/schemas/Me"),
        .init(
            method: "get", path: "/patients",
            summary: "Patients the caller may see (clinician: own caseload; admin: all; patient: self).",
            responseSchema: "#/components/schemas/PatientList"),
        .init(
            method: "post", path: "/patients", summary: "Register a patient on the calling clinician's caseload.",
            requestSchema: "#/components/schemas/NewPatient", responseSchema: "#/components/schemas/Patient", successStatus: 201),
        .init(
            method: "get", path: "/patients/{id}", summary: "A patient with their headline summary.",
            responseSchema: "#/components/schemas/PatientSummary"),
        .init(
            method: "get", path: "/patients/{id}/diary", summary: "Diary entries in a day range (default: last 90 days).",
            responseSchema: "#/components/schemas/DiaryList",
            query: [("from", "First day, YYYY-MM-DD"), ("through", "Last day, YYYY-MM-DD")]),
        .init(
            method: "post", path: "/patients/{id}/diary", summary: "Add a diary entry (treating clinician or the patient).",
            requestSchema: "#/components/schemas/NewDiaryEntry", responseSchema: "#/components/schemas/DiaryEntry",
            successStatus: 201),
        .init(
            method: "get", path: "/patients/{id}/sessions", summary: "Logged treatment sessions, by day.",
            responseSchema: "#/components/schemas/SessionList"),
        .init(
            method: "post", path: "/patients/{id}/sessions",
            summary: "Log a session (acupuncture, exercise / graded exposure, education).",
            requestSchema: "#/components/schemas/NewSession", responseSchema: "#/components/schemas/TreatmentSession",
            successStatus: 201),
        .init(
            method: "get", path: "/patients/{id}/questionnaires", summary: "Questionnaire administrations with their scores.",
            responseSchema: "#/components/schemas/QuestionnaireList",
            query: [("instrument", "Only this instrument id, e.g. peg3")]),
        .init(
            method: "post", path: "/patients/{id}/questionnaires", summary: "Enter a questionnaire; scored by SettleMeasures.",
            requestSchema: "#/components/schemas/NewQuestionnaire", responseSchema: "#/components/schemas/ScoredAdministration",
            successStatus: 201),
        .init(
            method: "get", path: "/patients/{id}/plan", summary: "The current activity plan (404 when none).",
            responseSchema: "#/components/schemas/ActivityPlan"),
        .init(
            method: "put", path: "/patients/{id}/plan", summary: "Set a new activity plan.",
            requestSchema: "#/components/schemas/NewPlan", responseSchema: "#/components/schemas/ActivityPlan"),
        .init(
            method: "get", path: "/patients/{id}/fhir",
            summary: "The patient's record as a FHIR R4 Bundle (application/fhir+json).",
            responseSchema: "#/components/schemas/Any"),
        .init(
            method: "get", path: "/audit", summary: "Audit events, newest first (admin only).",
            responseSchema: "#/components/schemas/AuditList",
            query: [("limit", "1–10000, default 200")]),
    ]

    static let json: String = {
        var paths: [String: [String: Any]] = [:]
        for op in operations {
            var parameters: [[String: Any]] = []
            if op.path.contains("{id}") {
                parameters.append(["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]])
            }
            for q in op.query {
                parameters.append([
                    "name": q.name, "in": "query", "required": false, "description": q.description, "schema": ["type": "string"],
                ])
            }
            var responses: [String: Any] = [
                String(op.successStatus): [
                    "description": "Success", "content": ["application/json": ["schema": ["$ref": op.responseSchema]]],
                ]
            ]
            for (code, text) in [
                ("400", "Malformed JSON or query"), ("401", "Missing or invalid token"),
                ("403", "Not allowed for this account or patient"),
                ("404", "Unknown patient or record"), ("409", "Conflict with stored data"), ("422", "Field validation failed"),
            ] where op.secured || code == "400" {
                responses[code] = [
                    "description": text, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]],
                ]
            }
            var operation: [String: Any] = [
                "summary": op.summary, "operationId": op.method + op.path.replacingOccurrences(of: "/", with: "_"),
                "responses": responses,
            ]
            if !parameters.isEmpty { operation["parameters"] = parameters }
            if let request = op.requestSchema {
                operation["requestBody"] = ["required": true, "content": ["application/json": ["schema": ["$ref": request]]]]
            }
            if !op.secured { operation["security"] = [[String: Any]]() }
            paths[op.path, default: [:]][op.method] = operation
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": [
                "title": "Settle clinic API", "version": "1.0.0",
                "description":
                    "JSON API of the Settle clinic server. Decision support: estimates carry uncertainty and are not a diagnosis.",
            ],
            "servers": [["url": "/api/v1"]],
            "security": [["bearer": [String]()]],
            "paths": paths,
            "components": ["securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]], "schemas": schemas],
        ]
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]),
            let text = String(data: data, encoding: .utf8)
        else { return "{}" }
        return text + "\n"
    }()

    private static func object(_ properties: [String: Any], required: [String]) -> [String: Any] {
        ["type": "object", "properties": properties, "required": required]
    }
    private static var uuid: [String: Any] { ["type": "string", "format": "uuid"] }
    private static var day: [String: Any] { ["type": "string", "format": "date", "description": "YYYY-MM-DD"] }
    private static var dateTime: [String: Any] { ["type": "string", "format": "date-time"] }
    private static func int(_ min: Int, _ max: Int) -> [String: Any] { ["type": "integer", "minimum": min, "maximum": max] }
    private static var string: [String: Any] { ["type": "string"] }
    private static var bool: [String: Any] { ["type": "boolean"] }
    private static var unit: [String: Any] { ["type": "number", "minimum": 0, "maximum": 1] }
    private static func list(_ ref: String) -> [String: Any] {
        object(["items": ["type": "array", "items": ["$ref": ref]]], required: ["items"])
    }

    private static var schemas: [String: Any] {
        [
            "Any": ["type": "object"],
            "Error": object(
                [
                    "error": object(
                        [
                            "status": ["type": "integer"], "message": string,
                            "fields": [
                                "type": "object", "additionalProperties": string, "description": "Field path → what to fix",
                            ],
                        ], required: ["status", "message"])
                ], required: ["error"]),
            "Me": object(
                [
                    "id": uuid, "email": string, "displayName": string,
                    "role": ["type": "string", "enum": ["admin", "clinician", "patient"]], "patientID": uuid,
                ], required: ["id", "email", "displayName", "role"]),
            "Patient": object(
                [
                    "id": uuid, "displayName": string, "birthYear": int(1900, 2100), "condition": string, "clinicianID": uuid,
                    "createdAt": dateTime, "archived": bool,
                ],
                required: ["id", "displayName", "condition", "createdAt", "archived"]),
            "PatientList": list("#/components/schemas/Patient"),
            "NewPatient": object(
                ["displayName": string, "birthYear": int(1900, 2100), "condition": string], required: ["displayName"]),
            "PatientSummary": object(
                [
                    "patient": ["$ref": "#/components/schemas/Patient"], "lastCheckIn": day, "recentPain": ["type": "number"],
                    "earlierPain": ["type": "number"],
                    "sensitivity": object(
                        [
                            "mean": unit, "lower80": unit, "upper80": unit, "lower95": unit, "upper95": unit,
                        ], required: ["mean", "lower80", "upper80", "lower95", "upper95"]),
                    "windowOpenProbability": unit, "windowOpen": bool, "flare": bool,
                    "questionnaireDue": bool, "note": string,
                ], required: ["patient", "windowOpen", "flare", "questionnaireDue", "note"]),
            "DiaryEntry": object(
                [
                    "id": uuid, "patientID": uuid, "day": day, "recordedAt": dateTime, "pain": int(0, 10),
                    "activityMinutes": int(0, 1440),
                    "steps": int(0, 200_000), "sleepQuality": int(0, 10), "stress": int(0, 10), "flare": bool, "note": string,
                ], required: ["id", "patientID", "day", "recordedAt", "pain", "flare", "note"]),
            "DiaryList": list("#/components/schemas/DiaryEntry"),
            "NewDiaryEntry": object(
                [
                    "day": day, "pain": int(0, 10), "activityMinutes": int(0, 1440), "steps": int(0, 200_000),
                    "sleepQuality": int(0, 10),
                    "stress": int(0, 10), "flare": bool, "note": string,
                ], required: ["day", "pain"]),
            "Treatment": [
                "type": "object", "required": ["kind"],
                "description":
                    "{\"kind\": \"acupuncture\", \"acupuncture\": {...}} | {\"kind\": \"exercise\", \"exercise\": {...}} | {\"kind\": \"education\", \"education\": {...}}",
                "properties": [
                    "kind": ["type": "string", "enum": ["acupuncture", "exercise", "education"]],
                    "acupuncture": object(
                        [
                            "arm": ["type": "string", "enum": ["verum", "sham"]], "points": ["type": "array", "items": string],
                            "needleCount": int(0, 100),
                            "retentionMinutes": int(0, 120), "electro": bool, "deQi": bool,
                            "adverseEvents": ["type": "array", "items": string],
                        ], required: ["arm", "points", "needleCount", "retentionMinutes", "electro", "deQi", "adverseEvents"]),
                    "exercise": object(
                        [
                            "kind": ["type": "string", "enum": ["exercise", "gradedExposure"]], "prescription": string,
                            "minutes": int(0, 600),
                        ],
                        required: ["kind", "prescription"]),
                    "education": object(
                        ["topics": ["type": "array", "items": string], "minutes": int(0, 600)], required: ["topics"]),
                ],
            ],
            "TreatmentSession": object(
                [
                    "id": uuid, "patientID": uuid, "clinicianID": uuid, "day": day,
                    "treatment": ["$ref": "#/components/schemas/Treatment"], "note": string,
                ], required: ["id", "patientID", "day", "treatment", "note"]),
            "SessionList": list("#/components/schemas/TreatmentSession"),
            "NewSession": object(
                ["day": day, "treatment": ["$ref": "#/components/schemas/Treatment"], "note": string],
                required: ["day", "treatment"]),
            "QuestionnaireAdministration": object(
                [
                    "id": uuid, "patientID": uuid, "instrumentID": string, "version": string, "variant": string, "day": day,
                    "administeredAt": dateTime,
                    "answers": ["type": "object", "additionalProperties": ["type": "number"]], "scoreJSON": string,
                ], required: ["id", "patientID", "instrumentID", "version", "variant", "day", "administeredAt", "answers"]),
            "ScoredAdministration": object(
                [
                    "administration": ["$ref": "#/components/schemas/QuestionnaireAdministration"], "total": ["type": "number"],
                    "band": string,
                ], required: ["administration"]),
            "QuestionnaireList": list("#/components/schemas/ScoredAdministration"),
            "NewQuestionnaire": object(
                [
                    "instrumentID": string, "day": day,
                    "answers": [
                        "type": "object", "additionalProperties": ["type": "integer"], "description": "Item id → answer",
                    ],
                ], required: ["instrumentID", "day", "answers"]),
            "ProgressionRule": object(
                [
                    "increasePercent": ["type": "number", "minimum": 0, "maximum": 50], "everyDays": int(1, 28),
                    "holdOnFlare": bool, "ceilingMinutes": int(0, 3000),
                ], required: ["increasePercent", "everyDays", "holdOnFlare"]),
            "ActivityPlan": object(
                [
                    "id": uuid, "patientID": uuid, "startDay": day, "weeklyQuotaMinutes": int(0, 3000),
                    "progression": ["$ref": "#/components/schemas/ProgressionRule"],
                    "setBy": uuid, "setAt": dateTime, "note": string,
                ], required: ["id", "patientID", "startDay", "weeklyQuotaMinutes", "progression", "setAt", "note"]),
            "NewPlan": object(
                [
                    "startDay": day, "weeklyQuotaMinutes": int(0, 3000),
                    "progression": ["$ref": "#/components/schemas/ProgressionRule"], "note": string,
                ], required: ["startDay", "weeklyQuotaMinutes", "progression"]),
            "AuditEvent": object(
                ["id": uuid, "at": dateTime, "actorID": uuid, "action": string, "patientID": uuid, "target": string],
                required: ["id", "at", "action", "target"]),
            "AuditList": list("#/components/schemas/AuditEvent"),
        ]
    }
}
