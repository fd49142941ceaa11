// Generated from docs/openapi/intake.json by `npm run openapi`; do not edit by hand.

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
    "/v1/identifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List identifications, without personal data
         * @description Officers see their unit’s, supervisors their region’s, the coordinator all. Newest first; keyset pagination with `limit` and `cursor` (`nextCursor` of the previous page).
         */
        get: operations["IdentificationsController_index"];
        put?: never;
        /**
         * Record an identification (idempotent on its id)
         * @description The reporting unit, institution and officer come from the token. The person’s details are stored encrypted; the event intake.victim-identified.v1 carries only the victimRef and coarse attributes.
         */
        post: operations["IdentificationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identifications:batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record up to 100 identifications made offline
         * @description Each item is validated and recorded on its own (own transaction, idempotent on its id). The answer is 200 whenever the batch itself is well formed, with a status per item as it would have been alone (201, 200, 400, 409…): resend the failed items only, or the whole batch, safely.
         */
        post: operations["IdentificationsController_createBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an identification with the person’s details
         * @description For the reporting unit (and its region’s supervisor), an agency whose referral for the person is accepted, the prosecutor’s office whose case links the person, and the coordinator. Anyone else gets 404. Every attempt is audited.
         */
        get: operations["IdentificationsController_show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct non-identifying fields (place, forms, methods of control, needs, assessment)
         * @description Optimistic concurrency on `version`. Emits intake.identification-corrected.v1 with the full corrected state when a field other services know of changed.
         */
        patch: operations["IdentificationsController_update"];
        trace?: never;
    };
    "/v1/victims/{victimRef}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a consent act (given again, or withdrawn)
         * @description Added to the person’s consent history; when the consent in force changes, intake.consent-changed.v1 tells the other services. Open to those who may read the person’s details, except prosecutors. Idempotent on the act’s id.
         */
        post: operations["VictimsController_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/victims/{victimRef}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase a person’s personal data (crypto-shredding)
         * @description Destroys the person’s data key in the live database: the sealed details and the duplicate-search keys can no longer be read there. Copies taken before the erasure (database backups, archived WAL) still hold the data key wrapped under the master key: they stay readable to whoever holds both until those copies expire or that master key is retired. The identification stays with its codes (statistics are unaffected); intake.personal-data-erased.v1 is emitted once, and each service removes what it holds about the person. Repeating it is harmless.
         */
        delete: operations["VictimsController_erasePersonalData"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        BatchBody: {
            /** @description Identifications recorded while offline, each with its own `id`. */
            items: components["schemas"]["CreateIdentificationBody"][];
        };
        BatchItemResultView: {
            /**
             * @description Error code when the item failed.
             * @example VALIDATION_FAILED
             */
            code?: string;
            /** @description Field-level errors of an invalid item (paths relative to the item). */
            errors?: components["schemas"]["FieldErrorDto"][];
            /** Format: uuid */
            id?: string;
            /**
             * @description Position of the item in the request.
             * @example 0
             */
            index: number;
            /** Format: uuid */
            possibleDuplicateOf?: string;
            /**
             * @description The status this item would have had alone: 201 recorded, 200 replay of an earlier submission, 400 invalid, 403, 409 id reused for another body, 500.
             * @example 201
             */
            status: number;
            /** @example V-7K3M9Q2XRT */
            victimRef?: string;
        };
        BatchResultView: {
            results: components["schemas"]["BatchItemResultView"][];
            summary: components["schemas"]["BatchSummaryView"];
        };
        BatchSummaryView: {
            /** @description Items that failed; send them again once corrected. */
            failed: number;
            /** @description Items recorded now (201). */
            recorded: number;
            /** @description Items already recorded by an earlier submission (200). */
            replayed: number;
        };
        CloudEvent: Record<string, never>;
        ConsentChangeView: {
            /** @description The consent in force after this act. */
            consent: components["schemas"]["ConsentStateView"];
            /** @enum {string} */
            givenBy: "victim" | "guardian" | "notApplicable";
            /**
             * Format: uuid
             * @description The consent act recorded.
             */
            id: string;
            /** Format: uuid */
            identificationId: string;
            /** @enum {string} */
            purpose: "referral" | "dataSharing";
            recipient?: string;
            /** Format: date-time */
            recordedAt: string;
            victimRef: string;
            withdrawn: boolean;
        };
        ConsentRecordView: {
            given: boolean;
            /** @enum {string} */
            givenBy: "victim" | "guardian" | "notApplicable";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            purpose: "referral" | "dataSharing";
            /** @description The recipient the act is limited to (an agency id); absent for every recipient. */
            recipient?: string;
            /** Format: date-time */
            recordedAt: string;
            /** @description Account that recorded it. */
            recordedBy: string;
            withdrawn: boolean;
        };
        ConsentStateView: {
            /** @description Consent to data sharing in force. */
            dataSharing: boolean;
            /**
             * @description Who gave the latest consent act.
             * @enum {string}
             */
            givenBy: "victim" | "guardian" | "notApplicable";
            /** @description Consent to referral in force. */
            referral: boolean;
            /** @description A consent once given was withdrawn. */
            withdrawn: boolean;
        };
        CorrectIdentificationBody: {
            /** @enum {string} */
            assessment?: "PossibleVictimOfTrafficking" | "ActualVictimOfTrafficking";
            forms?: ("ForcedLabour" | "SexualExploitation" | "ChildLabour" | "ForcedMarriage" | "Servitude" | "ForcedMilitaryByNonStateActors" | "OrganRemoval" | "ForcedBegging" | "ForcedAdoption" | "Surrogacy" | "Other" | "HereditarySlavery" | "MigrantSmuggling")[];
            methodsOfControl?: ("PhysicalThreats" | "ThreatsLawEnforcement" | "ThreatensChildrenFamily" | "DebtBondage" | "FalsePromises" | "PhysicalAbuse" | "SexualAbuse" | "TakesEarnings" | "RestrictsFinancialAccess" | "RestrictsMedicalCare" | "WithholdsNecessities" | "PsychologicalAbuse" | "PsychoactiveSubstance" | "ExcessiveWorkingHours" | "WithholdsDocuments" | "RestrictsMovement" | "UsesChildren" | "Other")[];
            /** @description All needs; a child keeps childProtection whatever is sent. */
            needs?: components["schemas"]["NeedBody"][];
            /** @description The whole place, replacing the current one. */
            place?: components["schemas"]["PlaceBody"];
            /**
             * @description The version the correction was made on (from the last read); a stale one gets 409.
             * @example 1
             */
            version: number;
        };
        CreateIdentificationBody: {
            /**
             * @description The officer’s conclusion (HTCDS vic_TraffickingStatus).
             * @example PossibleVictimOfTrafficking
             * @enum {string}
             */
            assessment: "PossibleVictimOfTrafficking" | "ActualVictimOfTrafficking";
            consent: components["schemas"]["InitialConsentBody"];
            exploitation: components["schemas"]["ExploitationBody"];
            /**
             * Format: uuid
             * @description Chosen by the client (UUID, v7 advised) so that a retry cannot record the person twice. Required unless the Idempotency-Key header carries it; both given must match.
             * @example 0193b1e4-6f2a-7c3d-8e4f-5a6b7c8d9e0f
             */
            id?: string;
            /**
             * Format: date-time
             * @description When the person was identified (with offset), not in the future.
             * @example 2026-11-20T09:30:00Z
             */
            identifiedAt: string;
            /**
             * @description ILO indicators of forced labour observed (may be empty).
             * @example [
             *       "deception",
             *       "debtBondage"
             *     ]
             */
            indicators: ("abuseOfVulnerability" | "deception" | "restrictionOfMovement" | "isolation" | "physicalAndSexualViolence" | "intimidationAndThreats" | "retentionOfIdentityDocuments" | "withholdingOfWages" | "debtBondage" | "abusiveWorkingAndLivingConditions" | "excessiveOvertime")[];
            /**
             * @description The officer’s account. Personal data: encrypted, never sent anywhere.
             * @example Trouvé à la gare routière…
             */
            narrative?: string;
            /** @description Protection needs, each at most once. A child always gets childProtection. */
            needs: components["schemas"]["NeedBody"][];
            person: components["schemas"]["PersonBody"];
            place: components["schemas"]["PlaceBody"];
            /** @description Suspected traffickers; only the count leaves intake. */
            suspects?: components["schemas"]["SuspectBody"][];
        };
        ErasureView: {
            /** @description True when the data had already been erased; nothing was done again. */
            alreadyErased: boolean;
            /** Format: date-time */
            erasedAt: string;
            identificationIds: string[];
            victimRef: string;
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
        ExploitationBody: {
            /**
             * @description Country of exploitation, ISO 3166-1 alpha-2.
             * @example ML
             */
            countryOfExploitation?: string;
            /**
             * @description Country of recruitment, ISO 3166-1 alpha-2.
             * @example ML
             */
            countryOfRecruitment?: string;
            /**
             * @description Sector of forced or child labour (HTCDS vic_ForcedLabourIndustry); only with ForcedLabour or ChildLabour.
             * @example B_MiningAndQuarrying
             * @enum {string}
             */
            forcedLabourSector?: "A_AgricultureForestryAndFishing" | "B_MiningAndQuarrying" | "C_Manufacturing" | "D_ElectricityGasSteamAndAirConditioningSupply" | "E_WaterSupplySewerageWasteManagement" | "F_Construction" | "G_WholesaleAndRetailTradeRepairOfMotorVehicles" | "H_TransportationAndStorage" | "I_AccommodationAndFoodServiceActivities" | "J_InformationAndCommunication" | "K_FinancialAndInsuranceActivities" | "L_RealEstateActivities" | "M_ProfessionalScientificAndTechnicalActivities" | "N_AdministrativeAndSupportServiceActivities" | "O_PublicAdministrationAndDefence" | "P_Education" | "Q_HumanHealthAndSocialWorkActivities" | "R_ArtsEntertainmentAndRecreation" | "S_OtherServiceActivities" | "T_ActivitiesOfHouseholdsAsEmployers" | "U_ActivitiesOfExtraterritorialOrganizations";
            /**
             * @description Forms of exploitation: HTCDS vic_TypeOfExploitation plus HereditarySlavery and MigrantSmuggling.
             * @example [
             *       "ForcedBegging"
             *     ]
             */
            forms: ("ForcedLabour" | "SexualExploitation" | "ChildLabour" | "ForcedMarriage" | "Servitude" | "ForcedMilitaryByNonStateActors" | "OrganRemoval" | "ForcedBegging" | "ForcedAdoption" | "Surrogacy" | "Other" | "HereditarySlavery" | "MigrantSmuggling")[];
            /**
             * @description Methods of control (HTCDS vic_MethodsOfControl plus RestrictsMovement, UsesChildren).
             * @example [
             *       "DebtBondage"
             *     ]
             */
            methodsOfControl?: ("PhysicalThreats" | "ThreatsLawEnforcement" | "ThreatensChildrenFamily" | "DebtBondage" | "FalsePromises" | "PhysicalAbuse" | "SexualAbuse" | "TakesEarnings" | "RestrictsFinancialAccess" | "RestrictsMedicalCare" | "WithholdsNecessities" | "PsychologicalAbuse" | "PsychoactiveSubstance" | "ExcessiveWorkingHours" | "WithholdsDocuments" | "RestrictsMovement" | "UsesChildren" | "Other")[];
            /**
             * @description How the person was recruited (HTCDS vic_MethodOfRecruitment).
             * @example ThroughFamilyOrFamilyEvents
             * @enum {string}
             */
            recruitmentMethod?: "AtAPlaceOfBusiness" | "AtAnEducationalInstitution" | "AtWork" | "ThroughOnlineSocialNetworks" | "ThroughAnOnlineAdvertisement" | "ThroughATelevisionAdvert" | "ThroughANewspaperAdvert" | "ThroughFamilyOrFamilyEvents" | "ThroughFriendsOrSocialEvents" | "Other";
            /**
             * @description Relationship to the trafficker (HTCDS vic_RelationshipToTrafficker).
             * @example Acquainted
             * @enum {string}
             */
            relationshipToTrafficker?: "Familial" | "Acquainted" | "Unaquainted";
            /**
             * @description Type of sexual exploitation (HTCDS vic_TypeOfSexExploitation); only with SexualExploitation.
             * @example Prostitution
             * @enum {string}
             */
            sexualExploitationType?: "Prostitution" | "Pornography" | "RemoteInteractiveServices" | "PrivateSexualServices";
            /**
             * Format: date
             * @description When the exploitation began (YYYY-MM-DD), not after the identification.
             * @example 2025-06-01
             */
            startedAt?: string;
        };
        ExploitationView: {
            countryOfExploitation?: string;
            countryOfRecruitment?: string;
            forcedLabourSector?: string;
            forms: ("ForcedLabour" | "SexualExploitation" | "ChildLabour" | "ForcedMarriage" | "Servitude" | "ForcedMilitaryByNonStateActors" | "OrganRemoval" | "ForcedBegging" | "ForcedAdoption" | "Surrogacy" | "Other" | "HereditarySlavery" | "MigrantSmuggling")[];
            methodsOfControl: string[];
            recruitmentMethod?: string;
            relationshipToTrafficker?: string;
            sexualExploitationType?: string;
            /** Format: date */
            startedAt?: string;
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
        IdentificationDetailView: {
            /**
             * @description Why the caller may read this record (as audited).
             * @enum {string}
             */
            accessBasis: "coordinator" | "reportingUnit" | "supervisorRegion" | "acceptedReferral" | "prosecutionCase";
            /** @enum {string} */
            assessment: "PossibleVictimOfTrafficking" | "ActualVictimOfTrafficking";
            consent: components["schemas"]["ConsentStateView"];
            consentRecords: components["schemas"]["ConsentRecordView"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            erasedAt?: string;
            exploitation: components["schemas"]["ExploitationView"];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            identifiedAt: string;
            indicators: ("abuseOfVulnerability" | "deception" | "restrictionOfMovement" | "isolation" | "physicalAndSexualViolence" | "intimidationAndThreats" | "retentionOfIdentityDocuments" | "withholdingOfWages" | "debtBondage" | "abusiveWorkingAndLivingConditions" | "excessiveOvertime")[];
            /** @description Absent when not given or erased. */
            narrative?: string;
            needs: components["schemas"]["NeedView"][];
            person: components["schemas"]["PersonView"];
            place: components["schemas"]["PlaceView"];
            /** Format: uuid */
            possibleDuplicateOf?: string;
            reportedBy: components["schemas"]["ReporterView"];
            /** @enum {string} */
            status: "recorded" | "personalDataErased";
            suspects: components["schemas"]["SuspectView"][];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            victimRef: string;
        };
        IdentificationPageView: {
            items: components["schemas"]["IdentificationSummaryView"][];
            /** @description Opaque: pass it as `cursor` for the next page; absent on the last page. */
            nextCursor?: string;
        };
        IdentificationReceiptView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description An earlier identification that may be the same person (names, birth year or age band, sex). Flagged for review, never merged.
             */
            possibleDuplicateOf?: string;
            /**
             * @example recorded
             * @enum {string}
             */
            status: "recorded" | "personalDataErased";
            /**
             * @description The pseudonymous reference other services know the person by.
             * @example V-7K3M9Q2XRT
             */
            victimRef: string;
        };
        IdentificationSummaryView: {
            /**
             * @description CTDC age band at identification.
             * @enum {string}
             */
            ageGroup: "0-8" | "9-17" | "18-20" | "21-23" | "24-26" | "27-29" | "30-38" | "39-47" | "48+" | "unknown";
            /** @enum {string} */
            assessment: "PossibleVictimOfTrafficking" | "ActualVictimOfTrafficking";
            /** @example Djenné */
            cercle?: string;
            consent: components["schemas"]["ConsentStateView"];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the person’s data was erased.
             */
            erasedAt?: string;
            forms: ("ForcedLabour" | "SexualExploitation" | "ChildLabour" | "ForcedMarriage" | "Servitude" | "ForcedMilitaryByNonStateActors" | "OrganRemoval" | "ForcedBegging" | "ForcedAdoption" | "Surrogacy" | "Other" | "HereditarySlavery" | "MigrantSmuggling")[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            identifiedAt: string;
            /** @enum {string} */
            institution: "police" | "gendarmerie" | "nationalGuard" | "other";
            isMinor: boolean;
            /**
             * @example [
             *       "DebtBondage"
             *     ]
             */
            methodsOfControl: string[];
            /**
             * @example [
             *       "ML"
             *     ]
             */
            nationalities: string[];
            needs: components["schemas"]["NeedView"][];
            /** Format: uuid */
            possibleDuplicateOf?: string;
            /** @enum {string} */
            region: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
            /** @enum {string} */
            sex: "female" | "male" | "unknown";
            /** @enum {string} */
            status: "recorded" | "personalDataErased";
            /** @example 1 */
            suspectsCount: number;
            /** @example brigade-djenne */
            unitId: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Counts corrections; send it back with the next PATCH.
             * @example 2
             */
            version: number;
            /** @example V-7K3M9Q2XRT */
            victimRef: string;
        };
        IdentityDocumentBody: {
            /**
             * @description Issuing country, ISO 3166-1 alpha-2.
             * @example ML
             */
            issuingCountry: string;
            /**
             * @description Document number. Personal data: stored only encrypted.
             * @example 12345678901234A
             */
            number: string;
            /**
             * @description Kind of document (apps/intake/data/identity-document-types.json).
             * @example ninaCard
             * @enum {string}
             */
            type: "nationalIdentityCard" | "ninaCard" | "passport" | "birthCertificate" | "consularCard" | "residencePermit" | "refugeeOrAsylumDocument" | "voterCard" | "drivingLicence" | "other";
        };
        IdentityDocumentView: {
            issuingCountry: string;
            number: string;
            type: string;
        };
        InitialConsentBody: {
            /**
             * @description Consent to share personal details beyond the agencies the person is referred to.
             * @example false
             */
            dataSharing: boolean;
            /**
             * @description Who gave it: a child’s consent is given by a guardian, or is not applicable.
             * @example victim
             * @enum {string}
             */
            givenBy: "victim" | "guardian" | "notApplicable";
            /**
             * Format: date-time
             * @description When consent was recorded (with offset), not in the future.
             * @example 2026-11-20T09:45:00Z
             */
            recordedAt: string;
            /**
             * @description Consent to be referred to protection services.
             * @example true
             */
            referral: boolean;
        };
        NeedBody: {
            /**
             * @description A protection need.
             * @example shelter
             * @enum {string}
             */
            need: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
            /**
             * @description Needs help at once (shorter deadlines; urgent medical care is referred even without consent).
             * @default false
             * @example true
             */
            urgent: boolean;
        };
        NeedView: {
            /** @enum {string} */
            need: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
            urgent: boolean;
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
        PersonBody: {
            /**
             * @description Address. Personal data: encrypted.
             * @example Bamako, Commune IV, Lafiabougou
             */
            address?: string;
            /**
             * Format: date
             * @description Date of birth (YYYY-MM-DD), not after the identification; give this or estimatedAge. Personal data: encrypted.
             * @example 2010-03-14
             */
            dateOfBirth?: string;
            /**
             * @description Disability or health condition relevant to care. Sensitive: encrypted.
             * @example Malentendant
             */
            disability?: string;
            /**
             * @description Age in years estimated by the officer when the birth date is unknown. Encrypted; only the age group leaves intake.
             * @example 14
             */
            estimatedAge?: number;
            /**
             * @description Family name. Personal data: encrypted.
             * @example Traoré
             */
            familyName: string;
            /**
             * @description Gender identity (HTCDS prs_Gender). Sensitive: encrypted.
             * @example Feminine
             * @enum {string}
             */
            genderIdentity?: "Feminine" | "Masculine" | "TransgenderFeminine" | "TransgenderMasculine" | "NonConforming" | "NonSpecifiedUnknown";
            /**
             * @description Given name(s). Personal data: encrypted.
             * @example Aminata
             */
            givenNames: string;
            /** @description Identity documents seen. Personal data: encrypted. */
            identityDocuments?: components["schemas"]["IdentityDocumentBody"][];
            /**
             * @description Languages spoken, ISO 639-1 or ISO 639-2/3 codes of the reference list.
             * @example [
             *       "bm",
             *       "fr"
             *     ]
             */
            languages?: string[];
            /**
             * @description Nationalities, ISO 3166-1 alpha-2.
             * @example [
             *       "ML"
             *     ]
             */
            nationalities: string[];
            /**
             * @description Other names or aliases. Personal data: encrypted.
             * @example Mina
             */
            otherNames?: string;
            /**
             * @description Phone number (international, or Malian without prefix). Personal data: encrypted.
             * @example +22370000000
             */
            phone?: string;
            /**
             * @description The officer presumes the person is a child (age unknown or doubtful): they are then treated as a minor whatever the stated age.
             * @example true
             */
            presumedMinor?: boolean;
            /**
             * @description Sex (HTCDS prs_Sex).
             * @example female
             * @enum {string}
             */
            sex: "female" | "male" | "unknown";
        };
        PersonView: {
            address?: string;
            /** @enum {string} */
            ageGroup: "0-8" | "9-17" | "18-20" | "21-23" | "24-26" | "27-29" | "30-38" | "39-47" | "48+" | "unknown";
            /** Format: date */
            dateOfBirth?: string;
            disability?: string;
            /** @description True once the person’s data was erased (crypto-shredded). */
            erased: boolean;
            estimatedAge?: number;
            familyName?: string;
            genderIdentity?: string;
            givenNames?: string;
            identityDocuments?: components["schemas"]["IdentityDocumentView"][];
            isMinor: boolean;
            languages: string[];
            nationalities: string[];
            otherNames?: string;
            phone?: string;
            /** @description The officer presumed the person a child. */
            presumedMinor?: boolean;
            /** @enum {string} */
            sex: "female" | "male" | "unknown";
        };
        PlaceBody: {
            /**
             * @description Cercle (district) within the region.
             * @example Djenné
             */
            cercle?: string;
            /**
             * @description Commune.
             * @example Djenné
             */
            commune?: string;
            /**
             * @description WGS 84 latitude; give it with longitude.
             * @example 13.9061
             */
            latitude?: number;
            /**
             * @description Locality or landmark where the identification took place (not the person’s address).
             * @example Gare routière
             */
            locality?: string;
            /**
             * @description WGS 84 longitude; give it with latitude.
             * @example -4.5553
             */
            longitude?: number;
            /**
             * @description Region of Mali where the person was identified (lowercase ASCII slug).
             * @example mopti
             * @enum {string}
             */
            region: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
        };
        PlaceView: {
            cercle?: string;
            commune?: string;
            latitude?: number;
            locality?: string;
            longitude?: number;
            /** @enum {string} */
            region: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
        };
        RecordConsentBody: {
            /**
             * @description For a child: guardian or notApplicable.
             * @example guardian
             * @enum {string}
             */
            givenBy: "victim" | "guardian" | "notApplicable";
            /**
             * Format: uuid
             * @description Id of the act, chosen by the client so a retry records it once; or the Idempotency-Key header.
             */
            id?: string;
            /**
             * @example referral
             * @enum {string}
             */
            purpose: "referral" | "dataSharing";
            /**
             * @description Limit the act to one recipient (an agency id). Recorded, but the consent in force that other services see is the one for every recipient.
             * @example shelter-mopti-1
             */
            recipient?: string;
            /**
             * Format: date-time
             * @description When the person (or guardian) said it; not in the future.
             * @example 2026-11-22T10:00:00Z
             */
            recordedAt: string;
            /**
             * @description true: consent withdrawn (or refused); false: consent given.
             * @example true
             */
            withdrawn: boolean;
        };
        ReporterView: {
            /** @enum {string} */
            institution: "police" | "gendarmerie" | "nationalGuard" | "other";
            /** @description The reporting officer’s account id (token subject). */
            officerId: string;
            unitId: string;
        };
        SuspectBody: {
            /**
             * @description Name as the victim gave it. Personal data: encrypted.
             * @example Oumar K.
             */
            name?: string;
            /**
             * @description Nationality, ISO 3166-1 alpha-2.
             * @example ML
             */
            nationality?: string;
            /**
             * @description Relationship to the victim.
             * @example Familial
             * @enum {string}
             */
            relationshipToVictim?: "Familial" | "Acquainted" | "Unaquainted";
            /**
             * @description Role in the trafficking process (HTCDS per_RoleInProcess).
             * @example RecruiterOrIntermediary
             * @enum {string}
             */
            role?: "TravellingPartner" | "Transporter" | "RecruiterOrIntermediary" | "BrokerTravelAgent" | "TransferredIndividual" | "HarbouredIndividual" | "SoldIndividual" | "BoughtIndividual" | "ReceivedIndividual" | "ControlledIndividual" | "Smuggler" | "Abuser" | "Kidnapper" | "Exploiter" | "Other";
            /**
             * @example male
             * @enum {string}
             */
            sex?: "female" | "male" | "unknown";
        };
        SuspectView: {
            /** @description Absent when not given or erased. */
            name?: string;
            nationality?: string;
            relationshipToVictim?: string;
            role?: string;
            /** @enum {string} */
            sex?: "female" | "male" | "unknown";
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
    IdentificationsController_index: {
        parameters: {
            query?: {
                /** @description Opaque: the `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Identified at or after (ISO 8601 date or date-time). */
                from?: string;
                limit?: number;
                /** @description Region of identification (within the caller’s scope). */
                region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
                /** @description Identified before (exclusive; ISO 8601 date or date-time). */
                to?: string;
                /** @description Reporting unit (within the caller’s scope). */
                unitId?: string;
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
                    "application/json": components["schemas"]["IdentificationPageView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, expired or invalid token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
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
    IdentificationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description The identification id (UUID), when not given as `id` in the body; both given must be equal. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIdentificationBody"];
            };
        };
        responses: {
            /** @description Already recorded with this id and the same body: the first answer again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentificationReceiptView"];
                };
            };
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentificationReceiptView"];
                };
            };
            /** @description Invalid, field by field; nothing recorded. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, expired or invalid token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not a police role, or no reporting unit in the token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description This id was already used for a different identification. */
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
    IdentificationsController_createBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchBody"];
            };
        };
        responses: {
            /** @description Per-item results, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResultView"];
                };
            };
            /** @description The batch itself is malformed (not a list, empty, more than 100 items). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, expired or invalid token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
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
    IdentificationsController_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["IdentificationDetailView"];
                };
            };
            /** @description The id is not a UUID. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, expired or invalid token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such identification, or not for this caller. */
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
    IdentificationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectIdentificationBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentificationSummaryView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, expired or invalid token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The identification changed since `version`. */
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
    VictimsController_consent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The act’s id (UUID), when not given as `id` in the body. */
                "Idempotency-Key"?: string;
            };
            path: {
                victimRef: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConsentBody"];
            };
        };
        responses: {
            /** @description Already recorded with this id and the same body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentChangeView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentChangeView"];
                };
            };
            /** @description Invalid, field by field (including a child’s consent given by the child). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, expired or invalid token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description No such person, or not for this caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The id was used for another act, or the person’s data was erased. */
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
    VictimsController_erasePersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["ErasureView"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Missing, expired or invalid token. */
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
