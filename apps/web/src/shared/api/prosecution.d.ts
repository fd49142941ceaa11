// Generated from docs/openapi/prosecution.json by `npm run openapi`; do not edit by hand.

export interface paths {
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
    "/v1/case-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the persons' cases are open (reference, office, stage; nothing of their content): an officer sees those reached through their unit's identifications, a supervisor their region's, the coordinator all. Persons outside that scope have none listed. */
        get: operations["CaseStatusesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases of the caller's jurisdiction (all for the coordinator), newest first */
        get: operations["CasesController_listCases"];
        put?: never;
        /** Open a case at the prosecutor's own office */
        post: operations["CasesController_openCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case file (victims, defendants without identity, hearings, judgments, history); audited */
        get: operations["CasesController_getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/defendants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a defendant; the identity is stored encrypted and never returned here */
        post: operations["DefendantsController_addDefendant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/defendants/{defendantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The defendant with their identity, decrypted for this read (audited) */
        get: operations["DefendantsController_getDefendant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/defendants/{defendantId}/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring charges (offences vocabulary, each with its ICCS code) */
        post: operations["DefendantsController_chargeDefendant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/hearings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Schedule a hearing; the victims' caseworkers are told through the event */
        post: operations["CasesController_scheduleHearing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/judgments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a judgment, one verdict per defendant; sentences outside the law are warned about, not refused */
        post: operations["CasesController_recordJudgment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this case into another (same office, or any for the coordinator); returns the merged case */
        post: operations["CasesController_mergeCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer the case to another office; the former office no longer sees it */
        post: operations["CasesController_transferCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the case to another procedural stage */
        post: operations["CasesController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/victims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a further identification to the case (absorbs its untouched automatic case) */
        post: operations["CasesController_linkVictim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The prosecutor's offices and the places routed to each (says when it is the demo mapping) */
        get: operations["OfficesController_listOffices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/victims/{victimRef}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of a person's cases (no defendant, charge or note): coordinator, the prosecutor's office, and agencies holding an accepted referral for the person */
        get: operations["VictimsController_listCases"];
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
        AddDefendantBody: {
            /**
             * @description When the person became a defendant (ISO 8601); default now
             * @example 2026-11-29T11:00:00Z
             */
            addedAt?: string;
            /**
             * @description policeCustody, pretrialDetention and imprisoned count as in custody
             * @example pretrialDetention
             * @enum {string}
             */
            custody: "atLarge" | "free" | "judicialSupervision" | "policeCustody" | "pretrialDetention" | "imprisoned";
            /** @description Sealed in the vault; at least one of familyName, givenNames, aliases */
            identity: components["schemas"]["DefendantIdentityBody"];
            /**
             * @description ISO 3166-1 alpha-2 nationality
             * @example ML
             */
            nationality?: string;
            /**
             * @description Role in the trafficking process (HTCDS per_RoleInProcess)
             * @example RecruiterOrIntermediary
             * @enum {string}
             */
            role?: "TravellingPartner" | "Transporter" | "RecruiterOrIntermediary" | "BrokerTravelAgent" | "TransferredIndividual" | "HarbouredIndividual" | "SoldIndividual" | "BoughtIndividual" | "ReceivedIndividual" | "ControlledIndividual" | "Smuggler" | "Abuser" | "Kidnapper" | "Exploiter" | "Other";
            /**
             * @example male
             * @enum {string}
             */
            sex: "female" | "male" | "unknown";
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
        CaseDetailDto: {
            cercle: string | null;
            /** @description Without identities (see GET …/defendants/{defendantId}) */
            defendants: components["schemas"]["DefendantSummaryDto"][];
            hearings: components["schemas"]["HearingDto"][];
            /** Format: uuid */
            id: string;
            identificationIds: string[];
            judgments: components["schemas"]["JudgmentDto"][];
            /**
             * Format: uuid
             * @description Set once the case was merged into another
             */
            mergedIntoCaseId: string | null;
            /**
             * @description The prosecutor's office holding the case
             * @example parquet-tgi-mopti
             */
            officeId: string;
            /** Format: date-time */
            openedAt: string;
            /** @enum {string} */
            openedFrom: "identification" | "prosecutor";
            /**
             * @description Human-readable reference quoted in notifications
             * @example C-7K3M9Q2X
             */
            reference: string;
            /** @enum {string} */
            region: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
            /** @description Other cases sharing a victim: candidates for a merge */
            relatedCaseIds: string[];
            /** @enum {string} */
            stage: "reportReceived" | "preliminaryInvestigation" | "judicialInvestigation" | "committedForTrial" | "trial" | "judgment" | "appeal" | "final" | "dismissed" | "noCase";
            /**
             * Format: date-time
             * @description When the current stage took effect
             */
            stageChangedAt: string;
            stageHistory: components["schemas"]["StageChangeDto"][];
            transfers: components["schemas"]["TransferDto"][];
            /**
             * @description Send it back with decisions (optimistic concurrency)
             * @example 1
             */
            version: number;
            /**
             * @description Pseudonymous references of the victims
             * @example [
             *       "V-7K3M9Q2XRT"
             *     ]
             */
            victimRefs: string[];
            victims: components["schemas"]["VictimLinkDto"][];
        };
        CasePageDto: {
            items: components["schemas"]["CaseSummaryDto"][];
            limit: number;
            offset: number;
            total: number;
        };
        CaseStatusDto: {
            /** Format: uuid */
            caseId: string;
            /**
             * @description The prosecutor's office holding the case
             * @example parquet-tgi-mopti
             */
            officeId: string;
            /** @description The office's name, in the caller's language */
            officeName: string;
            /** @description False once the case is final, dismissed or found to be no case */
            open: boolean;
            /** Format: date-time */
            openedAt: string;
            /**
             * @description Human-readable reference quoted in notifications
             * @example C-7K3M9Q2X
             */
            reference: string;
            /** @enum {string} */
            stage: "reportReceived" | "preliminaryInvestigation" | "judicialInvestigation" | "committedForTrial" | "trial" | "judgment" | "appeal" | "final" | "dismissed" | "noCase";
            /**
             * Format: date-time
             * @description When the current stage took effect
             */
            stageChangedAt: string;
            /**
             * @description Pseudonymous reference of the person
             * @example V-7K3M9Q2XRT
             */
            victimRef: string;
        };
        CaseStatusListDto: {
            items: components["schemas"]["CaseStatusDto"][];
        };
        CaseSummaryDto: {
            cercle: string | null;
            /** Format: uuid */
            id: string;
            identificationIds: string[];
            /**
             * Format: uuid
             * @description Set once the case was merged into another
             */
            mergedIntoCaseId: string | null;
            /**
             * @description The prosecutor's office holding the case
             * @example parquet-tgi-mopti
             */
            officeId: string;
            /** Format: date-time */
            openedAt: string;
            /** @enum {string} */
            openedFrom: "identification" | "prosecutor";
            /**
             * @description Human-readable reference quoted in notifications
             * @example C-7K3M9Q2X
             */
            reference: string;
            /** @enum {string} */
            region: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
            /** @enum {string} */
            stage: "reportReceived" | "preliminaryInvestigation" | "judicialInvestigation" | "committedForTrial" | "trial" | "judgment" | "appeal" | "final" | "dismissed" | "noCase";
            /**
             * Format: date-time
             * @description When the current stage took effect
             */
            stageChangedAt: string;
            /**
             * @description Send it back with decisions (optimistic concurrency)
             * @example 1
             */
            version: number;
            /**
             * @description Pseudonymous references of the victims
             * @example [
             *       "V-7K3M9Q2XRT"
             *     ]
             */
            victimRefs: string[];
        };
        ChangeStageBody: {
            /**
             * @description When the decision took effect (ISO 8601), not before the current stage began
             * @example 2026-11-29T10:00:00Z
             */
            at: string;
            /**
             * @description Reference of the act (required for dismissed and noCase)
             * @example CSS n° 2026/114
             */
            decisionRef?: string;
            /** @description Free-text note; stored encrypted, shown only in the audited case file */
            note?: string;
            /**
             * @description The stage to move to; only the steps the procedure allows are accepted (else 409)
             * @example preliminaryInvestigation
             * @enum {string}
             */
            to: "reportReceived" | "preliminaryInvestigation" | "judicialInvestigation" | "committedForTrial" | "trial" | "judgment" | "appeal" | "final" | "dismissed" | "noCase";
            /**
             * @description The case version the decision was taken on (optimistic concurrency; stale → 409)
             * @example 1
             */
            version: number;
        };
        ChargeDefendantBody: {
            /**
             * @description When the charges were brought (ISO 8601); default now
             * @example 2026-11-30T09:00:00Z
             */
            chargedAt?: string;
            /**
             * @description Offences charged (Law 2012-023 and related offences); each is recorded with its ICCS code
             * @example [
             *       "traffickingForcedLabour"
             *     ]
             */
            offences: ("traffickingSexualExploitation" | "traffickingForcedLabour" | "traffickingOrganRemoval" | "traffickingOtherPurposes" | "organisedExploitationOfBegging" | "migrantSmuggling" | "slavery" | "forcedLabour")[];
        };
        ChargeDto: {
            /** Format: date-time */
            chargedAt: string;
            /**
             * @description UNODC ICCS code
             * @example 02042
             */
            iccs: string;
            /** Format: uuid */
            id: string;
            /** @example Loi 2012-023 */
            law: string;
            /** @example traffickingForcedLabour */
            offence: string;
        };
        CloudEvent: Record<string, never>;
        DefendantDetailDto: {
            /** Format: date-time */
            addedAt: string;
            /** Format: uuid */
            caseId: string;
            charges: components["schemas"]["ChargeDto"][];
            /** @enum {string} */
            custody: "atLarge" | "free" | "judicialSupervision" | "policeCustody" | "pretrialDetention" | "imprisoned";
            /** Format: uuid */
            id: string;
            /** @description Decrypted for this audited read; null once erased */
            identity: components["schemas"]["DefendantIdentityDto"] | null;
            inCustody: boolean;
            /** @example ML */
            nationality: string | null;
            /** @example RecruiterOrIntermediary */
            role: string | null;
            /** @enum {string} */
            sex: "female" | "male" | "unknown";
        };
        DefendantIdentityBody: {
            /** @description Last known address */
            address?: string;
            /** @description Aliases and nicknames, for suspects known only by one */
            aliases?: string[];
            /**
             * @description Date of birth, YYYY-MM-DD
             * @example 1985-04-12
             */
            dateOfBirth?: string;
            /** @description Family name (one of familyName, givenNames, aliases is required) */
            familyName?: string;
            /** @description Given names */
            givenNames?: string;
            identityDocuments?: components["schemas"]["IdentityDocumentBody"][];
        };
        DefendantIdentityDto: {
            address?: string;
            aliases?: string[];
            /** Format: date */
            dateOfBirth?: string;
            familyName?: string;
            givenNames?: string;
            identityDocuments?: components["schemas"]["IdentityDocumentDto"][];
        };
        DefendantSummaryDto: {
            /** Format: date-time */
            addedAt: string;
            /** Format: uuid */
            caseId: string;
            charges: components["schemas"]["ChargeDto"][];
            /** @enum {string} */
            custody: "atLarge" | "free" | "judicialSupervision" | "policeCustody" | "pretrialDetention" | "imprisoned";
            /** Format: uuid */
            id: string;
            inCustody: boolean;
            /** @example ML */
            nationality: string | null;
            /** @example RecruiterOrIntermediary */
            role: string | null;
            /** @enum {string} */
            sex: "female" | "male" | "unknown";
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
        HearingDto: {
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            caseId: string;
            court: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "preliminary" | "investigation" | "trial" | "judgment" | "appeal" | "other";
        };
        IdentityDocumentBody: {
            /**
             * @description ISO 3166-1 alpha-2 code of the issuing country
             * @example ML
             */
            issuingCountry?: string;
            /**
             * @example nationalIdCard
             * @enum {string}
             */
            kind: "nationalIdCard" | "passport" | "consularCard" | "birthCertificate" | "drivingLicence" | "residencePermit" | "other";
            /** @description Document number (stored encrypted) */
            number: string;
        };
        IdentityDocumentDto: {
            issuingCountry?: string;
            /** @enum {string} */
            kind: "nationalIdCard" | "passport" | "consularCard" | "birthCertificate" | "drivingLicence" | "residencePermit" | "other";
            number: string;
        };
        JudgmentDto: {
            /** Format: uuid */
            caseId: string;
            court: string;
            decisionRef: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            instance: "first" | "appeal";
            /** Format: date-time */
            renderedAt: string;
            verdicts: components["schemas"]["VerdictDto"][];
            /** @description Sentences outside what the law sets: recorded as given, pointed out */
            warnings: components["schemas"]["WarningDto"][];
        };
        LinkVictimBody: {
            /**
             * @description An identification received from intake, to link to this case
             * @example 01936f3e-5b1a-7c3d-9e4f-a1b2c3d4e5f8
             */
            identificationId: string;
        };
        MergeCaseBody: {
            /**
             * @description The case that absorbs this one
             * @example 01936f3e-5b1a-7c3d-9e4f-a1b2c3d4e5f9
             */
            intoCaseId: string;
            /**
             * @description The version of this case the decision was taken on (stale → 409)
             * @example 2
             */
            version: number;
        };
        OfficeDto: {
            /** @description The court is named in a published source (false: a demo assumption) */
            confirmed: boolean;
            /** @description In the caller's language */
            court: string;
            /** @example parquet-tgi-mopti */
            id: string;
            /** @enum {string} */
            kind: "tgi" | "specialisedPole" | "appealCourt";
            /** @description In the caller's language */
            name: string;
            /**
             * @description Places routed to the office: region or region/cercle
             * @example [
             *       "mopti"
             *     ]
             */
            places: string[];
            seat: string;
        };
        OfficeListDto: {
            notice: string;
            offices: components["schemas"]["OfficeDto"][];
            /** @enum {string} */
            status: "demo" | "official";
            /** @example 2026.1-demo */
            version: string;
        };
        OpenCaseBody: {
            /**
             * @description Cercle where the facts took place
             * @example Djenné
             */
            cercle?: string;
            /**
             * @description The prosecutor's own office; any other is refused (403)
             * @example parquet-tgi-mopti
             */
            officeId?: string;
            /**
             * @description When the matter reached the office (ISO 8601); default now
             * @example 2026-11-28T09:30:00Z
             */
            openedAt?: string;
            /**
             * @description Region where the facts took place
             * @example mopti
             * @enum {string}
             */
            region: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
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
        RecordJudgmentBody: {
            /** @description Court; default the court of the case's office */
            court?: string;
            /**
             * @description Reference of the judgment
             * @example Jugement n° 2027/045
             */
            decisionRef?: string;
            /**
             * @description first: during or after the trial; appeal: during the appeal
             * @example first
             * @enum {string}
             */
            instance: "first" | "appeal";
            /**
             * @description When the judgment was rendered (ISO 8601)
             * @example 2027-02-10T15:00:00Z
             */
            renderedAt: string;
            /** @description One verdict per defendant judged */
            verdicts: components["schemas"]["VerdictBody"][];
        };
        ScheduleHearingBody: {
            /**
             * @description Date and time of the hearing (ISO 8601)
             * @example 2027-01-15T09:00:00Z
             */
            at: string;
            /**
             * @description Court and chamber; default the court of the case's office
             * @example Tribunal de grande instance de Mopti, chambre correctionnelle
             */
            court?: string;
            /**
             * @example trial
             * @enum {string}
             */
            kind: "preliminary" | "investigation" | "trial" | "judgment" | "appeal" | "other";
        };
        StageChangeDto: {
            /** Format: date-time */
            at: string;
            decisionRef: string | null;
            /** @enum {string|null} */
            from: "reportReceived" | "preliminaryInvestigation" | "judicialInvestigation" | "committedForTrial" | "trial" | "judgment" | "appeal" | "final" | "dismissed" | "noCase" | null;
            /** @description Whether a note was recorded (shown even when its text is withheld) */
            hasNote: boolean;
            /** @description Decrypted for this audited read, for the holding office's prosecutor only */
            note: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** @enum {string} */
            to: "reportReceived" | "preliminaryInvestigation" | "judicialInvestigation" | "committedForTrial" | "trial" | "judgment" | "appeal" | "final" | "dismissed" | "noCase";
        };
        TransferCaseBody: {
            /**
             * @description When the transfer took effect (ISO 8601); default now
             * @example 2026-11-30T08:00:00Z
             */
            at?: string;
            /**
             * @description The office that will hold the case (see GET /api/v1/offices)
             * @example pole-judiciaire-specialise-bamako
             */
            toOfficeId: string;
            /**
             * @description The case version the decision was taken on (stale → 409)
             * @example 3
             */
            version: number;
        };
        TransferDto: {
            /** Format: date-time */
            at: string;
            fromOfficeId: string;
            toOfficeId: string;
        };
        UpcomingHearingDto: {
            /** Format: date-time */
            at: string;
            court: string;
            /** @enum {string} */
            kind: "preliminary" | "investigation" | "trial" | "judgment" | "appeal" | "other";
        };
        VerdictBody: {
            /**
             * @description Compensation awarded to the victims, in FCFA
             * @example 2500000
             */
            compensationFcfa?: number;
            /** @description Convicted: the charge ids the conviction is on (default all the defendant's charges). Not for an acquittal. */
            convictedOf?: string[];
            /**
             * @description A defendant of this case
             * @example 01936f3e-5b1a-7c3d-9e4f-a1b2c3d4e5f7
             */
            defendantId: string;
            /**
             * @description Fine in FCFA (convicted only)
             * @example 1000000
             */
            fineFcfa?: number;
            /**
             * @example convicted
             * @enum {string}
             */
            outcome: "convicted" | "acquitted";
            /**
             * @description Months of imprisonment (convicted only)
             * @example 84
             */
            sentenceMonths?: number;
        };
        VerdictDto: {
            /** @description The charges the outcome is on */
            chargeIds: string[];
            compensationFcfa: number | null;
            /** Format: uuid */
            defendantId: string;
            fineFcfa: number | null;
            /**
             * @example [
             *       "02042"
             *     ]
             */
            iccs: string[];
            /** @enum {string} */
            outcome: "convicted" | "acquitted";
            sentenceMonths: number | null;
        };
        VictimCaseStatusDto: {
            /** Format: uuid */
            caseId: string;
            officeId: string;
            /** Format: date-time */
            openedAt: string;
            /** @example C-7K3M9Q2X */
            reference: string;
            /** @enum {string} */
            stage: "reportReceived" | "preliminaryInvestigation" | "judicialInvestigation" | "committedForTrial" | "trial" | "judgment" | "appeal" | "final" | "dismissed" | "noCase";
            /** Format: date-time */
            stageChangedAt: string;
            upcomingHearings: components["schemas"]["UpcomingHearingDto"][];
        };
        VictimLinkDto: {
            /** @description Agencies holding an accepted, open referral for the person (ids) */
            accompaniedBy: string[];
            cercle: string | null;
            /** Format: uuid */
            identificationId: string;
            /** Format: date-time */
            identifiedAt: string;
            /** Format: date-time */
            linkedAt: string;
            /** @description Intake erased the person's details */
            personalDataErased: boolean;
            /** @enum {string} */
            region: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
            /** @example V-7K3M9Q2XRT */
            victimRef: string;
        };
        WarningDto: {
            /** @enum {string} */
            code: "SENTENCE_OUTSIDE_STATUTORY_RANGE" | "IMPRISONMENT_NOT_RECORDED";
            /** Format: uuid */
            defendantId: string;
            /** @example Loi n° 2012-023 du 12 juillet 2012, art. 7 */
            law: string;
            /** @example 120 */
            maxMonths: number;
            /** @description In the caller's language */
            message: string;
            /** @example 60 */
            minMonths: number;
            /** @example loi-2012-023-art-7 */
            penaltyId: string;
            sentenceMonths: number | null;
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
    CaseStatusesController_list: {
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
                    "application/json": components["schemas"]["CaseStatusListDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
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
    CasesController_listCases: {
        parameters: {
            query?: {
                /** @description Include cases merged into another (default false) */
                includeMerged?: boolean;
                limit?: number;
                /** @description Only this office's cases (a prosecutor sees only their own anyway) */
                officeId?: string;
                offset?: number;
                /** @description Opened on or after this day (YYYY-MM-DD, UTC) */
                openedFrom?: string;
                /** @description Opened on or before this day (YYYY-MM-DD, UTC) */
                openedTo?: string;
                region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
                /** @description Only cases at these stages (repeat the parameter or separate with commas) */
                stage?: ("reportReceived" | "preliminaryInvestigation" | "judicialInvestigation" | "committedForTrial" | "trial" | "judgment" | "appeal" | "final" | "dismissed" | "noCase")[];
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
                    "application/json": components["schemas"]["CasePageDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
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
    CasesController_openCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry harmless: the same key with the same body returns the first answer (200); with another body, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCaseBody"];
            };
        };
        responses: {
            /** @description Replay of an earlier request with the same Idempotency-Key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Idempotency-Key reused with another body */
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
    CasesController_getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case id (UUID) */
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
                    "application/json": components["schemas"]["CaseDetailDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such case, or not in your jurisdiction */
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
    DefendantsController_addDefendant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry harmless: the same key with the same body returns the first answer (200); with another body, 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Case id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDefendantBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefendantSummaryDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such case, or not in your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Stage no longer takes defendants, case closed or merged */
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
    DefendantsController_getDefendant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Defendant id (UUID) */
                defendantId: string;
                /** @description Case id (UUID) */
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
                    "application/json": components["schemas"]["DefendantDetailDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such case, or not in your jurisdiction */
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
    DefendantsController_chargeDefendant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry harmless: the same key with the same body returns the first answer (200); with another body, 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Defendant id (UUID) */
                defendantId: string;
                /** @description Case id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChargeDefendantBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefendantSummaryDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such case, or not in your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Offence already charged, stage no longer takes charges, case closed or merged */
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
    CasesController_scheduleHearing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry harmless: the same key with the same body returns the first answer (200); with another body, 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Case id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleHearingBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HearingDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such case, or not in your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Case closed or merged */
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
    CasesController_recordJudgment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry harmless: the same key with the same body returns the first answer (200); with another body, 409 */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Case id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordJudgmentBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgmentDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such case, or not in your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Stage does not allow the judgment, defendant uncharged or already judged */
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
    CasesController_mergeCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeCaseBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such case, or not in your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Stale version, a case already merged or past committal for trial */
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
    CasesController_transferCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferCaseBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such case, or not in your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Stale version, same office, case closed or merged */
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
    CasesController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStageBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such case, or not in your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Illegal step, stale version, decision dated before the current stage, case merged, verdicts missing */
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
    CasesController_linkVictim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Case id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkVictimBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such case, or not in your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The identification belongs to a case that was worked on (merge instead), or the case is closed */
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
    OfficesController_listOffices: {
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
                    "application/json": components["schemas"]["OfficeListDto"];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
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
    VictimsController_listCases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Pseudonymous victim reference from intake */
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
                    "application/json": components["schemas"]["VictimCaseStatusDto"][];
                };
            };
            /** @description Invalid input: one entry per field (VALIDATION_FAILED) or a typed refusal */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The role does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Nothing the caller may see about this person */
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
