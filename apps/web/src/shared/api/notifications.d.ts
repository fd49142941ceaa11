// Generated from docs/openapi/notifications.json by `npm run openapi`; do not edit by hand.

export interface paths {
    "/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deliveries (e.g. ?status=failed), newest first */
        get: operations["DeliveriesController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery: status, attempts, last error, timestamps */
        get: operations["DeliveriesController_delivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed delivery again, with a fresh retry window */
        post: operations["DeliveriesController_retryDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's in-app inbox: their agency's (agencyId), their office's (jurisdiction), the coordinator's */
        get: operations["NotificationsController_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read for the caller */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recipients/{recipientId}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the channels of a recipient (never the webhook secret) */
        get: operations["RecipientsController_channels"];
        /**
         * Set the channels of an agency, a prosecutor office or the coordinator
         * @description Replaces the whole configuration. An agency administrator may set only their own agency. The inbox always exists.
         */
        put: operations["RecipientsController_setChannels"];
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
        DeliveryPage: {
            items: components["schemas"]["DeliveryView"][];
            /**
             * Format: uuid
             * @description Pass as `before` for the next page; null on the last page.
             */
            nextCursor: string | null;
        };
        DeliveryView: {
            /** @example 3 */
            attempts: number;
            /** @enum {string} */
            channel: "webhook" | "email" | "sms" | "inbox";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt?: string | null;
            /** Format: uuid */
            eventId: string;
            /** @example referral.created.v1 */
            eventType: string;
            /** Format: date-time */
            failedAt?: string | null;
            /** Format: date-time */
            firstAttemptAt?: string | null;
            /**
             * Format: uuid
             * @description Also the `webhook-id` header of webhook deliveries.
             */
            id: string;
            /** Format: date-time */
            lastAttemptAt?: string | null;
            /**
             * @description A technical reason (status code, timeout), never content or addresses.
             * @example HTTP 503
             */
            lastError: string | null;
            /** Format: date-time */
            nextAttemptAt?: string | null;
            /** @example agency-shelter-mopti */
            recipientId: string;
            /** @enum {string} */
            recipientKind: "agency" | "office" | "coordinator";
            /** @enum {string} */
            status: "pending" | "sending" | "retrying" | "delivered" | "failed";
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
        NotificationPage: {
            items: components["schemas"]["NotificationView"][];
            /** Format: uuid */
            nextCursor: string | null;
            /**
             * @description Unread notifications in the caller's inboxes.
             * @example 4
             */
            unreadCount: number;
        };
        NotificationView: {
            /** @example Nouvelle orientation R-7K2M9QXA : fille, 9-17 ans, région de Mopti, besoin : hébergement. Accusé de réception attendu avant le 10/03/2027 à 14 h 30. */
            body: string;
            /**
             * Format: date-time
             * @description When it reached the inbox.
             */
            createdAt: string;
            /** Format: uuid */
            eventId: string;
            /** @example referral.created.v1 */
            eventType: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened.
             */
            occurredAt: string;
            /** @description Read by the caller (read marks are per user). */
            read: boolean;
            /** Format: date-time */
            readAt: string | null;
            /** @example agency-shelter-mopti */
            recipientId: string;
            /**
             * @description Whose inbox it is in.
             * @enum {string}
             */
            recipientKind: "agency" | "office" | "coordinator";
            /**
             * @description In the caller's language (Accept-Language).
             * @example Nouvelle orientation R-7K2M9QXA
             */
            title: string;
        };
        RecipientChannelsBody: {
            /**
             * @description Addresses that receive each notification (one message per address). Functional addresses are preferred to personal ones.
             * @example [
             *       "permanence@ong-exemple.ml"
             *     ]
             */
            emails?: string[];
            /**
             * @description Language of e-mails and SMS for this recipient.
             * @example fr
             * @enum {string}
             */
            language: "fr" | "en";
            /**
             * @description Mobile numbers in international format (E.164) that receive each notification by SMS.
             * @example [
             *       "+22376000000"
             *     ]
             */
            phones?: string[];
            /** @description Leave out to remove the webhook. */
            webhook?: components["schemas"]["WebhookChannelBody"];
        };
        RecipientChannelsView: {
            /**
             * @description False while nobody has configured this recipient (inbox only, French).
             * @example true
             */
            configured: boolean;
            /**
             * @example [
             *       "permanence@ong-exemple.ml"
             *     ]
             */
            emails: string[];
            /**
             * @description Every recipient has the in-app inbox.
             * @example true
             */
            inbox: boolean;
            /**
             * @example fr
             * @enum {string}
             */
            language: "fr" | "en";
            /**
             * @example [
             *       "+22376000000"
             *     ]
             */
            phones: string[];
            /** @example agency-shelter-mopti */
            recipientId: string;
            /**
             * @example agency
             * @enum {string}
             */
            recipientKind: "agency" | "office" | "coordinator";
            /** Format: date-time */
            updatedAt: string | null;
            /**
             * @description Incremented at each change.
             * @example 3
             */
            version: number | null;
            webhook: components["schemas"]["WebhookChannelView"] | null;
        };
        WebhookChannelBody: {
            /**
             * @description The signing secret, `whsec_` then the base64 of 24 to 64 random bytes (Standard Webhooks format). Stored encrypted, never returned. Omit it to keep the secret already registered for this recipient.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret?: string;
            /**
             * @description The receiver's URL. Relais POSTs each event there as a CloudEvent (structured JSON), signed per Standard Webhooks.
             * @example https://dossiers.ong-exemple.ml/relais/evenements
             */
            url: string;
        };
        WebhookChannelView: {
            /**
             * @description A secret is registered; it is never shown.
             * @example true
             */
            secretConfigured: boolean;
            /** @example https://dossiers.ong-exemple.ml/relais/evenements */
            url: string;
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
    DeliveriesController_deliveries: {
        parameters: {
            query?: {
                /** @description Cursor: the `nextCursor` of the previous page. */
                before?: string;
                channel?: "webhook" | "email" | "sms" | "inbox";
                /** @description The deliveries of one event. */
                eventId?: string;
                eventType?: string;
                limit?: number;
                recipientId?: string;
                recipientKind?: "agency" | "office" | "coordinator";
                status?: "pending" | "sending" | "retrying" | "delivered" | "failed";
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
                    "application/json": components["schemas"]["DeliveryPage"];
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
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Coordinator and system administrators only. */
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
    DeliveriesController_delivery: {
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
                    "application/json": components["schemas"]["DeliveryView"];
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
            /** @description Coordinator and system administrators only. */
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
    DeliveriesController_retryDelivery: {
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
            /** @description The delivery, pending again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"];
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
            /** @description Coordinator and system administrators only. */
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
            /** @description The delivery is not failed. */
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
    NotificationsController_notifications: {
        parameters: {
            query?: {
                /** @description Cursor: the `nextCursor` of the previous page. */
                before?: string;
                limit?: number;
                /** @description Only the notifications the caller has not read. */
                unread?: boolean;
            };
            header?: {
                /** @description fr (default) or en: the language notifications are rendered in. */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["NotificationPage"];
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
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description The token names no agency, office or coordinator role. */
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
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description fr (default) or en: the language notifications are rendered in. */
                "Accept-Language"?: string;
            };
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
                    "application/json": components["schemas"]["NotificationView"];
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
            /** @description The token names no agency, office or coordinator role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not in the caller's inboxes. */
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
    RecipientsController_channels: {
        parameters: {
            query?: {
                /** @description What the id names; `agency` by default, `coordinator` implied by the id `coordinator`. */
                kind?: "agency" | "office" | "coordinator";
            };
            header?: never;
            path: {
                /** @description The agency id (agencyId), the prosecutor office id (officeId), or `coordinator`. */
                recipientId: string;
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
                    "application/json": components["schemas"]["RecipientChannelsView"];
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
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"];
                };
            };
            /** @description Not an administrator of this recipient. */
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
    RecipientsController_setChannels: {
        parameters: {
            query?: {
                /** @description What the id names; `agency` by default, `coordinator` implied by the id `coordinator`. */
                kind?: "agency" | "office" | "coordinator";
            };
            header?: never;
            path: {
                /** @description The agency id (agencyId), the prosecutor office id (officeId), or `coordinator`. */
                recipientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecipientChannelsBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecipientChannelsView"];
                };
            };
            /** @description Invalid body, field by field. */
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
            /** @description Not an administrator of this recipient. */
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
}
