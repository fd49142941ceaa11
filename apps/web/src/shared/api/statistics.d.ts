// Generated from docs/openapi/statistics.json by `npm run openapi`; do not edit by hand.

export interface paths {
    "/v1/dashboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboards for the caller's roles, then the public ones */
        get: operations["DashboardsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/dashboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public dashboards (for /statistiques), without a token */
        get: operations["DashboardsController_published"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/statistics/exports/glotip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The UNODC GLOTIP questionnaire layout (protected)
         * @description For publication, without a token: always protected (small counts shown as `<5`, complementary cells hidden as `x`), over whole, completed months only (`from`/`to` are widened to whole months and cut at the end of the last complete month; annual figures default to, and are limited to, completed years; `coverage` says which days were counted and whether the request was snapped; 400 `NOTHING_PUBLISHED_YET` when none of it is complete). JSON `{ rows, disclosure, coverage }`, or CSV with `Accept: text/csv`.
         */
        get: operations["PublicStatisticsController_glotip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/statistics/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SDG 16.2.2 and headline figures (protected)
         * @description For publication, without a token: always protected (small counts shown as `<5`, complementary cells hidden as `x`), over whole, completed months only (`from`/`to` are widened to whole months and cut at the end of the last complete month; annual figures default to, and are limited to, completed years; `coverage` says which days were counted and whether the request was snapped; 400 `NOTHING_PUBLISHED_YET` when none of it is complete). JSON `{ rows, disclosure, coverage }`, or CSV with `Accept: text/csv`.
         */
        get: operations["PublicStatisticsController_indicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/statistics/prosecutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Criminal-justice indicators (protected)
         * @description For publication, without a token: always protected (small counts shown as `<5`, complementary cells hidden as `x`), over whole, completed months only (`from`/`to` are widened to whole months and cut at the end of the last complete month; annual figures default to, and are limited to, completed years; `coverage` says which days were counted and whether the request was snapped; 400 `NOTHING_PUBLISHED_YET` when none of it is complete). JSON `{ rows, disclosure, coverage }`, or CSV with `Accept: text/csv`.
         */
        get: operations["PublicStatisticsController_prosecutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/statistics/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referrals (protected)
         * @description For publication, without a token: always protected (small counts shown as `<5`, complementary cells hidden as `x`), over whole, completed months only (`from`/`to` are widened to whole months and cut at the end of the last complete month; annual figures default to, and are limited to, completed years; `coverage` says which days were counted and whether the request was snapped; 400 `NOTHING_PUBLISHED_YET` when none of it is complete). JSON `{ rows, disclosure, coverage }`, or CSV with `Accept: text/csv`.
         */
        get: operations["PublicStatisticsController_referrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/statistics/victims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Presumed victims identified (protected)
         * @description For publication, without a token: always protected (small counts shown as `<5`, complementary cells hidden as `x`), over whole, completed months only (`from`/`to` are widened to whole months and cut at the end of the last complete month; annual figures default to, and are limited to, completed years; `coverage` says which days were counted and whether the request was snapped; 400 `NOTHING_PUBLISHED_YET` when none of it is complete). JSON `{ rows, disclosure, coverage }`, or CSV with `Accept: text/csv`.
         */
        get: operations["PublicStatisticsController_victims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/exports/glotip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The UNODC GLOTIP questionnaire layout for a year
         * @description JSON `{ rows, disclosure }`, or CSV with `Accept: text/csv`. Exact counts for the roles coordinator and statistician; for every other role, small counts are shown as `<5` and complementary cells hidden (`x`).
         */
        get: operations["StatisticsController_glotip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SDG 16.2.2 (detected victims per 100,000 population) and the action plan's headline figures for a year
         * @description JSON `{ rows, disclosure }`, or CSV with `Accept: text/csv`. Exact counts for the roles coordinator and statistician; for every other role, small counts are shown as `<5` and complementary cells hidden (`x`).
         */
        get: operations["StatisticsController_indicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/prosecutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Criminal-justice indicators (GLOTIP / UN-CTS stages, cases, sentences, time to judgment, hearings)
         * @description JSON `{ rows, disclosure }`, or CSV with `Accept: text/csv`. Exact counts for the roles coordinator and statistician; for every other role, small counts are shown as `<5` and complementary cells hidden (`x`). A prosecutor reads the figures of their own office only (token claim `jurisdiction`), exactly: they can already read each of its cases.
         */
        get: operations["StatisticsController_prosecutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referrals made and what became of them; time from identification to acceptance
         * @description JSON `{ rows, disclosure }`, or CSV with `Accept: text/csv`. Exact counts for the roles coordinator and statistician; for every other role, small counts are shown as `<5` and complementary cells hidden (`x`).
         */
        get: operations["StatisticsController_referrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/victims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Presumed victims identified, by period and dimensions
         * @description JSON `{ rows, disclosure }`, or CSV with `Accept: text/csv`. Exact counts for the roles coordinator and statistician; for every other role, small counts are shown as `<5` and complementary cells hidden (`x`).
         */
        get: operations["StatisticsController_victims"];
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
        CloudEvent: Record<string, never>;
        CoverageDto: {
            /**
             * Format: date
             * @description First day counted
             */
            from: string;
            /** @description True when the days asked were moved: published (protected) figures cover whole, completed months only — a range is widened to whole months and cut at the end of the last complete month, annual figures are for completed years — so that two queries a day apart cannot be subtracted. */
            snapped: boolean;
            /**
             * Format: date
             * @description Last day counted
             */
            to: string;
        };
        DashboardsResponse: {
            /** @description Dashboards as defined in data/dashboards/*.json (id, version, audience, roles, title {fr,en}, sections of charts). Each chart: id, indicator, kind (bar, stackedBar, line), dimensions (category axis, then series; `period` is time), period, measures, title, note, and the request that fills it: `path` under /api/v1/ (or /api/v1/public/) with `params`, to which the reader adds from/to (or year); `regional` when a region filter applies. */
            dashboards: {
                [key: string]: unknown;
            }[];
            /**
             * Format: date-time
             * @description When the read model last took in an event: the figures include everything up to then. Null before any event.
             */
            updatedAt: string | null;
        };
        DisclosureDto: {
            /** @description True for exact counts (roles coordinator and statistician); false for a protected, publishable table. */
            exact: boolean;
            /** @description The table was too sparse to protect cell by cell, so every cell of a count is hidden. */
            hiddenAll: boolean;
            /**
             * @description Counts from 1 to threshold-1 are shown as `<threshold`.
             * @example 5
             */
            threshold: number;
        };
        GlotipResponse: {
            coverage: components["schemas"]["CoverageDto"];
            disclosure: components["schemas"]["DisclosureDto"];
            rows: components["schemas"]["GlotipRow"][];
        };
        GlotipRow: {
            /**
             * @description victims
             * @enum {string}
             */
            ageGroup?: "child" | "adult";
            /**
             * @description persons
             * @enum {string}
             */
            citizenship?: "national" | "foreign" | "unknown";
            count: number | string;
            /**
             * @description victims: GLOTIP form of exploitation
             * @example forcedLabour
             */
            form?: string;
            /** @enum {string} */
            section: "victims" | "persons";
            /** @enum {string} */
            sex?: "female" | "male" | "unknown";
            /**
             * @description persons (trafficking charges, ICCS 0204)
             * @enum {string}
             */
            stage?: "prosecuted" | "convicted";
        };
        IndicatorsResponse: {
            coverage: components["schemas"]["CoverageDto"];
            disclosure: components["schemas"]["DisclosureDto"];
            rows: components["schemas"]["IndicatorsRow"][];
        };
        IndicatorsRow: {
            /**
             * @description One property per breakdown asked (sex, ageGroup, minor, form, region)
             * @enum {string}
             */
            breakdown?: "sex" | "ageGroup" | "minor" | "form" | "region";
            /** @description SDG rows: detected victims of trafficking */
            count?: number | string;
            /**
             * @description SDG rows: which population was used
             * @enum {string|null}
             */
            denominator?: "national" | "nationalBySex" | "region" | null;
            /** @description `sdg-16.2.2`, or a headline figure (victimsIdentified, childVictimsIdentified, referralsMade, victimsReferred, referralsAccepted, referralsAcceptedWithinDeadline, needsWithoutAgency, casesOpened, personsProsecuted, personsConvicted, personsAcquitted, medianHoursToAcceptance) */
            indicator: string;
            /** @description SDG rows: the source of the population, or why a rate is unavailable (noAgeBreakdown, noRegionBySex, regionNotPublished, sexUnknown) */
            note?: string;
            /** @description SDG rows: the census population divided by; null when unavailable */
            population?: number | null;
            /** @description SDG rows: victims per 100,000 population, 2 decimals; null when no population exists for the breakdown */
            ratePer100k?: (number | "x") | null;
            /** @description Headline rows: the figure */
            value?: (number | string) | null;
        };
        ProsecutionsResponse: {
            coverage: components["schemas"]["CoverageDto"];
            disclosure: components["schemas"]["DisclosureDto"];
            rows: components["schemas"]["ProsecutionsRow"][];
        };
        ProsecutionsRow: {
            /** @description persons: acquitted at first instance */
            acquitted?: number | string;
            /**
             * @description Current stage of the case
             * @enum {string}
             */
            caseStage?: "reportReceived" | "preliminaryInvestigation" | "judicialInvestigation" | "committedForTrial" | "trial" | "judgment" | "appeal" | "final" | "dismissed" | "noCase";
            /** @description persons: convicted at first instance */
            convicted?: number | string;
            /** @description persons: brought into formal contact (recorded as defendant) in the period; cases, sentences, hearings: the count; timeToJudgment: victims judged */
            count: number | string;
            /** @enum {string} */
            hearingKind?: "preliminary" | "investigation" | "trial" | "judgment" | "appeal" | "other";
            /**
             * @description ICCS code charged or convicted of (0204x: trafficking in persons); none before any charge
             * @example 02042
             */
            iccs?: string;
            /** @description timeToJudgment: median whole days (nearest rank) */
            medianDays?: (number | "x") | null;
            minor?: boolean;
            /** @description ISO 3166-1 alpha-2, or unknown */
            nationality?: string;
            /** @description Prosecutor's office holding the case */
            office?: string;
            /** @enum {string} */
            openedFrom?: "identification" | "prosecutor";
            /** @description timeToJudgment: 90th percentile of whole days (nearest rank) */
            p90Days?: (number | "x") | null;
            /**
             * @description Present when `period` was asked: `2026-03`, `2026-Q1` or `2026`.
             * @example 2026-03
             */
            period?: string;
            /** @description persons: prosecuted (charged) */
            prosecuted?: number | string;
            /** @enum {string} */
            region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
            /**
             * @description Prison sentence in months
             * @enum {string}
             */
            sentenceBand?: "none" | "1-11" | "12-59" | "60-119" | "120+" | "unknown";
            /** @enum {string} */
            sex?: "female" | "male" | "unknown";
        };
        ReferralsResponse: {
            coverage: components["schemas"]["CoverageDto"];
            disclosure: components["schemas"]["DisclosureDto"];
            rows: components["schemas"]["ReferralsRow"][];
        };
        ReferralsRow: {
            /** @description Of which accepted */
            accepted: number | string;
            /** @description Of which accepted without missing a deadline */
            acceptedWithinDeadline: number | string;
            /** @enum {string} */
            ageGroup?: "0-8" | "9-17" | "18-20" | "21-23" | "24-26" | "27-29" | "30-38" | "39-47" | "48+" | "unknown";
            /** @enum {string} */
            agencyType?: "NGO" | "LawEnforcement" | "HealthServiceOrganisation" | "CentralGovernmentOrganisation" | "LocalGovernmentOrganisation" | "ImmigrationService" | "LegalService" | "CorporateBusiness" | "SchoolOrCollege" | "Shelter" | "ChildProtection" | "HealthService" | "LegalAid" | "PsychosocialSupport" | "ReturnAndReintegration";
            /** @description Of which closed */
            closed: number | string;
            /** @description Referrals made in the period */
            count: number | string;
            /** @description Of which declined */
            declined: number | string;
            /**
             * @description Why the agency declined it (a code); none when not declined
             * @enum {string}
             */
            declineReason?: "noCapacity" | "notEligible" | "outOfArea" | "serviceUnavailable" | "other" | "none";
            /** @description Of which escalated to the coordinator */
            escalated: number | string;
            /** @description Median whole hours from identification to acceptance (nearest rank) */
            medianHoursToAcceptance: (number | "x") | null;
            minor?: boolean;
            /** @enum {string} */
            need?: "shelter" | "medical" | "psychosocial" | "legalAid" | "interpretation" | "familyTracing" | "repatriation" | "childProtection" | "basicNeeds" | "education" | "livelihood";
            /** @description Of which escalated because a deadline was missed */
            overdue: number | string;
            /** @description 90th percentile of the same (nearest rank) */
            p90HoursToAcceptance: (number | "x") | null;
            /**
             * @description Present when `period` was asked: `2026-03`, `2026-Q1` or `2026`.
             * @example 2026-03
             */
            period?: string;
            /** @enum {string} */
            region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
            /** @enum {string} */
            sex?: "female" | "male" | "unknown";
            /** @description acceptedWithinDeadline / count, 3 decimals */
            shareAcceptedWithinDeadline: (number | "x") | null;
            /**
             * @description Current status
             * @enum {string}
             */
            status?: "pending" | "acknowledged" | "accepted" | "declined" | "escalated" | "closed";
            urgent?: boolean;
        };
        VictimsResponse: {
            coverage: components["schemas"]["CoverageDto"];
            disclosure: components["schemas"]["DisclosureDto"];
            rows: components["schemas"]["VictimsRow"][];
        };
        VictimsRow: {
            /**
             * @description CTDC age band
             * @enum {string}
             */
            ageGroup?: "0-8" | "9-17" | "18-20" | "21-23" | "24-26" | "27-29" | "30-38" | "39-47" | "48+" | "unknown";
            /** @enum {string} */
            assessment?: "PossibleVictimOfTrafficking" | "ActualVictimOfTrafficking";
            /** @description Presumed victims identified */
            count: number | string;
            /** @enum {string} */
            form?: "ForcedLabour" | "SexualExploitation" | "ChildLabour" | "ForcedMarriage" | "Servitude" | "ForcedMilitaryByNonStateActors" | "OrganRemoval" | "ForcedBegging" | "ForcedAdoption" | "Surrogacy" | "Other" | "HereditarySlavery" | "MigrantSmuggling";
            /**
             * @description Identifying institution
             * @enum {string}
             */
            institution?: "police" | "gendarmerie" | "nationalGuard" | "other";
            /** @description Under 18 when identified */
            minor?: boolean;
            /**
             * @description ISO 3166-1 alpha-2
             * @example ML
             */
            nationality?: string;
            /**
             * @description Present when `period` was asked: `2026-03`, `2026-Q1` or `2026`.
             * @example 2026-03
             */
            period?: string;
            /** @enum {string} */
            region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
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
    DashboardsController_mine: {
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
                    "application/json": components["schemas"]["DashboardsResponse"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DashboardsController_published: {
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
                    "application/json": components["schemas"]["DashboardsResponse"];
                };
            };
        };
    };
    PublicStatisticsController_glotip: {
        parameters: {
            query?: {
                /** @description Calendar year. Default: the current year. */
                year?: number;
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
                    "application/json": components["schemas"]["GlotipResponse"];
                    "text/csv": components["schemas"]["GlotipResponse"];
                };
            };
            /** @description A query parameter is invalid: one entry per field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accept allows neither application/json nor text/csv */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicStatisticsController_indicators: {
        parameters: {
            query?: {
                /** @description Breakdown of SDG 16.2.2, comma-separated. By sex the base is the population of that sex; by form, the whole population; by region, the region's. No census population exists by age band, for children, or by region and sex: those rates are given as unavailable, with the reason. */
                groupBy?: ("sex" | "ageGroup" | "minor" | "form" | "region")[];
                /** @description Calendar year. Default: the current year. */
                year?: number;
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
                    "application/json": components["schemas"]["IndicatorsResponse"];
                    "text/csv": components["schemas"]["IndicatorsResponse"];
                };
            };
            /** @description A query parameter is invalid: one entry per field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accept allows neither application/json nor text/csv */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicStatisticsController_prosecutions: {
        parameters: {
            query?: {
                /** @description First day counted (inclusive). Default: 1 January of the year of `to`. */
                from?: string;
                /** @description Dimensions to group by, comma-separated (at most 4). persons: stage, sex, nationality, iccs; cases: region, office, openedFrom, caseStage; sentences: sentenceBand, sex, nationality, iccs; timeToJudgment: region, sex, minor; hearings: hearingKind. */
                groupBy?: ("stage" | "sex" | "nationality" | "iccs" | "region" | "office" | "openedFrom" | "caseStage" | "sentenceBand" | "minor" | "hearingKind")[];
                /** @description What to count. persons: persons brought into formal contact, prosecuted, convicted and acquitted at first instance (GLOTIP / UN-CTS); cases: cases opened; sentences: persons convicted by band of prison sentence; timeToJudgment: victims by days from identification to first judgment; hearings: hearings by kind. */
                measure?: "persons" | "cases" | "sentences" | "timeToJudgment" | "hearings";
                /** @description Count only the cases now held by this prosecutor's office (and their persons, sentences, hearings, victims judged). A prosecutor always sees their own office (token claim `jurisdiction`): another office is refused (403). With `region`, only for cases, timeToJudgment. */
                office?: string;
                /** @description Break the counts down by calendar period; without it, one total for the range. */
                period?: "month" | "quarter" | "year";
                /** @description Count only this region: of the case (cases) or of the victim (timeToJudgment); the other measures have none. */
                region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
                /** @description Last day counted (inclusive). Default: today (UTC, which is Mali time). */
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
                    "application/json": components["schemas"]["ProsecutionsResponse"];
                    "text/csv": components["schemas"]["ProsecutionsResponse"];
                };
            };
            /** @description A query parameter is invalid: one entry per field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accept allows neither application/json nor text/csv */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicStatisticsController_referrals: {
        parameters: {
            query?: {
                /** @description First day counted (inclusive). Default: 1 January of the year of `to`. */
                from?: string;
                /** @description Dimensions to group by, comma-separated (at most 4). `status` is the referral's current status; `declineReason` why it was declined (`none` when it was not). */
                groupBy?: ("need" | "agencyType" | "region" | "sex" | "ageGroup" | "minor" | "urgent" | "status" | "declineReason")[];
                /** @description Break the counts down by calendar period; without it, one total for the range. */
                period?: "month" | "quarter" | "year";
                /** @description Count only this region (of the identification, the referral or the case); the table is protected as a table of its own. */
                region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
                /** @description Last day counted (inclusive). Default: today (UTC, which is Mali time). */
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
                    "application/json": components["schemas"]["ReferralsResponse"];
                    "text/csv": components["schemas"]["ReferralsResponse"];
                };
            };
            /** @description A query parameter is invalid: one entry per field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accept allows neither application/json nor text/csv */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PublicStatisticsController_victims: {
        parameters: {
            query?: {
                /** @description First day counted (inclusive). Default: 1 January of the year of `to`. */
                from?: string;
                /** @description Dimensions to group by, comma-separated (at most 4). A victim with several forms of exploitation or nationalities counts once under each. */
                groupBy?: ("region" | "sex" | "ageGroup" | "minor" | "nationality" | "form" | "institution" | "assessment")[];
                /** @description Break the counts down by calendar period; without it, one total for the range. */
                period?: "month" | "quarter" | "year";
                /** @description Count only this region (of the identification, the referral or the case); the table is protected as a table of its own. */
                region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
                /** @description Last day counted (inclusive). Default: today (UTC, which is Mali time). */
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
                    "application/json": components["schemas"]["VictimsResponse"];
                    "text/csv": components["schemas"]["VictimsResponse"];
                };
            };
            /** @description A query parameter is invalid: one entry per field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accept allows neither application/json nor text/csv */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_glotip: {
        parameters: {
            query?: {
                /** @description Calendar year. Default: the current year. */
                year?: number;
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
                    "application/json": components["schemas"]["GlotipResponse"];
                    "text/csv": components["schemas"]["GlotipResponse"];
                };
            };
            /** @description A query parameter is invalid: one entry per field (unknown dimension, bad date, from after to, unknown parameter…) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accept allows neither application/json nor text/csv */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_indicators: {
        parameters: {
            query?: {
                /** @description Breakdown of SDG 16.2.2, comma-separated. By sex the base is the population of that sex; by form, the whole population; by region, the region's. No census population exists by age band, for children, or by region and sex: those rates are given as unavailable, with the reason. */
                groupBy?: ("sex" | "ageGroup" | "minor" | "form" | "region")[];
                /** @description Calendar year. Default: the current year. */
                year?: number;
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
                    "application/json": components["schemas"]["IndicatorsResponse"];
                    "text/csv": components["schemas"]["IndicatorsResponse"];
                };
            };
            /** @description A query parameter is invalid: one entry per field (unknown dimension, bad date, from after to, unknown parameter…) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accept allows neither application/json nor text/csv */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_prosecutions: {
        parameters: {
            query?: {
                /** @description First day counted (inclusive). Default: 1 January of the year of `to`. */
                from?: string;
                /** @description Dimensions to group by, comma-separated (at most 4). persons: stage, sex, nationality, iccs; cases: region, office, openedFrom, caseStage; sentences: sentenceBand, sex, nationality, iccs; timeToJudgment: region, sex, minor; hearings: hearingKind. */
                groupBy?: ("stage" | "sex" | "nationality" | "iccs" | "region" | "office" | "openedFrom" | "caseStage" | "sentenceBand" | "minor" | "hearingKind")[];
                /** @description What to count. persons: persons brought into formal contact, prosecuted, convicted and acquitted at first instance (GLOTIP / UN-CTS); cases: cases opened; sentences: persons convicted by band of prison sentence; timeToJudgment: victims by days from identification to first judgment; hearings: hearings by kind. */
                measure?: "persons" | "cases" | "sentences" | "timeToJudgment" | "hearings";
                /** @description Count only the cases now held by this prosecutor's office (and their persons, sentences, hearings, victims judged). A prosecutor always sees their own office (token claim `jurisdiction`): another office is refused (403). With `region`, only for cases, timeToJudgment. */
                office?: string;
                /** @description Break the counts down by calendar period; without it, one total for the range. */
                period?: "month" | "quarter" | "year";
                /** @description Count only this region: of the case (cases) or of the victim (timeToJudgment); the other measures have none. */
                region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
                /** @description Last day counted (inclusive). Default: today (UTC, which is Mali time). */
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
                    "application/json": components["schemas"]["ProsecutionsResponse"];
                    "text/csv": components["schemas"]["ProsecutionsResponse"];
                };
            };
            /** @description A query parameter is invalid: one entry per field (unknown dimension, bad date, from after to, unknown parameter…) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A prosecutor asked for another office (OFFICE_OUTSIDE_JURISDICTION) or has none in their token (JURISDICTION_REQUIRED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accept allows neither application/json nor text/csv */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_referrals: {
        parameters: {
            query?: {
                /** @description First day counted (inclusive). Default: 1 January of the year of `to`. */
                from?: string;
                /** @description Dimensions to group by, comma-separated (at most 4). `status` is the referral's current status; `declineReason` why it was declined (`none` when it was not). */
                groupBy?: ("need" | "agencyType" | "region" | "sex" | "ageGroup" | "minor" | "urgent" | "status" | "declineReason")[];
                /** @description Break the counts down by calendar period; without it, one total for the range. */
                period?: "month" | "quarter" | "year";
                /** @description Count only this region (of the identification, the referral or the case); the table is protected as a table of its own. */
                region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
                /** @description Last day counted (inclusive). Default: today (UTC, which is Mali time). */
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
                    "application/json": components["schemas"]["ReferralsResponse"];
                    "text/csv": components["schemas"]["ReferralsResponse"];
                };
            };
            /** @description A query parameter is invalid: one entry per field (unknown dimension, bad date, from after to, unknown parameter…) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accept allows neither application/json nor text/csv */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_victims: {
        parameters: {
            query?: {
                /** @description First day counted (inclusive). Default: 1 January of the year of `to`. */
                from?: string;
                /** @description Dimensions to group by, comma-separated (at most 4). A victim with several forms of exploitation or nationalities counts once under each. */
                groupBy?: ("region" | "sex" | "ageGroup" | "minor" | "nationality" | "form" | "institution" | "assessment")[];
                /** @description Break the counts down by calendar period; without it, one total for the range. */
                period?: "month" | "quarter" | "year";
                /** @description Count only this region (of the identification, the referral or the case); the table is protected as a table of its own. */
                region?: "kayes" | "koulikoro" | "sikasso" | "segou" | "mopti" | "tombouctou" | "gao" | "kidal" | "taoudenit" | "menaka" | "nioro" | "kita" | "dioila" | "nara" | "bougouni" | "koutiala" | "san" | "douentza" | "bandiagara" | "bamako";
                /** @description Last day counted (inclusive). Default: today (UTC, which is Mali time). */
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
                    "application/json": components["schemas"]["VictimsResponse"];
                    "text/csv": components["schemas"]["VictimsResponse"];
                };
            };
            /** @description A query parameter is invalid: one entry per field (unknown dimension, bad date, from after to, unknown parameter…) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accept allows neither application/json nor text/csv */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
