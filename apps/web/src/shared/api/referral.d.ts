// Generated from docs/openapi/referral.json by `npm run openapi`; do not edit by hand.

export interface paths {
    "/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agency directory (any signed-in role). */
        get: operations["AgenciesController_list"];
        put?: never;
        /** Add an agency under a client-chosen id: the same request again returns the first answer (200), a different one 409. */
        post: operations["AgenciesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agency's accounts: id, username, enabled, agency roles, creation date. */
        get: operations["AccountsController_list"];
        put?: never;
        /**
         * Open an account in the agency (a caseworker by default). Its one-time password is in this answer only.
         * @description With an Idempotency-Key, the same request again answers 200 with the account (without the password); another request with that key, 409.
         */
        post: operations["AccountsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}/accounts/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch the account off: no new sign-in or refresh; its sessions end now. */
        post: operations["AccountsController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}/accounts/{userId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch the account back on. */
        post: operations["AccountsController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{agencyId}/accounts/{userId}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new one-time password (in this answer, once) or an e-mailed link; the account's sessions end. */
        post: operations["AccountsController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agency. The ETag header carries its version. */
        get: operations["AgenciesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an agency: the coordinator any field, at once; an agency administrator its own profile and capacity at once (not `type` nor `active`), while a change to `services`, `regions` or `accepts` becomes a change request for the coordinator (202). */
        patch: operations["AgenciesController_update"];
        trace?: never;
    };
    "/v1/agency-change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Routing-scope changes asked by agency administrators: the coordinator sees all, an agency administrator its own. Oldest first. */
        get: operations["AgencyChangeRequestsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agency-change-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a change request: its fields apply to the agency, and routing follows, at once. */
        post: operations["AgencyChangeRequestsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agency-change-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a change request: the agency keeps its routing scope. */
        post: operations["AgencyChangeRequestsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who read, or tried to read, a person’s file here
         * @description Every audit entry on the person (`resourceId=V-…`) or on this service’s records about them, oldest first (up to 1000): actor, organisation and legal basis when recorded, time, action, outcome. This read is itself audited.
         */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check this service’s hash-chained audit trail (read-only, as `npm run audit:verify`) */
        get: operations["AuditController_verification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs put before the coordinator (deadline missed, declined, no candidate); newest first, a page at a time (`limit`, then `cursor` = the previous page’s `nextCursor`). */
        get: operations["EscalationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve an escalation that needs no new referral, with a reason code and an optional note. Sending the same resolution again returns it unchanged. */
        post: operations["EscalationsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referral-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the referrals of several persons stand (status, need, agency, deadline; no note): an officer sees those of their unit's identifications, a supervisor their region's, the coordinator all. Persons outside that scope have none listed. */
        get: operations["ReferralStatusesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Referrals: the caller's agency inbox, or all of them for the coordinator; newest first, a page at a time (`limit`, then `cursor` = the previous page's `nextCursor`). */
        get: operations["ReferralsController_list"];
        put?: never;
        /** The coordinator refers a need to an agency of their choosing (e.g. after an escalation). Consent still applies. The same request again returns the first answer (200); the same id for another request 409. */
        post: operations["ReferralsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One referral. The ETag header carries its version. */
        get: operations["ReferralsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept (acknowledged → accepted). A shelter referral takes a bed; with none free: 409 NO_BED_AVAILABLE. */
        post: operations["ReferralsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge receipt (pending → acknowledged); the deadline to accept starts. */
        post: operations["ReferralsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close with an outcome (accepted → closed); a shelter bed is given back. */
        post: operations["ReferralsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline with a reason (pending or acknowledged → declined); the need is re-routed at once. */
        post: operations["ReferralsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The routing rules in force (any signed-in role). The ETag header carries the version. */
        get: operations["RoutingRulesController_current"];
        /** Replace the rules: creates the next version; referrals already made keep theirs. */
        put: operations["RoutingRulesController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/routing-rules/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Who would receive a hypothetical person’s needs (coordinator)
         * @description Computed by the routing the service applies to every identification, on the directory, rules and load of now (or a given rules version). Writes nothing.
         */
        post: operations["RoutingPreviewController_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/routing-rules/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the rules, newest first. */
        get: operations["RoutingRulesController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/routing-rules/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of the rules (referrals name the version they were routed with). */
        get: operations["RoutingRulesController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/victims/{victimRef}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's referrals: all for the coordinator, its own for an agency involved; 404 for any other agency. */
        get: operations["VictimsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptsBody: {
            /**
             * @description Takes adults.
             * @example true
             */
            adults: boolean;
            /**
             * @description Takes children (under 18).
             * @example true
             */
            minors: boolean;
            /**
             * @description Sexes the agency takes (include `unknown` to take persons whose sex was not recorded).
             * @example [
             *       "female",
             *       "male",
             *       "unknown"
             *     ]
             */
            sexes: ("female" | "male" | "unknown")[];
        };
        AccountViewDto: {
            /** Format: date-time */
            createdAt: string | null;
            /** @description A disabled account cannot sign in. */
            enabled: boolean;
            /** Format: uuid */
            id: string;
            roles: ("agency_caseworker" | "agency_admin")[];
            /** @example a.traore */
            username: string;
        };
        AgencyChangeRequestDto: {
            /** @example demo-shelter-mopti */
            agencyId: string;
            /** @description The requested routing scope: only the fields asked for. */
            changes: components["schemas"]["RoutingScopeChangeDto"];
            /** Format: date-time */
            decidedAt: string | null;
            decidedBy: string | null;
            /** @example 0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f */
            id: string;
            reason: string | null;
            /** Format: date-time */
            requestedAt: string;
            /** @description Account id of the agency administrator who asked. */
            requestedBy: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            /** @example 1 */
            version: number;
        };
        AgencyEditDto: {
            /** @description The agency after the changes that apply at once. */
            agency: components["schemas"]["AgencyViewDto"];
            /** @description The routing-scope change waiting for the coordinator. */
            changeRequest: components["schemas"]["AgencyChangeRequestDto"];
        };
        AgencyTypePriorityBody: {
            /**
             * @description 1 is tried first; equal priorities go to the least busy agency.
             * @example 1
             */
            priority: number;
            /**
             * @description An agency type eligible for the need.
             * @example Shelter
             * @enum {string}
             */
            type: "NGO" | "LawEnforcement" | "HealthServiceOrganisation" | "CentralGovernmentOrganisation" | "LocalGovernmentOrganisation" | "ImmigrationService" | "LegalService" | "CorporateBusiness" | "SchoolOrCollege" | "Shelter" | "ChildProtection" | "HealthService" | "LegalAid" | "PsychosocialSupport" | "ReturnAndReintegration";
        };
        AgencyViewDto: {
            accepts: components["schemas"]["AcceptsBody"];
            active: boolean;
            capacity: components["schemas"]["CapacityBody"] | null;
            /** @description From the fictitious demo directory: not a real agency. */
            demo: boolean;
            /** @example demo-shelter-mopti */
            id: string;
            /** @description ISO 639 codes. */
            languages: string[];
            name: string;
            regions: ("kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako" | "national")[];
            services: ("shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood")[];
            /** @enum {string} */
            type: "NGO" | "LawEnforcement" | "HealthServiceOrganisation" | "CentralGovernmentOrganisation" | "LocalGovernmentOrganisation" | "ImmigrationService" | "LegalService" | "CorporateBusiness" | "SchoolOrCollege" | "Shelter" | "ChildProtection" | "HealthService" | "LegalAid" | "PsychosocialSupport" | "ReturnAndReintegration";
            /** Format: date-time */
            updatedAt: string;
            /** @example 1 */
            version: number;
        };
        AuditVerificationDto: {
            /** Format: date-time */
            checkedAt: string;
            /** @description { seq, reason } of the first broken row */
            firstBroken?: {
                [key: string]: unknown;
            };
            /** @description { seq, hash } of the chain’s last row */
            head?: {
                [key: string]: unknown;
            };
            /** @description Every sealed row follows from its predecessor */
            ok: boolean;
            rows: number;
            /** @example intake */
            service: string;
            /** @description Rows not chained yet */
            unsealed?: number;
        };
        CapacityBody: {
            /**
             * @description Beds free now (at most `beds`). Accepting a shelter referral takes one; closing it gives it back.
             * @example 4
             */
            available: number;
            /**
             * @description Beds the shelter has.
             * @example 12
             */
            beds: number;
        };
        CloseReferralBody: {
            /**
             * @description The service given, for the agency's and the coordinator's record. Stays in the referral service; erased with the person's data.
             * @example Hébergement de 3 semaines, puis retour en famille.
             */
            note?: string;
            /**
             * @description How the referral ended.
             * @example serviceProvided
             * @enum {string}
             */
            outcome: "serviceProvided" | "personDeclined" | "unreachable" | "transferred";
            /**
             * @description The referral version this change is based on; or send it as `If-Match: "<version>"`. A stale version gets 409.
             * @example 1
             */
            version?: number;
        };
        CreateAccountBody: {
            /**
             * @description When given and the identity provider can send e-mail, the user gets a link to choose a password instead of a temporary one.
             * @example a.traore@example.org
             */
            email?: string;
            /**
             * @description First name (kept by the identity provider only).
             * @example Awa
             */
            firstName: string;
            /**
             * @description Last name (kept by the identity provider only).
             * @example Traoré
             */
            lastName: string;
            /**
             * @description Only the coordinator or a system administrator may create an `agency_admin`.
             * @default agency_caseworker
             * @enum {string}
             */
            role: "agency_caseworker" | "agency_admin";
            /**
             * @description Sign-in name: 3 to 63 lower-case letters, digits, dots, hyphens or underscores.
             * @example a.traore
             */
            username: string;
        };
        CreateAgencyBody: {
            /** @description Whom the agency takes. */
            accepts: components["schemas"]["AcceptsBody"];
            /**
             * @description Whether the agency receives referrals.
             * @default true
             * @example true
             */
            active: boolean;
            /** @description Bed capacity, for shelters: accepting a shelter referral takes a bed. */
            capacity?: components["schemas"]["CapacityBody"];
            /**
             * @description Id chosen by the client (lower-case letters, digits, hyphens): sending the same request again is harmless.
             * @example ngo-abri-segou
             */
            id: string;
            /**
             * @description Languages spoken (ISO 639 codes from the languages vocabulary).
             * @example [
             *       "fr",
             *       "bm"
             *     ]
             */
            languages: string[];
            /**
             * @description Name shown to coordinators and caseworkers.
             * @example ONG Abri — Ségou
             */
            name: string;
            /**
             * @description Regions covered, or `national` for the whole country (tried when no agency of the region can help).
             * @example [
             *       "segou"
             *     ]
             */
            regions: ("kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako" | "national")[];
            /**
             * @description Needs the agency meets.
             * @example [
             *       "shelter",
             *       "basicNeeds"
             *     ]
             */
            services: ("shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood")[];
            /**
             * @description Organisation type (HTCDS org_Type plus Relais protection types); routing rules name the eligible types per need.
             * @example Shelter
             * @enum {string}
             */
            type: "NGO" | "LawEnforcement" | "HealthServiceOrganisation" | "CentralGovernmentOrganisation" | "LocalGovernmentOrganisation" | "ImmigrationService" | "LegalService" | "CorporateBusiness" | "SchoolOrCollege" | "Shelter" | "ChildProtection" | "HealthService" | "LegalAid" | "PsychosocialSupport" | "ReturnAndReintegration";
        };
        CreatedAccountDto: {
            /** Format: date-time */
            createdAt: string | null;
            /** @description A disabled account cannot sign in. */
            enabled: boolean;
            /** Format: uuid */
            id: string;
            /**
             * @description How the user gets a password: `temporaryPassword` (in this answer, once), `email` (a link sent by the identity provider), `alreadySent` (a replay: the first answer had it).
             * @enum {string}
             */
            passwordDelivery: "temporaryPassword" | "email" | "alreadySent";
            roles: ("agency_caseworker" | "agency_admin")[];
            /** @description Shown once, never stored by Relais: hand it to the user, who must change it at first sign-in. */
            temporaryPassword?: string;
            /** @example a.traore */
            username: string;
        };
        CreateReferralBody: {
            /**
             * @description The agency chosen by the coordinator.
             * @example demo-shelter-kayes
             */
            agencyId: string;
            /**
             * @description Id of the new referral, chosen by the client (UUID): sending the same request again is harmless.
             * @example 0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f
             */
            id: string;
            /**
             * @description The identification whose need is referred.
             * @example 0193b1e4-6f2a-7c3d-8e4f-000000000001
             */
            identificationId: string;
            /**
             * @description The need referred.
             * @example shelter
             * @enum {string}
             */
            need: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
            /** @description Urgent; by default as recorded with the need at identification. */
            urgent?: boolean;
        };
        DeadlineRuleBody: {
            /**
             * @description Minutes the agency then has to accept (or decline) it.
             * @example 120
             */
            acceptMinutes: number;
            /**
             * @description Minutes the agency has to acknowledge a new referral.
             * @example 120
             */
            acknowledgeMinutes: number;
            /**
             * @description The need this deadline is for; absent: any need.
             * @enum {string}
             */
            need?: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
            /** @description For urgent (true) or non-urgent (false) needs; absent: both. */
            urgent?: boolean;
        };
        DecideChangeRequestBody: {
            /** @description Why, for the agency administrator (mostly on a rejection). No personal data. */
            reason?: string;
            /**
             * @description The request version this decision is based on; or send `If-Match: "<version>"`.
             * @example 1
             */
            version?: number;
        };
        DeclineReferralBody: {
            /**
             * @description Explanation for the coordinator. Stays in the referral service: never sent in an event; erased with the person's data.
             * @example Plus de place avant la fin du mois.
             */
            note?: string;
            /**
             * @description Why the agency cannot take the person (a code: it is what other services are told).
             * @example noCapacity
             * @enum {string}
             */
            reason: "noCapacity" | "notEligible" | "outOfArea" | "serviceUnavailable" | "other";
            /**
             * @description The referral version this change is based on; or send it as `If-Match: "<version>"`. A stale version gets 409.
             * @example 1
             */
            version?: number;
        };
        ErrorBodyDto: {
            /**
             * @description Stable code to branch on.
             * @example VALIDATION_FAILED
             */
            code: string;
            /**
             * @description Quote it to support; it is in the logs.
             * @example 0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f
             */
            correlationId?: string;
            /**
             * @description Ids and versions that explain a refusal; never personal data.
             * @example {
             *       "currentVersion": 3
             *     }
             */
            details?: {
                [key: string]: unknown;
            };
            /** @description One entry per failing rule (400 only). */
            errors?: components["schemas"]["FieldErrorDto"][];
            /**
             * @description In the caller’s language.
             * @example La requête est invalide (1 erreur(s)). Corrigez les champs indiqués.
             */
            message: string;
            /** @example 400 */
            statusCode: number;
        };
        EscalationPageDto: {
            items: components["schemas"]["EscalationViewDto"][];
            /** @description Opaque: pass it as `cursor` for the next page; absent on the last page. */
            nextCursor?: string;
        };
        EscalationResolutionDto: {
            /** @enum {string} */
            code: "assistedOutsideRelais" | "assistanceRefused" | "personUnreachable" | "duplicate" | "needNoLongerPresent";
            /** @description The coordinator’s note; erased with the person’s data. */
            note: string | null;
            /** Format: date-time */
            resolvedAt: string;
            /** @description Account id of the coordinator. */
            resolvedBy: string;
        };
        EscalationViewDto: {
            agencyId: string | null;
            /** @enum {string} */
            cause: "deadlineMissed" | "noCandidate" | "declined";
            /** Format: date-time */
            escalatedAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            identificationId: string;
            /** @enum {string} */
            need: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
            /** @example R-7K3M9Q2X */
            reference: string | null;
            /**
             * Format: uuid
             * @description Absent when no agency could be found at all.
             */
            referralId: string | null;
            /** @enum {string} */
            region: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
            /**
             * Format: uuid
             * @description The referral made to the next candidate.
             */
            reroutedTo: string | null;
            /** @description Null while the escalation is open. */
            resolution: components["schemas"]["EscalationResolutionDto"] | null;
            urgent: boolean;
            /**
             * @description What a resolution must quote (body `version` or If-Match).
             * @example 1
             */
            version: number;
            /** @example V-7K3M9Q2XPA */
            victimRef: string;
        };
        FieldErrorDto: {
            /**
             * @description The rule that failed; stable, for clients to branch on.
             * @example isIn
             */
            code: string;
            /**
             * @description Dotted path into the body.
             * @example person.nationalities.0
             */
            field: string;
            /**
             * @description In the caller’s language (Accept-Language: fr by default, en).
             * @example person.nationalities.0 doit être un code de la liste de référence (249 valeurs possibles, voir /api/docs).
             */
            message: string;
        };
        NeedRuleBody: {
            /** @description Agency types eligible for the need. Empty: the need always goes to the coordinator. */
            agencyTypes: components["schemas"]["AgencyTypePriorityBody"][];
        };
        NeedRulesBody: {
            /** @description Rule for the need `basicNeeds`. */
            basicNeeds: components["schemas"]["NeedRuleBody"];
            /** @description Rule for the need `childProtection`. */
            childProtection: components["schemas"]["NeedRuleBody"];
            /** @description Rule for the need `education`. */
            education: components["schemas"]["NeedRuleBody"];
            /** @description Rule for the need `familyTracing`. */
            familyTracing: components["schemas"]["NeedRuleBody"];
            /** @description Rule for the need `interpretation`. */
            interpretation: components["schemas"]["NeedRuleBody"];
            /** @description Rule for the need `legalAid`. */
            legalAid: components["schemas"]["NeedRuleBody"];
            /** @description Rule for the need `livelihood`. */
            livelihood: components["schemas"]["NeedRuleBody"];
            /** @description Rule for the need `medical`. */
            medical: components["schemas"]["NeedRuleBody"];
            /** @description Rule for the need `psychosocial`. */
            psychosocial: components["schemas"]["NeedRuleBody"];
            /** @description Rule for the need `repatriation`. */
            repatriation: components["schemas"]["NeedRuleBody"];
            /** @description Rule for the need `shelter`. */
            shelter: components["schemas"]["NeedRuleBody"];
        };
        PasswordResetDto: {
            account: components["schemas"]["AccountViewDto"];
            /**
             * @description How the user gets a password: `temporaryPassword` (in this answer, once), `email` (a link sent by the identity provider), `alreadySent` (a replay: the first answer had it).
             * @enum {string}
             */
            passwordDelivery: "temporaryPassword" | "email";
            /** @description Shown once, never stored by Relais: the user must change it at next sign-in. */
            temporaryPassword?: string;
        };
        PersonAuditEntryDto: {
            /** @example person.read */
            action: string;
            /** @description Who acted: the account’s id (`sub`), or `system:<service>` */
            actor: string;
            /** Format: date-time */
            at: string;
            /**
             * @description The legal basis of a read when the entry recorded it
             * @example unit
             */
            basis: string | null;
            /** @description The actor’s organisation or scope when the entry recorded it (unit, agency, office, region) */
            organisation: string | null;
            /** @enum {string} */
            outcome: "success" | "denied" | "failure";
            resourceId: string;
            /** @example identification */
            resourceType: string;
            /** @description Position in the hash chain (null for a few seconds, until sealed) */
            seq: number | null;
        };
        PersonAuditListDto: {
            items: components["schemas"]["PersonAuditEntryDto"][];
            /** @example intake */
            service: string;
            /** @description True when more entries exist than the answer holds (the oldest come first) */
            truncated: boolean;
        };
        PreviewCandidateDto: {
            id: string;
            name: string;
            type: string;
        };
        PreviewDecisionDto: {
            /** @description The agency that would receive it */
            agency: components["schemas"]["PreviewCandidateDto"] | null;
            /**
             * @description What routing would do
             * @enum {string}
             */
            kind: "refer" | "noCandidate" | "notReferred";
            /** @enum {string} */
            need: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
            /** @description The next ones, in order, if it declines (at most 5) */
            next: components["schemas"]["PreviewCandidateDto"][];
            urgent: boolean;
        };
        PreviewNeedBody: {
            /** @description Consent to be referred for it; default true */
            consented?: boolean;
            /**
             * @example shelter
             * @enum {string}
             */
            need: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
            /** @description Default false */
            urgent?: boolean;
        };
        ReferralPageDto: {
            items: components["schemas"]["ReferralViewDto"][];
            /** @description Opaque: pass it as `cursor` for the next page; absent on the last page. */
            nextCursor?: string;
        };
        ReferralStatusDto: {
            /** @example demo-shelter-mopti */
            agencyId: string;
            /** @example Centre d’accueil de Mopti (démo) */
            agencyName: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Deadline running now: to acknowledge while pending, to accept once acknowledged.
             */
            dueBy: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The identification the referral was made from.
             */
            identificationId: string;
            /** @enum {string} */
            need: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
            /**
             * @description Human-readable reference, quoted in notifications.
             * @example R-7K3M9Q2X
             */
            reference: string;
            /** @enum {string} */
            status: "pending" | "acknowledged" | "accepted" | "declined" | "escalated" | "closed";
            /**
             * Format: date-time
             * @description Last change of status.
             */
            updatedAt: string;
            urgent: boolean;
            /**
             * @description Pseudonymous reference of the person (never a name).
             * @example V-7K3M9Q2XPA
             */
            victimRef: string;
        };
        ReferralStatusListDto: {
            items: components["schemas"]["ReferralStatusDto"][];
        };
        ReferralTransitionBody: {
            /**
             * @description The referral version this change is based on; or send it as `If-Match: "<version>"`. A stale version gets 409.
             * @example 1
             */
            version?: number;
        };
        ReferralViewDto: {
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
            /** @enum {string} */
            ageGroup: "0-8" | "9-17" | "18-20" | "21-23" | "24-26" | "27-29" | "30-38" | "39-47" | "48+" | "unknown";
            /** @example demo-shelter-mopti */
            agencyId: string;
            /** @enum {string} */
            agencyType: "NGO" | "LawEnforcement" | "HealthServiceOrganisation" | "CentralGovernmentOrganisation" | "LocalGovernmentOrganisation" | "ImmigrationService" | "LegalService" | "CorporateBusiness" | "SchoolOrCollege" | "Shelter" | "ChildProtection" | "HealthService" | "LegalAid" | "PsychosocialSupport" | "ReturnAndReintegration";
            /** Format: date-time */
            closedAt: string | null;
            /** @description Free text; stays in this service. */
            closeNote: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            declinedAt: string | null;
            /** @description Free text; stays in this service. */
            declineNote: string | null;
            /** @enum {string|null} */
            declineReason: "noCapacity" | "notEligible" | "outOfArea" | "serviceUnavailable" | "other" | null;
            /**
             * Format: date-time
             * @description Deadline running now: to acknowledge while pending, to accept once acknowledged.
             */
            dueBy: string | null;
            /**
             * Format: date-time
             * @description When the deadline was missed.
             */
            escalatedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            identificationId: string;
            isMinor: boolean;
            /** @enum {string} */
            need: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
            /** @enum {string|null} */
            outcome: "serviceProvided" | "personDeclined" | "unreachable" | "transferred" | "consentWithdrawn" | "personalDataErased" | null;
            /**
             * @description Human-readable reference, quoted in notifications.
             * @example R-7K3M9Q2X
             */
            reference: string;
            /** @enum {string} */
            region: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
            /**
             * Format: uuid
             * @description The declined or overdue referral this one replaces.
             */
            reroutedFrom: string | null;
            /**
             * @description Routing rules version the referral was made with.
             * @example 1
             */
            rulesVersion: number;
            /** @enum {string} */
            sex: "female" | "male" | "unknown";
            /** @enum {string} */
            status: "pending" | "acknowledged" | "accepted" | "declined" | "escalated" | "closed";
            urgent: boolean;
            /**
             * @description Quote it (body `version` or `If-Match`) in the next change.
             * @example 1
             */
            version: number;
            /**
             * @description Pseudonymous reference of the person (never a name).
             * @example V-7K3M9Q2XPA
             */
            victimRef: string;
        };
        ResolveEscalationBody: {
            /** @description For other coordinators. No personal data; erased with the person’s data anyway. */
            note?: string;
            /**
             * @description Why the escalation needs no new referral.
             * @enum {string}
             */
            resolution: "assistedOutsideRelais" | "assistanceRefused" | "personUnreachable" | "duplicate" | "needNoLongerPresent";
            /**
             * @description The escalation version this resolution is based on; or send `If-Match: "<version>"`.
             * @example 1
             */
            version?: number;
        };
        RoutingPreviewBody: {
            /**
             * @description Age in years (under 18: a child, who always gets child protection)
             * @example 14
             */
            age: number;
            /**
             * @description Languages spoken (ISO 639 codes)
             * @example [
             *       "bm"
             *     ]
             */
            languages?: string[];
            needs: components["schemas"]["PreviewNeedBody"][];
            /**
             * @example kayes
             * @enum {string}
             */
            region: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
            /**
             * @description A version of the rules (default the one in force)
             * @example 3
             */
            rulesVersion?: number;
            /**
             * @example female
             * @enum {string}
             */
            sex: "female" | "male" | "unknown";
        };
        RoutingPreviewDto: {
            decisions: components["schemas"]["PreviewDecisionDto"][];
            /** @description The rules version used */
            rulesVersion: number;
        };
        RoutingRulesBody: {
            /** @description Deadlines; the most specific rule applies (need and urgency, need, urgency, then the one default rule without either). */
            deadlines: components["schemas"]["DeadlineRuleBody"][];
            /** @description Per need, the agency types eligible and their priorities. */
            needs: components["schemas"]["NeedRulesBody"];
            /**
             * @description The rules version this edit is based on; or send `If-Match: "<version>"`.
             * @example 1
             */
            version?: number;
        };
        RoutingRulesContent: {
            /** @description Deadlines; the most specific rule applies (need and urgency, need, urgency, then the one default rule without either). */
            deadlines: components["schemas"]["DeadlineRuleBody"][];
            /** @description Per need, the agency types eligible and their priorities. */
            needs: components["schemas"]["NeedRulesBody"];
        };
        RoutingRulesViewDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description Who made this version (`system:referral` for a data file). */
            createdBy: string;
            rules: components["schemas"]["RoutingRulesContent"];
            /**
             * @description `file:<data file>@<file version>` or `api`.
             * @example api
             */
            source: string;
            /** @example 2 */
            version: number;
        };
        RoutingScopeChangeDto: {
            accepts?: components["schemas"]["AcceptsBody"];
            regions?: ("kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako" | "national")[];
            services?: ("shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood")[];
        };
        RulesVersionDto: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** @example api */
            source: string;
            /** @example 2 */
            version: number;
        };
        UpdateAgencyBody: {
            /** @description Whom the agency takes. */
            accepts?: components["schemas"]["AcceptsBody"];
            /**
             * @description Whether the agency receives referrals.
             * @default true
             * @example true
             */
            active: boolean;
            /** @description Bed capacity, for shelters: accepting a shelter referral takes a bed. */
            capacity?: components["schemas"]["CapacityBody"];
            /**
             * @description Languages spoken (ISO 639 codes from the languages vocabulary).
             * @example [
             *       "fr",
             *       "bm"
             *     ]
             */
            languages?: string[];
            /**
             * @description Name shown to coordinators and caseworkers.
             * @example ONG Abri — Ségou
             */
            name?: string;
            /**
             * @description Regions covered, or `national` for the whole country (tried when no agency of the region can help).
             * @example [
             *       "segou"
             *     ]
             */
            regions?: ("kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako" | "national")[];
            /**
             * @description Needs the agency meets.
             * @example [
             *       "shelter",
             *       "basicNeeds"
             *     ]
             */
            services?: ("shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood")[];
            /**
             * @description Organisation type (HTCDS org_Type plus Relais protection types); routing rules name the eligible types per need.
             * @example Shelter
             * @enum {string}
             */
            type?: "NGO" | "LawEnforcement" | "HealthServiceOrganisation" | "CentralGovernmentOrganisation" | "LocalGovernmentOrganisation" | "ImmigrationService" | "LegalService" | "CorporateBusiness" | "SchoolOrCollege" | "Shelter" | "ChildProtection" | "HealthService" | "LegalAid" | "PsychosocialSupport" | "ReturnAndReintegration";
            /**
             * @description The agency version this edit is based on; or send `If-Match: "<version>"`.
             * @example 1
             */
            version?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AgenciesController_list: {
        parameters: {
            query?: {
                /** @description Only active (or only inactive) agencies. */
                active?: boolean;
                /** @description Agencies meeting this need. */
                need?: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
                /** @description Agencies serving this region (local or national). */
                region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
                /** @description Agencies of this type. */
                type?: "NGO" | "LawEnforcement" | "HealthServiceOrganisation" | "CentralGovernmentOrganisation" | "LocalGovernmentOrganisation" | "ImmigrationService" | "LegalService" | "CorporateBusiness" | "SchoolOrCollege" | "Shelter" | "ChildProtection" | "HealthService" | "LegalAid" | "PsychosocialSupport" | "ReturnAndReintegration";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyViewDto"][];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AgenciesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgencyBody"];
            };
        };
        responses: {
            /** @description The same request was already made: its answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyViewDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AccountsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agency id. */
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountViewDto"][];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A service this needs (the identity provider, the database) is unavailable: nothing changed, try again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AccountsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry harmless. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Agency id. */
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountBody"];
            };
        };
        responses: {
            /** @description The same request was already made. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedAccountDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedAccountDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A service this needs (the identity provider, the database) is unavailable: nothing changed, try again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AccountsController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agency id. */
                agencyId: string;
                /** @description Account id: the identity provider's user id, the `sub` of the user's tokens. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A service this needs (the identity provider, the database) is unavailable: nothing changed, try again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AccountsController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agency id. */
                agencyId: string;
                /** @description Account id: the identity provider's user id, the `sub` of the user's tokens. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A service this needs (the identity provider, the database) is unavailable: nothing changed, try again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AccountsController_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agency id. */
                agencyId: string;
                /** @description Account id: the identity provider's user id, the `sub` of the user's tokens. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description A service this needs (the identity provider, the database) is unavailable: nothing changed, try again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AgenciesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agency id: lower-case letters, digits and hyphens. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AgenciesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the ETag sent with the resource (`"3"`). Alternative to body `version`. */
                "If-Match"?: string;
            };
            path: {
                /** @description Agency id: lower-case letters, digits and hyphens. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgencyBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyViewDto"];
                };
            };
            /** @description Routing-scope fields wait for the coordinator; the other fields applied. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyEditDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The version the change is based on is missing (body `version` or `If-Match`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AgencyChangeRequestsController_list: {
        parameters: {
            query?: {
                /** @description Which requests; pending by default, `all` for the history. */
                status?: "pending" | "approved" | "rejected" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyChangeRequestDto"][];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AgencyChangeRequestsController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the ETag sent with the resource (`"3"`). Alternative to body `version`. */
                "If-Match"?: string;
            };
            path: {
                /** @description Change request id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideChangeRequestBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyChangeRequestDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The version the change is based on is missing (body `version` or `If-Match`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AgencyChangeRequestsController_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the ETag sent with the resource (`"3"`). Alternative to body `version`. */
                "If-Match"?: string;
            };
            path: {
                /** @description Change request id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideChangeRequestBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyChangeRequestDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The version the change is based on is missing (body `version` or `If-Match`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query: {
                /** @description The person’s pseudonymous reference */
                resourceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonAuditListDto"];
                };
            };
            /** @description A malformed reference. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Only the data protection officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    AuditController_verification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationDto"];
                };
            };
            /** @description A malformed reference. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Only the data protection officer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EscalationsController_list: {
        parameters: {
            query?: {
                /** @description Only escalations with this cause. */
                cause?: "deadlineMissed" | "noCandidate" | "declined";
                /** @description Opaque: the `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Escalated at or after this instant (ISO 8601). */
                from?: string;
                limit?: number;
                /** @description Only escalations for this need. */
                need?: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
                /** @description Only escalations for this region. */
                region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
                /** @description Escalated before this instant (ISO 8601). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationPageDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    EscalationsController_resolve: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the ETag sent with the resource (`"3"`). Alternative to body `version`. */
                "If-Match"?: string;
            };
            path: {
                /** @description Escalation id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveEscalationBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The version the change is based on is missing (body `version` or `If-Match`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReferralStatusesController_list: {
        parameters: {
            query: {
                /** @description Pseudonymous references of the persons (repeat the parameter: `?victimRef=V-…&victimRef=V-…`), at most 50. */
                victimRef: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralStatusListDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReferralsController_list: {
        parameters: {
            query?: {
                /** @description Only referrals to this agency (an agency sees its own whatever this says). */
                agencyId?: string;
                /** @description Opaque: the `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Created at or after this instant (ISO 8601). */
                from?: string;
                limit?: number;
                /** @description Only referrals for this need. */
                need?: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
                /** @description Only referrals in this status. */
                status?: "pending" | "acknowledged" | "accepted" | "declined" | "escalated" | "closed";
                /** @description Created before this instant (ISO 8601). */
                to?: string;
                /** @description Only urgent (or only non-urgent) referrals. */
                urgent?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPageDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReferralsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReferralBody"];
            };
        };
        responses: {
            /** @description The same request was already made: its answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralViewDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReferralsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Referral id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReferralsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the ETag sent with the resource (`"3"`). Alternative to body `version`. */
                "If-Match"?: string;
            };
            path: {
                /** @description Referral id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralTransitionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The version the change is based on is missing (body `version` or `If-Match`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReferralsController_acknowledge: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the ETag sent with the resource (`"3"`). Alternative to body `version`. */
                "If-Match"?: string;
            };
            path: {
                /** @description Referral id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralTransitionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The version the change is based on is missing (body `version` or `If-Match`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReferralsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the ETag sent with the resource (`"3"`). Alternative to body `version`. */
                "If-Match"?: string;
            };
            path: {
                /** @description Referral id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseReferralBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The version the change is based on is missing (body `version` or `If-Match`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    ReferralsController_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the ETag sent with the resource (`"3"`). Alternative to body `version`. */
                "If-Match"?: string;
            };
            path: {
                /** @description Referral id (UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineReferralBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The version the change is based on is missing (body `version` or `If-Match`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RoutingRulesController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingRulesViewDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RoutingRulesController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the change is based on, as the ETag sent with the resource (`"3"`). Alternative to body `version`. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoutingRulesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingRulesViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Conflict: stale version, illegal transition, no bed free, id, username or e-mail already used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The version the change is based on is missing (body `version` or `If-Match`). */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RoutingPreviewController_run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoutingPreviewBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingPreviewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RoutingRulesController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesVersionDto"][];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    RoutingRulesController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Routing rules version. */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoutingRulesViewDto"];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
    VictimsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Pseudonymous reference of the person. */
                victimRef: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralViewDto"][];
                };
            };
            /** @description Invalid request: one entry per field in `errors`, nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The caller's role does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not found, or not visible to the caller (another agency's referral looks the same). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
        };
    };
}
