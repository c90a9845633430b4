/**
 * The API contract as TypeScript types, generated from /openapi.json by `npm run api:types`.
 * Do not edit: change the route declarations in server/ and run the command again (a test fails when stale).
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the store and Redis both answer */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/wechat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resident sign-in from the mini-program with the code from wx.login() */
        post: operations["signInWithWeChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff sign-in with username and password; repeated failures slow down the source that makes them (429), never lock the account */
        post: operations["signInStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A staff member changes their own password (required first after an administrator set a one-time one); every other session of the account ends */
        post: operations["changeOwnPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends the current session */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the current session belongs to */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One area of the jurisdiction tree (staff, within their own area) */
        get: operations["getArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The areas directly under an area (staff, within their own area) */
        get: operations["listAreaChildren"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A staff account (supervisors and admins, within their own area); the read is audited */
        get: operations["getStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eligibility pre-screen: verdicts, amounts, the reasons that decided them, materials and the next step; the full explanation and timelines with ?detail=full */
        post: operations["screenHousehold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The places with a policy pack, and the programs each offers */
        get: operations["listJurisdictions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{id}/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One place’s policy in plain language: programs, materials, the procedure with deadlines, contacts */
        get: operations["getJurisdictionPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The texts of the declarations an applicant signs, with the version to sign */
        get: operations["listDeclarations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident’s own applications; a village worker’s: every application of their village */
        get: operations["listMyApplications"];
        put?: never;
        /** Start an application draft (residents; village workers for residents of their village, 代为申请) */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow a case a village worker started for you, with the code they gave you */
        post: operations["claimApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with everything it still lacks; the read is audited */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/household": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the household: members with ID numbers, income, assets, supporters (draft only) */
        put: operations["saveHousehold"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a declaration (consent, honesty, verification authorisation, income and assets, relatives of staff) */
        post: operations["signDeclaration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit: a complete application is frozen, numbered and forwarded; an incomplete one gets the one-time notice */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow a case: stages with dates and deadlines, what comes next, the notice and any decision */
        get: operations["getTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submitted cases within the caller’s jurisdiction, oldest first, with the current stage and its deadline */
        get: operations["listCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff give the one-time notice: everything missing, plus pack materials they name; once only */
        post: operations["issueNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a stage of the procedure (受理, 入户调查, 民主评议, 公示, 审批 …) or an objection during a publication, in the order the pack allows and with what its rules ask (the body by `expected[].form`); the applicant is told */
        post: operations["recordStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read or changed the case, when and through which channel, oldest first; the read is audited too */
        get: operations["listCaseAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file for one material item (draft only): JPEG, PNG, WebP or PDF; images are stored without metadata */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One uploaded file, to those who may see the case; every read is audited */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        /** Remove an uploaded file from a draft; the file itself is deleted */
        delete: operations["deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports routed to the caller’s office or below, newest first */
        get: operations["listReports"];
        put?: never;
        /** Make a complaint about a case, or report fraud or favouritism; anonymous reports need no sign-in. Answers a receipt code and a secret, shown once */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow a report with its receipt code and secret (POST, so the secret is never in a URL): status, deadline, who handles it, the answer */
        post: operations["followReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add evidence to a report with its receipt code and secret (until it is answered): a JPEG, PNG, WebP or PDF; images are stored without metadata */
        post: operations["addReportEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One file a reporter added, to the office handling the report; every read is audited */
        get: operations["getReportEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report with the reporter’s contact if they gave it; the read is audited */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/media-disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the media disclosed the problem (媒体披露): it is then investigated within the local limit (once, before the answer) */
        post: operations["recordMediaDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the result of the check and the answer shown to the reporter (once) */
        post: operations["answerReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keep a pre-screen’s household under a short code, so the mini-program can pick it up and nobody types it twice */
        post: operations["createHandoff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handoffs/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pick up a pre-screen handed off from the chat, once: the code is spent by reading it */
        get: operations["takeHandoff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/chat-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A short-lived code the applicant gives the chat bot to follow this case in a chat */
        post: operations["createChatCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bind a chat to a case with its case number and the applicant’s code; answers a credential that reads only that case */
        post: operations["bindChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The timeline of the one case a chat credential was bound to (POST, so the credential is never in a URL) */
        post: operations["getChatTimeline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/chat/unbind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a chat’s binding to its case: the credential stops working and no more updates are pushed to it */
        post: operations["unbindChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{id}/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A county’s parameters: each figure in force today, and the figures the county entered */
        get: operations["listCountyParameters"];
        put?: never;
        /** A county supervisor enters a published figure with its document and effective date; it counts from that date */
        post: operations["enterCountyParameter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public notice (公示) of a village or township: masked names, household size, programme, amount, and how to object */
        get: operations["getPublicNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An approved case becomes a recipient household of each monthly programme, paid from the pack’s start month */
        post: operations["enrolRecipients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recipient households within the caller’s jurisdiction; with reviewDueBy, those whose review falls due */
        get: operations["listRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly payment lists (发放清册) frozen at each cut-off for the caller’s townships, newest first */
        get: operations["listPaymentLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recipients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recipient household with its changes and reviews */
        get: operations["getRecipient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recipients/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 增发、减发、停发: a new amount, or a stop, from a month, with reasons */
        post: operations["changeRecipient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recipients/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A periodic review (复核) done: the next falls due at the pack’s interval */
        post: operations["reviewRecipient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{id}/samplings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The county’s draws, newest first */
        get: operations["listSamplings"];
        put?: never;
        /** Draw township decisions of a period for checking, at the pack’s rate, with a recorded seed */
        post: operations["drawSampling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{id}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per township over a period: received, accepted, decided (within the limit), refused, overdue, complaints; relatives-of-staff cases apart */
        get: operations["getCountyStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{id}/statistics/chart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same statistics as an SVG bar chart, one group per township, each bar labelled with its number */
        get: operations["getCountyStatisticsChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recipients register and the month’s changes (新增、增发、减发、停发) as an Excel workbook for the provincial system */
        get: operations["exportRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/packet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The intake packet as a PDF: application form, household, declarations, materials index and photos */
        get: operations["getIntakePacket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Discovery reports within the caller’s area: open and urgent first, then by follow-up date (no names) */
        get: operations["listDiscoveries"];
        put?: never;
        /** Report a household found in hardship (主动发现报告) to the township, with a follow-up date in working days; urgent (急难) ones are flagged */
        post: operations["reportDiscovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discoveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One discovery report with the household and its follow-ups; the read is audited */
        get: operations["getDiscovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discoveries/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a follow-up: a visit sets the next date in working days; helping to apply, emergency aid, a referral or no need closes the report */
        post: operations["recordDiscoveryFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The places directly under a place (the top places without parentId), each with the policy pack that governs it */
        get: operations["listPlaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Townships and villages whose name contains the words given, each with the names above it (what a report is about) */
        get: operations["findPlaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public settings for the clients: the subscribe-message template to ask for, the upload limit, the languages */
        get: operations["getClientSettings"];
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
        /** @description Every error answer */
        Error: {
            error: {
                /** @description Stable, for programs; the codes an operation can answer are listed with it */
                code: string;
                /** @description In the caller’s language (Accept-Language; zh-CN by default) */
                message: string;
                requestId: string;
                /** @description For validation_failed: one entry per field, named in the caller’s language */
                fields?: {
                    path: string;
                    field: string;
                    message: string;
                }[];
            };
        };
        GetHealthResponse: {
            /** @constant */
            status: "ok";
        };
        GetReadinessResponse: {
            /** @constant */
            status: "ready";
            store: boolean;
            redis: boolean;
            details: {
                /** @description The audit log: reads never wait for sealing, so a lag shows here rather than in latency */
                audit: {
                    /** @description Entries sealed into the hash chain */
                    sealed: number;
                    /** @description Age of the oldest entry not sealed yet */
                    lagSeconds: number;
                    maxLagSeconds: number;
                    /** @description Sealing lags more than AUDIT_MAX_LAG_SECONDS */
                    behind: boolean;
                };
            };
        };
        SignInWithWeChatRequest: {
            code: string;
        };
        SignInWithWeChatResponse: {
            token: string;
            /** @description Seconds */
            expiresIn: number;
            resident: {
                id: string;
            };
        };
        SignInStaffRequest: {
            username: string;
            password: string;
        };
        SignInStaffResponse: {
            token: string;
            /** @description Seconds */
            expiresIn: number;
            staff: {
                id: string;
                username: string;
                /** @enum {string} */
                role: "village_worker" | "township_staff" | "county_supervisor" | "admin";
                areaId: string;
            };
            /** @description The password is a one-time one: only POST /api/v1/auth/password is allowed until it is changed */
            mustChangePassword: boolean;
            /** @description Failed sign-ins on the account since its previous sign-in */
            failedSignIns: {
                count: number;
                lastAt: string | null;
            };
        };
        ChangeOwnPasswordRequest: {
            currentPassword: string;
            newPassword: string;
        };
        ChangeOwnPasswordResponse: {
            token: string;
            /** @description Seconds */
            expiresIn: number;
            staff: {
                id: string;
                username: string;
                /** @enum {string} */
                role: "village_worker" | "township_staff" | "county_supervisor" | "admin";
                areaId: string;
            };
            /** @description The password is a one-time one: only POST /api/v1/auth/password is allowed until it is changed */
            mustChangePassword: boolean;
        };
        SignOutResponse: {
            /** @constant */
            ok: true;
        };
        GetMeResponse: {
            /** @constant */
            kind: "resident";
            id: string;
        } | {
            /** @constant */
            kind: "staff";
            id: string;
            username: string;
            /** @enum {string} */
            role: "village_worker" | "township_staff" | "county_supervisor" | "admin";
            areaId: string;
        };
        GetAreaResponse: {
            id: string;
            name: string;
            /** @enum {string} */
            level: "province" | "city" | "county" | "township" | "village";
            kind: string;
            parentId: string | null;
            path: string[];
            policyPack: string | null;
        };
        ListAreaChildrenResponse: {
            items: {
                id: string;
                name: string;
                /** @enum {string} */
                level: "province" | "city" | "county" | "township" | "village";
                kind: string;
                parentId: string | null;
                path: string[];
                policyPack: string | null;
            }[];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        GetStaffResponse: {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "village_worker" | "township_staff" | "county_supervisor" | "admin";
            areaId: string;
            /** @description Decrypted for authorised readers; every read is audited */
            phone: string | null;
            /** @description Still holds a one-time password set by an administrator */
            mustChangePassword: boolean;
            disabled: boolean;
        };
        ScreeningRequest: {
            /** @description Pack id, e.g. "yichun" (see GET /api/v1/jurisdictions) */
            jurisdiction: string;
            household: components["schemas"]["Household"];
            /** @description Date whose rules and figures apply; today when absent */
            asOf?: string;
        };
        /** @description Household facts for screening */
        Household: {
            /** @description Members living together (共同生活家庭成员), applicant included */
            members: components["schemas"]["HouseholdMember"][];
            /**
             * @description Urban or rural standard applies (城市/农村)
             * @enum {string}
             */
            residenceArea: "urban" | "rural";
            /**
             * @description Household registration (户籍) is in this jurisdiction
             * @default true
             */
            hukouInJurisdiction: boolean;
            /**
             * @description Household actually lives in this jurisdiction
             * @default true
             */
            residesInJurisdiction: boolean;
            /**
             * @description Income not attributable to one member (e.g. contracted land), annual, fen
             * @default {}
             */
            sharedIncome: components["schemas"]["Income"];
            householdIncome?: components["schemas"]["HouseholdIncome"];
            /**
             * @description Household assets (财产状况)
             * @default {}
             */
            assets: {
                /**
                 * @description Housing units besides the home lived in
                 * @default 0
                 */
                otherHousingUnits: number;
                /**
                 * @description Motor vehicles owned
                 * @default 0
                 */
                motorVehicles: number;
                /**
                 * @description Bank savings and securities, fen
                 * @default 0
                 */
                savingsFen: number;
                /**
                 * @description A member runs a registered business
                 * @default false
                 */
                businessRegistered: boolean;
            };
            /**
             * @description Household holds contracted land, forest or fishery rights (土地/山林/渔场确权)
             * @default false
             */
            hasContractedLand: boolean;
            /**
             * @description Legal supporters living outside the household
             * @default []
             */
            legalSupporters: components["schemas"]["LegalSupporter"][];
            /**
             * @description Assistance the household receives now (for 渐退 gradual exit)
             * @default {}
             */
            currentAssistance: {
                /**
                 * @description Currently receives 低保
                 * @default false
                 */
                dibao: boolean;
            };
            /**
             * @description Sudden hardships (for 临时救助 temporary assistance)
             * @default []
             */
            incidents: {
                /**
                 * @description accident 意外事故, fire 火灾, natural_disaster 自然灾害, serious_illness 罹患重病, sudden_event 突发事件
                 * @enum {string}
                 */
                kind: "accident" | "fire" | "natural_disaster" | "serious_illness" | "sudden_event" | "other";
                /** @description A local China calendar date, YYYY-MM-DD */
                occurredOn: string;
                /** @description Whether the hardship happened inside this jurisdiction (急难发生地) */
                inJurisdiction: boolean;
                /** @description Whether it leaves the household unable to meet basic needs */
                basicLivingAtRisk: boolean;
            }[];
            /**
             * @description A member is a close relative (近亲属) of social-assistance staff or of a village committee member
             * @default false
             */
            relatedToStaff: boolean;
            /**
             * @description Someone applies on the household’s behalf (代为申请); set by the application, not the applicant
             * @default false
             */
            appliedOnBehalf: boolean;
        };
        HouseholdMember: {
            /**
             * @description Relation to the applicant (self = the applicant)
             * @enum {string}
             */
            relation: "self" | "spouse" | "child" | "parent" | "grandparent" | "grandchild" | "sibling" | "other";
            /** @description Age in whole years; give this or birthDate */
            age?: number;
            /** @description Date of birth; used to compute age at the screening date */
            birthDate?: string;
            /** @description Disability certificate (残疾证), if any */
            disability?: {
                /** @description Disability certificate grade, 1 (most severe) to 4 */
                grade: number;
                /**
                 * @description Kind of disability on the certificate
                 * @enum {string}
                 */
                kind: "visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple";
            };
            /**
             * @description Has a serious or major illness recognised by the local authorities (重病/重特大疾病)
             * @default false
             */
            seriousIllness: boolean;
            /**
             * @description Current level of full-time study, if a student
             * @enum {string}
             */
            studentLevel?: "preschool" | "primary" | "junior_secondary" | "senior_secondary" | "vocational" | "associate" | "bachelor" | "postgraduate";
            /**
             * @description In employment (已就业)
             * @default false
             */
            employed: boolean;
            /**
             * @description Capacity to work (劳动能力)
             * @default unknown
             * @enum {string}
             */
            workCapacity: "able" | "unable" | "unknown";
            /** @description Disabled serviceman grade (伤残军人等级), 1 to 10 */
            disabledServicemanGrade?: number;
            /**
             * @description Member of a military or martyr family (军烈属)
             * @default false
             */
            militaryOrMartyrFamily: boolean;
            /**
             * @description Old demobilised serviceman living in the countryside (在乡老复员军人)
             * @default false
             */
            demobilisedVeteranInVillage: boolean;
            /**
             * @description Priority-care recipient on a regular pension (定期抚恤的重点优抚对象)
             * @default false
             */
            priorityCarePension: boolean;
            /** @description For clergy who left their family: whole years living at a religious site */
            clergyYearsAtReligiousSite?: number;
            /** @default {} */
            income: components["schemas"]["Income"];
            /**
             * @description Large self-paid costs of illness, disability rehabilitation or study (刚性支出)
             * @default []
             */
            rigidExpenses: {
                /**
                 * @description serious_illness 重病治疗, disability_rehabilitation 残疾康复, education 在校就读
                 * @enum {string}
                 */
                kind: "serious_illness" | "disability_rehabilitation" | "education";
                /** @description Self-paid (自负) annual cost, fen */
                annualFen: number;
                /** @description Whether receipts (支出凭据) exist for this cost */
                receipted: boolean;
            }[];
        };
        /** @description Annual income by the four kinds of income accounting (收入核算), integer fen */
        Income: {
            /**
             * @description 工资性收入: annual wages and labour income, fen
             * @default 0
             */
            wages: number;
            /**
             * @description 经营净收入: annual net business income (farming, trade), fen
             * @default 0
             */
            businessNet: number;
            /**
             * @description 财产净收入: annual net property income (rent, interest), fen
             * @default 0
             */
            propertyNet: number;
            /**
             * @description 转移净收入: annual net transfer income (pensions, support received), fen
             * @default 0
             */
            transferNet: number;
        };
        /** @description Household income as one monthly total, instead of each member’s annual income */
        HouseholdIncome: {
            /** @description The whole household’s income in a month, every member and every kind together, fen (2,500 yuan → 250000) */
            monthlyFen: number;
            /**
             * @description Members in work: each is allowed the work-cost deduction, at most their own wages
             * @default []
             */
            earners: {
                /** @description The member in work, by position in `members` (1 = first) */
                member: number;
                /** @description That member’s wages in a month (part of monthlyFen), fen */
                monthlyWagesFen: number;
            }[];
        };
        LegalSupporter: {
            /** @enum {string} */
            relation: "spouse" | "child" | "parent" | "grandparent" | "grandchild" | "sibling" | "other";
            /**
             * @description Whether this legal supporter (赡养/抚养/扶养义务人) can support the applicant, as the applicant sees it; used only when `means` do not decide it
             * @default unknown
             * @enum {string}
             */
            ableToSupport: "yes" | "no" | "unknown";
            /** @description The supporter’s means: the pack’s rule decides from them whether they can support */
            means?: {
                /** @description Age in whole years */
                age: number;
                /** @description The supporter’s own income over a year, fen; leave out if unknown */
                annualIncomeFen?: number;
                /**
                 * @description Assistance the supporter receives: none, 低保 (dibao) or 特困 (tekun)
                 * @default none
                 * @enum {string}
                 */
                receives: "none" | "dibao" | "tekun";
                /** @description Disability certificate (残疾证), if any */
                disability?: {
                    /** @description Disability certificate grade, 1 (most severe) to 4 */
                    grade: number;
                    /**
                     * @description Kind of disability on the certificate
                     * @enum {string}
                     */
                    kind: "visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple";
                };
                /**
                 * @description no_civil_capacity 无民事行为能力, missing 被宣告失踪, in_prison 在监狱服刑; normal otherwise
                 * @default normal
                 * @enum {string}
                 */
                civilStatus: "normal" | "no_civil_capacity" | "missing" | "in_prison";
                /**
                 * @description Whether the supporter’s property is within the local low-income household limits
                 * @default unknown
                 * @enum {string}
                 */
                assetsWithinLowIncomeLimits: "yes" | "no" | "unknown";
            };
        };
        ScreeningAnswer: {
            jurisdiction: components["schemas"]["JurisdictionRef"];
            /** @description YYYY-MM-DD: the date whose rules and figures were applied */
            asOf: string;
            language: string;
            income: {
                householdSize: number;
                /** @description After the deductions that applied, fen a year */
                countedAnnualFen: number;
                /** @description Per person per month, fen */
                perCapitaMonthlyFen: number;
                /** @description The 低保 standard per person per month, fen; null when the document gives none */
                standardMonthlyFen: number | null;
                position: components["schemas"]["IncomePosition"];
                /** @description What was assumed to count the income (a monthly total, the members in work) */
                assumptions: string[];
            };
            programs: {
                program: components["schemas"]["ProgramId"];
                name: string;
                verdict: components["schemas"]["Verdict"];
                verdictText: string;
                /** @description Estimated monthly amount, fen */
                monthlyAmountFen: number | null;
                /** @description The amount in words, or why there is none */
                amountText: string;
                /** @description The few reasons that decided the verdict (at most 2) */
                reasons: string[];
            }[];
            /** @description Procedural points for this household */
            notices: string[];
            materials: components["schemas"]["MaterialsSummary"];
            nextStep: {
                /** @description What to do next */
                text: string;
                /** @description When a decision is due for each programme still in question, if accepted on asOf */
                decisions: {
                    program: components["schemas"]["ProgramId"];
                    due: string | null;
                    text: string;
                }[];
            };
            detail?: components["schemas"]["ScreeningDetail"];
        };
        JurisdictionRef: {
            id: string;
            name: string;
            divisionCode: string;
        };
        /**
         * @description Per-capita income against the standard: below it; in the 低保边缘 band; above the band; above the standard with no band given; or not known
         * @enum {string}
         */
        IncomePosition: "below" | "margin" | "above_margin" | "above_unknown_margin" | "unknown";
        /** @enum {string} */
        ProgramId: "dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income";
        /**
         * @description likely: the rules point to eligibility; needs_judgment: staff must decide or data is missing
         * @enum {string}
         */
        Verdict: "likely" | "unlikely" | "needs_judgment";
        MaterialsSummary: {
            /** @description False when the local document lists no materials: the list is incomplete */
            listed: boolean;
            note: string | null;
            required: {
                id: string;
                name: string;
                /**
                 * @description ask_staff: staff say whether it applies
                 * @enum {string}
                 */
                certainty: "required" | "ask_staff";
            }[];
            /** @description Looked up by the government: not to be brought */
            lookedUpByGovernment: {
                id: string;
                name: string;
            }[];
        };
        /** @description The full explanation and timelines: only with ?detail=full */
        ScreeningDetail: {
            income: {
                /** @description Before deductions, fen a year */
                grossAnnualFen: number;
                explanation: components["schemas"]["ExplanationStep"][];
            };
            programs: {
                program: components["schemas"]["ProgramId"];
                coverage: ("household" | "single_person" | "gradual_exit") | null;
                /** @description People the estimate covers */
                coveredMembers: number;
                amountUnavailable: components["schemas"]["AmountUnavailable"] | null;
                /** @description Every rule applied, with its source */
                explanation: components["schemas"]["ExplanationStep"][];
            }[];
            notices: components["schemas"]["ExplanationStep"][];
            materials: components["schemas"]["MaterialsList"];
            /** @description Deadlines of each programme still in question if the application were accepted on asOf */
            timelines: components["schemas"]["ProcedureTimeline"][];
        };
        ExplanationStep: {
            /** @description The pack rule or parameter applied, e.g. rules.topUp */
            ruleId: string;
            text: string;
            source: components["schemas"]["Source"] | null;
            sourceText: string | null;
        };
        /** @description Where a rule or figure comes from */
        Source: {
            /** @description Document id, e.g. "002", or the national regulation cited */
            document: string;
            /** @description Section or clause, quoted in Chinese */
            clause: string;
        };
        AmountUnavailable: {
            /** @enum {string} */
            reason: "parameter_not_provided" | "parameter_not_yet_effective" | "amount_rule_not_stated" | "not_a_cash_benefit" | "not_eligible" | "needs_judgment";
            /** @description Parameters whose absence prevents an estimate */
            parameters: string[];
        };
        MaterialsList: {
            /** @description False when the local document lists no materials: the list is incomplete */
            listed: boolean;
            note: string | null;
            required: {
                id: string;
                name: string;
                reason: string;
                /** @enum {string} */
                certainty: "required" | "ask_staff";
                ruleId: string;
                source: components["schemas"]["Source"];
                sourceText: string;
            }[];
            lookedUpByGovernment: {
                id: string;
                name: string;
                sourceText: string;
            }[];
        };
        ProcedureTimeline: {
            program: components["schemas"]["ProgramId"];
            /** @description The timeline in plain language */
            lines: string[];
            stages: {
                id: string;
                name: string;
                /** @enum {string} */
                actor: "applicant" | "village" | "township" | "county";
                /** @description YYYY-MM-DD; null when the stage has no limit or is conditional */
                due: string | null;
            }[];
            /** @description YYYY-MM-DD: the overall limit from acceptance */
            decisionDue: string | null;
            /** @description YYYY-MM-DD: the limit when extended in special cases */
            extendedDue: string | null;
            /** @description When payment starts: YYYY-MM (the month after approval) or YYYY-MM-DD (on approval); null when unknown */
            paymentFrom: string | null;
            /** @description A year without holiday data was crossed; dates count weekends only */
            estimated: boolean;
        };
        Jurisdiction: {
            id: string;
            name: string;
            divisionCode: string;
            nameZh: string;
            nameEn: string;
            programs: {
                id: components["schemas"]["ProgramId"];
                name: string;
            }[];
        };
        ListJurisdictionsResponse: {
            items: components["schemas"]["Jurisdiction"][];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        JurisdictionPolicy: {
            jurisdiction: components["schemas"]["JurisdictionRef"];
            language: string;
            document: {
                id: string;
                title: string;
                issuedBy: string;
                issuedOn: string;
            };
            areaTerms: {
                decidingBody: string[];
                village: string[];
                supervisor: string;
            };
            programs: {
                id: components["schemas"]["ProgramId"];
                name: string;
                summary: string;
                sourceText: string;
            }[];
            materials: {
                listed: boolean;
                note: string | null;
                items: {
                    id: string;
                    name: string;
                    reason: string;
                    /** @description Only needed in some situations */
                    conditional: boolean;
                    obtainedByGovernment: boolean;
                    sourceText: string;
                }[];
            };
            /** @description Each programme’s procedure if accepted today */
            process: components["schemas"]["ProcedureTimeline"][];
            complaints: string[];
            contacts: {
                provided: boolean;
                text: string | null;
                entries: {
                    kind: string;
                    label: string;
                    value: string;
                }[];
            };
            parameters: components["schemas"]["ParameterRow"][];
        };
        ParameterRow: {
            /** @description Path below `parameters` in the pack, e.g. standard.urban */
            id: string;
            name: string;
            /**
             * @description The unit the pack declares the parameter in
             * @enum {string}
             */
            unit: "fen_per_person_month" | "fen_per_month" | "fen_per_person_year" | "fen_once" | "ratio" | "percent" | "months" | "years" | "text" | "asset_limits" | "review_intervals" | "monthly_cutoffs";
            /** @enum {string} */
            status: "provided" | "not_provided" | "not_yet_effective";
            /** @description The value in words, in its unit */
            display: string | null;
            effectiveFrom: string | null;
            /** @description Why the document gives no figure */
            note: string | null;
            sourceText: string | null;
        };
        ListDeclarationsResponse: {
            items: {
                /** @enum {string} */
                kind: "privacy_consent" | "honesty" | "verification_authorization" | "income_assets" | "relatives_of_staff";
                title: string;
                text: string;
                /** @description Hash of the binding Chinese text; send it back when signing */
                textVersion: string;
            }[];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        CreateApplicationRequest: {
            /** @description The village or township where the application is made (see placeBasis) */
            areaId: string;
            /**
             * @description registration: the area is the household registration (户籍地); residence: where the applicant lives or the hardship happened, allowed only for 临时救助 where the pack lifts the registration limit
             * @default registration
             * @enum {string}
             */
            placeBasis: "registration" | "residence";
            programs: components["schemas"]["ProgramId"][];
            /** @description 代为申请: required when a village worker applies for a resident, refused otherwise */
            onBehalf?: {
                /** @enum {string} */
                basis: "no_civil_capacity" | "elderly" | "disabled" | "entrusted";
            };
        };
        OneTimeNotice: {
            issuedOn: string;
            /** @enum {string} */
            trigger: "submission" | "staff_request";
            channel: string;
            items: {
                /** @enum {string} */
                kind: "fact" | "material";
                code: string;
                member: string | null;
                name: string;
                reason: string | null;
                sourceText: string | null;
            }[];
            additions: {
                on: string;
                items: {
                    /** @enum {string} */
                    kind: "fact" | "material";
                    code: string;
                    member: string | null;
                    name: string;
                    reason: string | null;
                    sourceText: string | null;
                }[];
                changedFacts: string[];
            }[];
        } | null;
        Attachment: {
            id: string;
            /** @enum {string} */
            contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
            bytes: number;
            width: number | null;
            height: number | null;
            /** @description Of the stored file (images are re-encoded without metadata), hex */
            sha256: string;
            uploadedBy: {
                kind: string;
                role: string | null;
            };
            uploadedAt: string;
            materialId: string;
        };
        Completeness: {
            complete: boolean;
            facts: {
                code: string;
                member: string | null;
                message: string;
            }[];
            /** @description Null until the household is known; `required` lists only what is still missing */
            materials: {
                /** @description False when the local document lists no materials: the list is incomplete */
                listed: boolean;
                note: string | null;
                required: {
                    id: string;
                    name: string;
                    reason: string;
                    /** @enum {string} */
                    certainty: "required" | "ask_staff";
                    ruleId: string;
                    source: components["schemas"]["Source"];
                    sourceText: string;
                }[];
                lookedUpByGovernment: {
                    id: string;
                    name: string;
                    sourceText: string;
                }[];
                provided: {
                    id: string;
                    name: string;
                    /** @enum {string} */
                    by: "upload" | "declaration";
                }[];
            } | null;
            /** @description Missing now but not on the one-time notice, and the facts did not change: never asked for */
            notRequired: {
                code: string;
                name: string;
            }[];
        };
        CreateApplicationResponse: {
            id: string;
            status: string;
            caseNumber: string | null;
            jurisdiction: string;
            areaId: string;
            programs: ("dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income")[];
            revision: number;
            updatedAt: string;
            onBehalf: {
                /** @enum {string} */
                basis: "no_civil_capacity" | "elderly" | "disabled" | "entrusted";
            } | null;
            /** @enum {string} */
            placeBasis: "registration" | "residence";
            members: {
                name: string;
                /** @description Masked: the first 6 and the last 4 characters */
                idNumber: string | null;
                facts: {
                    [key: string]: unknown;
                };
            }[];
            household: {
                [key: string]: unknown;
            } | null;
            /** @description Masked: the last 4 digits */
            phone: string | null;
            declarations: {
                /** @enum {string} */
                kind: "privacy_consent" | "honesty" | "verification_authorization" | "income_assets" | "relatives_of_staff";
                signedAt: string;
                /** @enum {string} */
                signedBy: "resident" | "staff";
            }[];
            notice: components["schemas"]["OneTimeNotice"];
            /** @description Uploaded files; each is read at …/attachments/{attachmentId} */
            attachments: components["schemas"]["Attachment"][];
            missing: components["schemas"]["Completeness"];
            /** @description Staff only (null for residents): Members also listed, by ID number, in another open application */
            sharedMembers: {
                /** @description The member’s position in this application’s household, from 1 */
                member: number;
                cases: {
                    id: string;
                    caseNumber: string | null;
                    /** @enum {string} */
                    status: "draft" | "submitted" | "in_progress";
                    /** @description The name of the village or township where it was made */
                    area: string;
                }[];
            }[] | null;
            claimCode: string | null;
        };
        ApplicationSummary: {
            id: string;
            status: string;
            caseNumber: string | null;
            jurisdiction: string;
            areaId: string;
            programs: ("dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income")[];
            revision: number;
            updatedAt: string;
        };
        ListMyApplicationsResponse: {
            items: components["schemas"]["ApplicationSummary"][];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        ClaimApplicationRequest: {
            code: string;
        };
        Application: {
            id: string;
            status: string;
            caseNumber: string | null;
            jurisdiction: string;
            areaId: string;
            programs: ("dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income")[];
            revision: number;
            updatedAt: string;
            onBehalf: {
                /** @enum {string} */
                basis: "no_civil_capacity" | "elderly" | "disabled" | "entrusted";
            } | null;
            /** @enum {string} */
            placeBasis: "registration" | "residence";
            members: {
                name: string;
                /** @description Masked: the first 6 and the last 4 characters */
                idNumber: string | null;
                facts: {
                    [key: string]: unknown;
                };
            }[];
            household: {
                [key: string]: unknown;
            } | null;
            /** @description Masked: the last 4 digits */
            phone: string | null;
            declarations: {
                /** @enum {string} */
                kind: "privacy_consent" | "honesty" | "verification_authorization" | "income_assets" | "relatives_of_staff";
                signedAt: string;
                /** @enum {string} */
                signedBy: "resident" | "staff";
            }[];
            notice: components["schemas"]["OneTimeNotice"];
            /** @description Uploaded files; each is read at …/attachments/{attachmentId} */
            attachments: components["schemas"]["Attachment"][];
            missing: components["schemas"]["Completeness"];
            /** @description Staff only (null for residents): Members also listed, by ID number, in another open application */
            sharedMembers: {
                /** @description The member’s position in this application’s household, from 1 */
                member: number;
                cases: {
                    id: string;
                    caseNumber: string | null;
                    /** @enum {string} */
                    status: "draft" | "submitted" | "in_progress";
                    /** @description The name of the village or township where it was made */
                    area: string;
                }[];
            }[] | null;
        };
        SaveHouseholdRequest: {
            /** @description The revision the change is based on */
            revision: number;
            phone?: string;
            members: {
                name: string;
                idNumber?: string;
                facts: {
                    /**
                     * @description Relation to the applicant (self = the applicant)
                     * @enum {string}
                     */
                    relation: "self" | "spouse" | "child" | "parent" | "grandparent" | "grandchild" | "sibling" | "other";
                    /** @description Age in whole years; give this or birthDate */
                    age?: number;
                    /** @description Date of birth; used to compute age at the screening date */
                    birthDate?: string;
                    /** @description Disability certificate (残疾证), if any */
                    disability?: {
                        /** @description Disability certificate grade, 1 (most severe) to 4 */
                        grade: number;
                        /**
                         * @description Kind of disability on the certificate
                         * @enum {string}
                         */
                        kind: "visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple";
                    };
                    /**
                     * @description Has a serious or major illness recognised by the local authorities (重病/重特大疾病)
                     * @default false
                     */
                    seriousIllness: boolean;
                    /**
                     * @description Current level of full-time study, if a student
                     * @enum {string}
                     */
                    studentLevel?: "preschool" | "primary" | "junior_secondary" | "senior_secondary" | "vocational" | "associate" | "bachelor" | "postgraduate";
                    /**
                     * @description In employment (已就业)
                     * @default false
                     */
                    employed: boolean;
                    /**
                     * @description Capacity to work (劳动能力)
                     * @default unknown
                     * @enum {string}
                     */
                    workCapacity: "able" | "unable" | "unknown";
                    /** @description Disabled serviceman grade (伤残军人等级), 1 to 10 */
                    disabledServicemanGrade?: number;
                    /**
                     * @description Member of a military or martyr family (军烈属)
                     * @default false
                     */
                    militaryOrMartyrFamily: boolean;
                    /**
                     * @description Old demobilised serviceman living in the countryside (在乡老复员军人)
                     * @default false
                     */
                    demobilisedVeteranInVillage: boolean;
                    /**
                     * @description Priority-care recipient on a regular pension (定期抚恤的重点优抚对象)
                     * @default false
                     */
                    priorityCarePension: boolean;
                    /** @description For clergy who left their family: whole years living at a religious site */
                    clergyYearsAtReligiousSite?: number;
                    /** @default {} */
                    income: components["schemas"]["Income"];
                    /**
                     * @description Large self-paid costs of illness, disability rehabilitation or study (刚性支出)
                     * @default []
                     */
                    rigidExpenses: {
                        /**
                         * @description serious_illness 重病治疗, disability_rehabilitation 残疾康复, education 在校就读
                         * @enum {string}
                         */
                        kind: "serious_illness" | "disability_rehabilitation" | "education";
                        /** @description Self-paid (自负) annual cost, fen */
                        annualFen: number;
                        /** @description Whether receipts (支出凭据) exist for this cost */
                        receipted: boolean;
                    }[];
                };
            }[];
            household: {
                /**
                 * @description Urban or rural standard applies (城市/农村)
                 * @enum {string}
                 */
                residenceArea: "urban" | "rural";
                /**
                 * @description Household registration (户籍) is in this jurisdiction
                 * @default true
                 */
                hukouInJurisdiction: boolean;
                /**
                 * @description Household actually lives in this jurisdiction
                 * @default true
                 */
                residesInJurisdiction: boolean;
                /**
                 * @description Income not attributable to one member (e.g. contracted land), annual, fen
                 * @default {}
                 */
                sharedIncome: components["schemas"]["Income"];
                householdIncome?: components["schemas"]["HouseholdIncome"];
                /**
                 * @description Household assets (财产状况)
                 * @default {}
                 */
                assets: {
                    /**
                     * @description Housing units besides the home lived in
                     * @default 0
                     */
                    otherHousingUnits: number;
                    /**
                     * @description Motor vehicles owned
                     * @default 0
                     */
                    motorVehicles: number;
                    /**
                     * @description Bank savings and securities, fen
                     * @default 0
                     */
                    savingsFen: number;
                    /**
                     * @description A member runs a registered business
                     * @default false
                     */
                    businessRegistered: boolean;
                };
                /**
                 * @description Household holds contracted land, forest or fishery rights (土地/山林/渔场确权)
                 * @default false
                 */
                hasContractedLand: boolean;
                /**
                 * @description Legal supporters living outside the household
                 * @default []
                 */
                legalSupporters: components["schemas"]["LegalSupporter"][];
                /**
                 * @description Assistance the household receives now (for 渐退 gradual exit)
                 * @default {}
                 */
                currentAssistance: {
                    /**
                     * @description Currently receives 低保
                     * @default false
                     */
                    dibao: boolean;
                };
                /**
                 * @description Sudden hardships (for 临时救助 temporary assistance)
                 * @default []
                 */
                incidents: {
                    /**
                     * @description accident 意外事故, fire 火灾, natural_disaster 自然灾害, serious_illness 罹患重病, sudden_event 突发事件
                     * @enum {string}
                     */
                    kind: "accident" | "fire" | "natural_disaster" | "serious_illness" | "sudden_event" | "other";
                    /** @description A local China calendar date, YYYY-MM-DD */
                    occurredOn: string;
                    /** @description Whether the hardship happened inside this jurisdiction (急难发生地) */
                    inJurisdiction: boolean;
                    /** @description Whether it leaves the household unable to meet basic needs */
                    basicLivingAtRisk: boolean;
                }[];
                /**
                 * @description A member is a close relative (近亲属) of social-assistance staff or of a village committee member
                 * @default false
                 */
                relatedToStaff: boolean;
                /**
                 * @description Someone applies on the household’s behalf (代为申请); set by the application, not the applicant
                 * @default false
                 */
                appliedOnBehalf: boolean;
            };
        };
        SignDeclarationRequest: {
            revision: number;
            /** @enum {string} */
            kind: "privacy_consent" | "honesty" | "verification_authorization" | "income_assets" | "relatives_of_staff";
            textVersion: string;
            /**
             * @description The signer has read the text and agrees
             * @constant
             */
            agree: true;
            relatives?: {
                /** @description A member is a close relative of social-assistance staff or of a village committee member */
                related: boolean;
                /** @description Who, related how, in which post */
                details?: string;
            };
        };
        SubmitApplicationRequest: {
            revision: number;
        };
        SubmitApplicationResponse: {
            /** @enum {string} */
            outcome: "submitted" | "notice_issued" | "incomplete";
            application: components["schemas"]["Application"];
        };
        CaseTimeline: {
            caseNumber: string | null;
            status: string;
            stages: {
                id: string;
                name: string;
                /** @description 1, or 2… for a stage run again after an objection */
                occurrence: number;
                /** @enum {string} */
                state: "done" | "current" | "upcoming";
                /** @description When it was done (a publication: when it was posted) */
                on: string | null;
                /** @description A publication: its last day */
                until: string | null;
                /** @description Its deadline, when the pack sets one and it can be known */
                due: string | null;
                basis: ("own_limit" | "overall_limit") | null;
                /** @description Counted from an earlier stage’s deadline: earlier if that finishes early */
                projected: boolean;
                /** @description Periods the pack says do not count that this date leaves out */
                excludes: ("publication" | "verification")[];
                /** @description YYYY-MM: the monthly round the stage is expected in */
                round: string | null;
                /** @description What qualifies the date, in words */
                notes: string[];
                outcome: string | null;
                /** @description An objection was raised during this publication on this day */
                objection: string | null;
                /** @description What staff recorded for the stage */
                record: {
                    /** @description Who visited the household */
                    investigators?: string[];
                    vote?: {
                        participants: number;
                        inFavour: number;
                        passed: boolean;
                    };
                    amountsFen?: {
                        [key: string]: number;
                    };
                    /** @description Granted first, documented after (先行救助、后补材料) */
                    emergency?: boolean;
                } | null;
            }[];
            current: {
                id: string;
                name: string;
                due: string | null;
                overdue: boolean;
                projected: boolean;
                /** @description A publication before it must end first */
                notBefore: string | null;
            } | null;
            /** @description The stage after the current one */
            next: string | null;
            /** @description What staff may record now */
            expected: {
                stage: string;
                name: string;
                /** @enum {string} */
                event: "done" | "objection";
                /**
                 * @description Which body POST …/stages takes (see the stage README)
                 * @enum {string}
                 */
                form: "acceptance" | "approval" | "home_visit" | "community_review" | "publication" | "objection" | "step";
                /** @description The approval granted first (send emergency: true) */
                emergency: boolean;
                /** @description For an objection: the stage it opens */
                opens: string | null;
                notBefore: string | null;
                /** @description An objection’s window */
                within: {
                    /** @description YYYY-MM-DD */
                    from: string;
                    to: string | null;
                } | null;
                investigatorsMin: number | null;
                vote: {
                    minParticipants: number;
                    odd: boolean;
                    villagerRepresentativesAtLeast: string | null;
                    committeeMembersAtMost: string | null;
                    passesAtLeast: string;
                } | null;
                /** @description Programmes an approval must give an amount for */
                amountsFor: string[];
            }[];
            /** @description The overall limit from acceptance to decision, when the pack sets one; of several programmes, the earliest */
            decisionDue: {
                /** @description The programme whose limit falls first */
                program: string;
                workingDays: number;
                /** @description YYYY-MM-DD */
                due: string;
                extendedDue: string | null;
                /** @description Periods the pack says do not count that this date leaves out */
                excludes: ("publication" | "verification")[];
                estimated: boolean;
            } | null;
            /** @description When payment starts, for each programme whose document says */
            payment: {
                program: string;
                /** @enum {string} */
                rule: "month_after_approval" | "on_approval";
                from: string | null;
                projected: boolean;
                text: string;
            }[];
            /** @description What the applicant must do now */
            applicantAction: string;
            notice: components["schemas"]["OneTimeNotice"];
            decision: {
                outcome: string;
                text: string;
                reasons: string | null;
                /** @description YYYY-MM-DD */
                on: string;
                amountsFen: {
                    [key: string]: number;
                } | null;
                emergency: boolean;
            } | null;
        };
        ListCasesResponse: {
            items: {
                id: string;
                caseNumber: string | null;
                status: string;
                areaId: string;
                /** @description The applicant’s name */
                applicant: string | null;
                programs: string[];
                submittedAt: string | null;
                /** @description The pack’s id of the stage the case waits on */
                currentStageId: string | null;
                currentStage: string | null;
                currentDue: string | null;
                overdue: boolean;
                /** @description Not overdue, but due within two working days */
                dueSoon: boolean;
            }[];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        IssueNoticeRequest: {
            /** @default [] */
            materials: string[];
        };
        StageRecordRequest: {
            stage: string;
            /** @description The day it happened (a publication: the day it was posted; an objection: the day it was raised) */
            on?: string;
            note?: string;
            /**
             * @description objection: an objection raised during a publication
             * @enum {string}
             */
            event?: "done" | "objection";
            /**
             * @description 受理 and 审批/确认 stages
             * @enum {string}
             */
            outcome?: "accepted" | "not_accepted" | "approved" | "refused";
            /** @description Required when not accepted or refused */
            reasons?: string;
            /** @description 审批/确认 approved: the amount of each paying programme */
            amountsFen?: {
                [key: string]: number;
            };
            /** @description 审批/确认: granted first, documented after (where the pack allows) */
            emergency?: boolean;
            /** @description 入户调查: who visited */
            investigators?: {
                /** @description A staff account of this jurisdiction */
                staffId?: string;
                /** @description Name of someone without an account */
                name?: string;
            }[];
            /** @description 民主评议: who took part, how they voted */
            vote?: {
                participants: number;
                villagerRepresentatives: number;
                committeeMembers: number;
                inFavour: number;
            };
        };
        AuditEntry: {
            /** @description Position in the sealed chain; null until sealed (seconds) */
            seq: number | null;
            at: string;
            actor: {
                kind: string;
                id: string;
                role: string | null;
            };
            channel: string;
            action: string;
            details: {
                [key: string]: unknown;
            } | null;
        };
        ListCaseAuditResponse: {
            items: components["schemas"]["AuditEntry"][];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        UploadAttachmentResponse: {
            revision: number;
            missing: components["schemas"]["Completeness"];
            attachment: components["schemas"]["Attachment"];
        };
        DeleteAttachmentResponse: {
            revision: number;
            missing: components["schemas"]["Completeness"];
        };
        CreateReportRequest: {
            /** @enum {string} */
            kind: "complaint" | "fraud" | "favouritism" | "misconduct" | "other";
            /** @description The village or township concerned (not for complaints) */
            areaId?: string;
            /** @description The case a complaint is about (complaints only) */
            applicationId?: string;
            /** @default [] */
            people: {
                name: string;
                position?: string;
            }[];
            /**
             * @description The report names township social-assistance staff or their relatives, or village committee members
             * @default false
             */
            involvesStaff: boolean;
            description: string;
            reporter: {
                anonymous: boolean;
                name?: string;
                phone?: string;
            };
        };
        CreateReportResponse: {
            receiptCode: string;
            /** @enum {string} */
            kind: "complaint" | "fraud" | "favouritism" | "misconduct" | "other";
            /** @enum {string} */
            status: "received" | "answered";
            /** @description YYYY-MM-DD, local China date */
            receivedOn: string;
            /** @description Null when the local document sets no time limit */
            answerDue: {
                /** @description YYYY-MM-DD, local China date */
                date: string;
                workingDays: number;
                estimated: boolean;
                source: components["schemas"]["Source"];
            } | null;
            /** @description Said instead of a date when there is no time limit */
            answerDueNote: string | null;
            routing: {
                /** @enum {string} */
                level: "township" | "county";
                /** @description The name of the township or county that handles it */
                office: string;
                /** @enum {string} */
                rule: "involves_staff" | "accuses_office" | "names_staff" | "township_decision" | "township_handles";
                explanation: string;
                source: components["schemas"]["Source"];
                /** @description What the local document says about who handles complaints; null when it says nothing */
                localRule: {
                    text: string;
                    source: components["schemas"]["Source"];
                } | null;
            };
            answer: {
                /** @enum {string} */
                outcome: "substantiated" | "partly_substantiated" | "unsubstantiated";
                outcomeLabel: string;
                text: string;
                /** @description YYYY-MM-DD, local China date */
                answeredOn: string;
            } | null;
            /** @description The files the reporter added, so they can check what arrived; not served back */
            attachments: {
                /** @enum {string} */
                contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                bytes: number;
                /** @description Of the stored file (images are re-encoded without metadata), hex */
                sha256: string;
                uploadedAt: string;
            }[];
            /** @description Shown this once: with the receipt code it opens the report; keep it safe */
            secret: string;
            secretNote: string;
        };
        FollowReportRequest: {
            receiptCode: string;
            secret: string;
        };
        ReportReceipt: {
            receiptCode: string;
            /** @enum {string} */
            kind: "complaint" | "fraud" | "favouritism" | "misconduct" | "other";
            /** @enum {string} */
            status: "received" | "answered";
            /** @description YYYY-MM-DD, local China date */
            receivedOn: string;
            /** @description Null when the local document sets no time limit */
            answerDue: {
                /** @description YYYY-MM-DD, local China date */
                date: string;
                workingDays: number;
                estimated: boolean;
                source: components["schemas"]["Source"];
            } | null;
            /** @description Said instead of a date when there is no time limit */
            answerDueNote: string | null;
            routing: {
                /** @enum {string} */
                level: "township" | "county";
                /** @description The name of the township or county that handles it */
                office: string;
                /** @enum {string} */
                rule: "involves_staff" | "accuses_office" | "names_staff" | "township_decision" | "township_handles";
                explanation: string;
                source: components["schemas"]["Source"];
                /** @description What the local document says about who handles complaints; null when it says nothing */
                localRule: {
                    text: string;
                    source: components["schemas"]["Source"];
                } | null;
            };
            answer: {
                /** @enum {string} */
                outcome: "substantiated" | "partly_substantiated" | "unsubstantiated";
                outcomeLabel: string;
                text: string;
                /** @description YYYY-MM-DD, local China date */
                answeredOn: string;
            } | null;
            /** @description The files the reporter added, so they can check what arrived; not served back */
            attachments: {
                /** @enum {string} */
                contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                bytes: number;
                /** @description Of the stored file (images are re-encoded without metadata), hex */
                sha256: string;
                uploadedAt: string;
            }[];
        };
        AddReportEvidenceResponse: {
            attachment: {
                /** @enum {string} */
                contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                bytes: number;
                /** @description Of the stored file (images are re-encoded without metadata), hex */
                sha256: string;
                uploadedAt: string;
            };
            attachments: number;
        };
        ReportSummary: {
            id: string;
            receiptCode: string;
            /** @enum {string} */
            kind: "complaint" | "fraud" | "favouritism" | "misconduct" | "other";
            /** @enum {string} */
            status: "received" | "answered";
            areaId: string;
            involvesStaff: boolean;
            routedTo: {
                /** @enum {string} */
                level: "township" | "county";
                areaId: string;
                /** @enum {string} */
                rule: "involves_staff" | "accuses_office" | "names_staff" | "township_decision" | "township_handles";
            };
            /** @description YYYY-MM-DD, local China date */
            receivedOn: string;
            /** @description Null when the local document sets no time limit */
            answerDue: {
                /** @description YYYY-MM-DD, local China date */
                date: string;
                workingDays: number;
                estimated: boolean;
                source: components["schemas"]["Source"];
            } | null;
            /** @description Said instead of a date when there is no time limit */
            answerDueNote: string | null;
            /** @description Not answered and past its deadline */
            overdue: boolean;
            /** @description Set when the media disclosed the problem */
            mediaDisclosure: {
                /** @description YYYY-MM-DD, local China date */
                on: string;
                /** @description Investigate by then (seed 002 二(五)4); null when the local document sets no limit */
                investigationDue: {
                    /** @description YYYY-MM-DD, local China date */
                    date: string;
                    workingDays: number;
                    estimated: boolean;
                    source: components["schemas"]["Source"];
                } | null;
                investigationDueNote: string | null;
                /** @description Not answered and past the investigation deadline */
                overdue: boolean;
            } | null;
            createdAt: string;
        };
        ListReportsResponse: {
            items: components["schemas"]["ReportSummary"][];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        Report: {
            id: string;
            receiptCode: string;
            /** @enum {string} */
            kind: "complaint" | "fraud" | "favouritism" | "misconduct" | "other";
            /** @enum {string} */
            status: "received" | "answered";
            areaId: string;
            involvesStaff: boolean;
            routedTo: {
                /** @enum {string} */
                level: "township" | "county";
                areaId: string;
                /** @enum {string} */
                rule: "involves_staff" | "accuses_office" | "names_staff" | "township_decision" | "township_handles";
            };
            /** @description YYYY-MM-DD, local China date */
            receivedOn: string;
            /** @description Null when the local document sets no time limit */
            answerDue: {
                /** @description YYYY-MM-DD, local China date */
                date: string;
                workingDays: number;
                estimated: boolean;
                source: components["schemas"]["Source"];
            } | null;
            /** @description Said instead of a date when there is no time limit */
            answerDueNote: string | null;
            /** @description Not answered and past its deadline */
            overdue: boolean;
            /** @description Set when the media disclosed the problem */
            mediaDisclosure: {
                /** @description YYYY-MM-DD, local China date */
                on: string;
                /** @description Investigate by then (seed 002 二(五)4); null when the local document sets no limit */
                investigationDue: {
                    /** @description YYYY-MM-DD, local China date */
                    date: string;
                    workingDays: number;
                    estimated: boolean;
                    source: components["schemas"]["Source"];
                } | null;
                investigationDueNote: string | null;
                /** @description Not answered and past the investigation deadline */
                overdue: boolean;
            } | null;
            createdAt: string;
            applicationId: string | null;
            people: {
                name: string;
                position: string | null;
            }[];
            description: string;
            reporter: {
                anonymous: boolean;
                name: string | null;
                /** @description Given by a named reporter so the office can call back */
                phone: string | null;
            };
            routing: {
                /** @enum {string} */
                level: "township" | "county";
                /** @description The name of the township or county that handles it */
                office: string;
                /** @enum {string} */
                rule: "involves_staff" | "accuses_office" | "names_staff" | "township_decision" | "township_handles";
                explanation: string;
                source: components["schemas"]["Source"];
                /** @description What the local document says about who handles complaints; null when it says nothing */
                localRule: {
                    text: string;
                    source: components["schemas"]["Source"];
                } | null;
            };
            answer: {
                /** @enum {string} */
                outcome: "substantiated" | "partly_substantiated" | "unsubstantiated";
                handling: string;
                text: string;
                /** @description YYYY-MM-DD, local China date */
                answeredOn: string;
                answeredBy: {
                    kind: string;
                    id: string;
                };
            } | null;
            /** @description Evidence the reporter added */
            attachments: {
                id: string;
                /** @enum {string} */
                contentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
                bytes: number;
                width: number | null;
                height: number | null;
                /** @description Of the stored file (images are re-encoded without metadata), hex */
                sha256: string;
                uploadedBy: {
                    kind: string;
                    role: string | null;
                };
                uploadedAt: string;
            }[];
        };
        RecordMediaDisclosureRequest: {
            /** @description The day the media disclosed the problem; today when absent */
            on?: string;
        };
        AnswerReportRequest: {
            /** @enum {string} */
            outcome: "substantiated" | "partly_substantiated" | "unsubstantiated";
            /** @description How it was checked and handled; staff and supervisors only */
            handling: string;
            /** @description What the reporter is told */
            answer: string;
        };
        CreateHandoffRequest: {
            screening: components["schemas"]["ScreeningRequest"];
        };
        CreateHandoffResponse: {
            /** @description Eight characters to type or say; single use */
            code: string;
            expiresInSeconds: number;
        };
        ScreeningRequestOutput: {
            /** @description Pack id, e.g. "yichun" (see GET /api/v1/jurisdictions) */
            jurisdiction: string;
            household: components["schemas"]["HouseholdOutput"];
            /** @description Date whose rules and figures apply; today when absent */
            asOf?: string;
        };
        /** @description Household facts for screening */
        HouseholdOutput: {
            /** @description Members living together (共同生活家庭成员), applicant included */
            members: components["schemas"]["HouseholdMemberOutput"][];
            /**
             * @description Urban or rural standard applies (城市/农村)
             * @enum {string}
             */
            residenceArea: "urban" | "rural";
            /**
             * @description Household registration (户籍) is in this jurisdiction
             * @default true
             */
            hukouInJurisdiction: boolean;
            /**
             * @description Household actually lives in this jurisdiction
             * @default true
             */
            residesInJurisdiction: boolean;
            /** @description Income not attributable to one member (e.g. contracted land), annual, fen */
            sharedIncome: components["schemas"]["IncomeOutput"];
            householdIncome?: components["schemas"]["HouseholdIncomeOutput"];
            /** @description Household assets (财产状况) */
            assets: {
                /**
                 * @description Housing units besides the home lived in
                 * @default 0
                 */
                otherHousingUnits: number;
                /**
                 * @description Motor vehicles owned
                 * @default 0
                 */
                motorVehicles: number;
                /**
                 * @description Bank savings and securities, fen
                 * @default 0
                 */
                savingsFen: number;
                /**
                 * @description A member runs a registered business
                 * @default false
                 */
                businessRegistered: boolean;
            };
            /**
             * @description Household holds contracted land, forest or fishery rights (土地/山林/渔场确权)
             * @default false
             */
            hasContractedLand: boolean;
            /**
             * @description Legal supporters living outside the household
             * @default []
             */
            legalSupporters: components["schemas"]["LegalSupporterOutput"][];
            /** @description Assistance the household receives now (for 渐退 gradual exit) */
            currentAssistance: {
                /**
                 * @description Currently receives 低保
                 * @default false
                 */
                dibao: boolean;
            };
            /**
             * @description Sudden hardships (for 临时救助 temporary assistance)
             * @default []
             */
            incidents: {
                /**
                 * @description accident 意外事故, fire 火灾, natural_disaster 自然灾害, serious_illness 罹患重病, sudden_event 突发事件
                 * @enum {string}
                 */
                kind: "accident" | "fire" | "natural_disaster" | "serious_illness" | "sudden_event" | "other";
                /** @description A local China calendar date, YYYY-MM-DD */
                occurredOn: string;
                /** @description Whether the hardship happened inside this jurisdiction (急难发生地) */
                inJurisdiction: boolean;
                /** @description Whether it leaves the household unable to meet basic needs */
                basicLivingAtRisk: boolean;
            }[];
            /**
             * @description A member is a close relative (近亲属) of social-assistance staff or of a village committee member
             * @default false
             */
            relatedToStaff: boolean;
            /**
             * @description Someone applies on the household’s behalf (代为申请); set by the application, not the applicant
             * @default false
             */
            appliedOnBehalf: boolean;
        };
        HouseholdMemberOutput: {
            /**
             * @description Relation to the applicant (self = the applicant)
             * @enum {string}
             */
            relation: "self" | "spouse" | "child" | "parent" | "grandparent" | "grandchild" | "sibling" | "other";
            /** @description Age in whole years; give this or birthDate */
            age?: number;
            /** @description Date of birth; used to compute age at the screening date */
            birthDate?: string;
            /** @description Disability certificate (残疾证), if any */
            disability?: {
                /** @description Disability certificate grade, 1 (most severe) to 4 */
                grade: number;
                /**
                 * @description Kind of disability on the certificate
                 * @enum {string}
                 */
                kind: "visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple";
            };
            /**
             * @description Has a serious or major illness recognised by the local authorities (重病/重特大疾病)
             * @default false
             */
            seriousIllness: boolean;
            /**
             * @description Current level of full-time study, if a student
             * @enum {string}
             */
            studentLevel?: "preschool" | "primary" | "junior_secondary" | "senior_secondary" | "vocational" | "associate" | "bachelor" | "postgraduate";
            /**
             * @description In employment (已就业)
             * @default false
             */
            employed: boolean;
            /**
             * @description Capacity to work (劳动能力)
             * @default unknown
             * @enum {string}
             */
            workCapacity: "able" | "unable" | "unknown";
            /** @description Disabled serviceman grade (伤残军人等级), 1 to 10 */
            disabledServicemanGrade?: number;
            /**
             * @description Member of a military or martyr family (军烈属)
             * @default false
             */
            militaryOrMartyrFamily: boolean;
            /**
             * @description Old demobilised serviceman living in the countryside (在乡老复员军人)
             * @default false
             */
            demobilisedVeteranInVillage: boolean;
            /**
             * @description Priority-care recipient on a regular pension (定期抚恤的重点优抚对象)
             * @default false
             */
            priorityCarePension: boolean;
            /** @description For clergy who left their family: whole years living at a religious site */
            clergyYearsAtReligiousSite?: number;
            income: components["schemas"]["IncomeOutput"];
            /**
             * @description Large self-paid costs of illness, disability rehabilitation or study (刚性支出)
             * @default []
             */
            rigidExpenses: {
                /**
                 * @description serious_illness 重病治疗, disability_rehabilitation 残疾康复, education 在校就读
                 * @enum {string}
                 */
                kind: "serious_illness" | "disability_rehabilitation" | "education";
                /** @description Self-paid (自负) annual cost, fen */
                annualFen: number;
                /** @description Whether receipts (支出凭据) exist for this cost */
                receipted: boolean;
            }[];
        };
        /** @description Annual income by the four kinds of income accounting (收入核算), integer fen */
        IncomeOutput: {
            /**
             * @description 工资性收入: annual wages and labour income, fen
             * @default 0
             */
            wages: number;
            /**
             * @description 经营净收入: annual net business income (farming, trade), fen
             * @default 0
             */
            businessNet: number;
            /**
             * @description 财产净收入: annual net property income (rent, interest), fen
             * @default 0
             */
            propertyNet: number;
            /**
             * @description 转移净收入: annual net transfer income (pensions, support received), fen
             * @default 0
             */
            transferNet: number;
        };
        /** @description Household income as one monthly total, instead of each member’s annual income */
        HouseholdIncomeOutput: {
            /** @description The whole household’s income in a month, every member and every kind together, fen (2,500 yuan → 250000) */
            monthlyFen: number;
            /**
             * @description Members in work: each is allowed the work-cost deduction, at most their own wages
             * @default []
             */
            earners: {
                /** @description The member in work, by position in `members` (1 = first) */
                member: number;
                /** @description That member’s wages in a month (part of monthlyFen), fen */
                monthlyWagesFen: number;
            }[];
        };
        LegalSupporterOutput: {
            /** @enum {string} */
            relation: "spouse" | "child" | "parent" | "grandparent" | "grandchild" | "sibling" | "other";
            /**
             * @description Whether this legal supporter (赡养/抚养/扶养义务人) can support the applicant, as the applicant sees it; used only when `means` do not decide it
             * @default unknown
             * @enum {string}
             */
            ableToSupport: "yes" | "no" | "unknown";
            /** @description The supporter’s means: the pack’s rule decides from them whether they can support */
            means?: {
                /** @description Age in whole years */
                age: number;
                /** @description The supporter’s own income over a year, fen; leave out if unknown */
                annualIncomeFen?: number;
                /**
                 * @description Assistance the supporter receives: none, 低保 (dibao) or 特困 (tekun)
                 * @default none
                 * @enum {string}
                 */
                receives: "none" | "dibao" | "tekun";
                /** @description Disability certificate (残疾证), if any */
                disability?: {
                    /** @description Disability certificate grade, 1 (most severe) to 4 */
                    grade: number;
                    /**
                     * @description Kind of disability on the certificate
                     * @enum {string}
                     */
                    kind: "visual" | "hearing" | "speech" | "physical" | "intellectual" | "mental" | "multiple";
                };
                /**
                 * @description no_civil_capacity 无民事行为能力, missing 被宣告失踪, in_prison 在监狱服刑; normal otherwise
                 * @default normal
                 * @enum {string}
                 */
                civilStatus: "normal" | "no_civil_capacity" | "missing" | "in_prison";
                /**
                 * @description Whether the supporter’s property is within the local low-income household limits
                 * @default unknown
                 * @enum {string}
                 */
                assetsWithinLowIncomeLimits: "yes" | "no" | "unknown";
            };
        };
        TakeHandoffResponse: {
            screening: components["schemas"]["ScreeningRequestOutput"];
        };
        CreateChatCodeResponse: {
            /** @description Eight characters to type or say; single use */
            code: string;
            expiresInSeconds: number;
            caseNumber: string;
        };
        BindChatRequest: {
            caseNumber: string;
            code: string;
            /** @description The bot’s id of the chat, where updates are pushed; kept sealed */
            chat: string;
        };
        BindChatResponse: {
            caseNumber: string;
            bindingId: string;
            token: string;
        };
        GetChatTimelineRequest: {
            token: string;
        };
        UnbindChatRequest: {
            token: string;
        };
        UnbindChatResponse: {
            /** @constant */
            unbound: true;
        };
        ParameterRowOutput: {
            parameter: string;
            name: string;
            /** @enum {string} */
            unit: "fen_per_person_month" | "fen_per_month" | "fen_per_person_year" | "fen_once" | "ratio" | "percent" | "months" | "years" | "text" | "asset_limits" | "review_intervals" | "monthly_cutoffs";
            /** @description The figure in force today; null when none is */
            inForce: {
                value: unknown;
                effectiveFrom: string;
                source: {
                    document: string;
                    clause: string;
                };
            } | null;
            /** @description Figures the county entered, oldest first */
            entered: components["schemas"]["CountyParameter"][];
        };
        CountyParameter: {
            id: string;
            parameter: string;
            value: unknown;
            effectiveFrom: string;
            document: string;
            clause: string;
            enteredAt: string;
        };
        ListCountyParametersResponse: {
            items: components["schemas"]["ParameterRowOutput"][];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        CountyParameterRequest: {
            /**
             * @description The parameter, as the pack schema names it
             * @enum {string}
             */
            parameter: "standard.urban" | "standard.rural" | "marginRatio" | "topUpRate" | "elderlyAge" | "minorAge" | "minimumWageMonthly" | "workCostMonths" | "singlePersonSubsidy" | "tekunSupport" | "disposableIncomePerCapita" | "temporaryAssistance" | "assetLimits" | "tekunAssetLimits" | "reviewIntervals" | "samplingRate" | "monthlyCutoffs" | "staffing";
            /** @description The figure in the unit the pack declares for it: money in integer fen, shares as decimals */
            value: unknown;
            /** @description The day the figure is in force from */
            effectiveFrom: string;
            /** @description Number (文号) of the document publishing it */
            document: string;
            /** @description Where in the document the figure is given */
            clause: string;
        };
        PublicNotice: {
            items: components["schemas"]["NoticeEntry"][];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
            area: {
                id: string;
                name: string;
                kind: string;
            };
            /** @description How and where to object, in the reader’s language */
            howToObject: string;
            contacts: {
                label: string;
                value: string;
            }[];
        };
        NoticeEntry: {
            /** @description The village (or township) of the household */
            village: string;
            /** @description Head of household, masked: 王*兰 */
            head: string;
            householdSize: number;
            programs: {
                program: string;
                name: string;
                /** @description Monthly (低保/特困) or once (临时救助); null before a decision */
                amountFen: number | null;
                amountText: string | null;
            }[];
            /**
             * @description in_publication: being published, objections open; approved: a decided case (长期公示)
             * @enum {string}
             */
            state: "in_publication" | "approved";
            publication: {
                stage: string;
                from: string;
                /** @description Last day to object; null where the document sets no period */
                until: string | null;
                objectionOpen: boolean;
            } | null;
            decidedOn: string | null;
        };
        EnrolRecipientRequest: {
            /**
             * @description Class A/B/C where the pack sorts households so (Chaohu, 000 五(二)); it picks the review interval
             * @enum {string}
             */
            category?: "A" | "B" | "C";
            /** @description Which of the pack’s review intervals applies (position from 0), where it has several */
            reviewGroup?: number;
            /** @description Only where the pack states no payment start */
            firstPaymentMonth?: string;
        };
        Recipient: {
            id: string;
            applicationId: string;
            caseNumber: string;
            areaId: string;
            program: string;
            programName: string;
            headName: string;
            householdSize: number;
            category: ("A" | "B" | "C") | null;
            relatedToStaff: boolean;
            approvedOn: string;
            firstPaymentMonth: string;
            paymentStart: {
                /** @description month_after_approval, on_approval, or entered where the pack states none */
                rule: string;
                source: {
                    document: string;
                    clause: string;
                } | null;
            };
            amountFen: number;
            /** @enum {string} */
            status: "active" | "stopped";
            stoppedFromMonth: string | null;
            reviewMonths: number | null;
            nextReviewDue: string | null;
            /** @description The next review is due today or overdue */
            reviewDue: boolean;
            changes: {
                /** @enum {string} */
                kind: "start" | "increase" | "decrease" | "stop";
                fromMonth: string;
                amountFen: number;
                previousFen: number | null;
                reasons: string | null;
                on: string;
            }[];
            reviews: {
                on: string;
                note: string | null;
            }[];
        };
        EnrolRecipientsResponse: {
            recipients: components["schemas"]["Recipient"][];
        };
        ListRecipientsResponse: {
            items: components["schemas"]["Recipient"][];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        PaymentList: {
            townshipId: string;
            month: string;
            /** @description The day the list was frozen */
            cutOn: string;
            households: number;
            totalFen: number;
            rows: {
                recipientId: string;
                caseNumber: string;
                areaId: string;
                program: string;
                amountFen: number;
            }[];
        };
        ListPaymentListsResponse: {
            items: components["schemas"]["PaymentList"][];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        RecipientChangeRequest: {
            /** @enum {string} */
            kind: "increase" | "decrease" | "stop";
            /** @description The new monthly amount (increase, decrease) */
            amountFen?: number;
            /** @description The first month at the new amount, or the first month not paid */
            fromMonth: string;
            reasons: string;
            /** @description The day it was decided; today when absent */
            on?: string;
        };
        RecipientReviewRequest: {
            /** @description The day of the review; today when absent */
            on?: string;
            note?: string;
        };
        SamplingRequest: {
            /** @description First day of the decisions sampled */
            from: string;
            /** @description Last day of the decisions sampled */
            to: string;
            /** @description Reproduces an earlier draw; a random one is chosen and recorded when absent */
            seed?: string;
            /** @description The share to draw, if above the pack’s rate or where the pack sets none */
            rate?: number;
        };
        Sampling: {
            id: string;
            from: string;
            to: string;
            /** @description Draw again with this seed to get the same cases */
            seed: string;
            /** @description The share drawn per township, e.g. 0.3 */
            rate: number;
            rateSource: {
                document: string;
                clause: string;
            } | null;
            /** @description Decisions in the period */
            population: number;
            drawn: {
                applicationId: string;
                caseNumber: string;
                townshipId: string;
                outcome: string;
                decidedOn: string;
            }[];
            at: string;
        };
        ListSamplingsResponse: {
            items: components["schemas"]["Sampling"][];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        CountyStatistics: {
            county: {
                id: string;
                name: string;
            };
            from: string;
            to: string;
            townships: {
                id: string;
                name: string;
                counts: {
                    received: number;
                    accepted: number;
                    decided: number;
                    decidedWithinLimit: number;
                    refused: number;
                    overdue: number;
                    complaints: number;
                };
            }[];
            total: {
                received: number;
                accepted: number;
                decided: number;
                decidedWithinLimit: number;
                refused: number;
                overdue: number;
                complaints: number;
            };
            /** @description Cases whose applicant declared a relative among social-assistance staff or village committee */
            relativesOfStaff: {
                applicationId: string;
                caseNumber: string | null;
                townshipId: string;
                status: string;
                outcome: string | null;
            }[];
        };
        ReportDiscoveryRequest: {
            /** @description The village (or township) where the household lives */
            areaId: string;
            household: {
                /** @description The person found, or the head of the household */
                name: string;
                phone?: string;
                address: string;
                /** @description People living together */
                size?: number;
            };
            hardships: ("no_income" | "illness" | "disability" | "elderly_alone" | "child_without_care" | "disaster_or_accident" | "housing" | "other")[];
            /** @enum {string} */
            urgency: "urgent" | "ordinary";
            /** @description What the worker saw and what help seems needed */
            description: string;
        };
        Discovery: {
            id: string;
            areaId: string;
            townshipId: string;
            urgency: {
                /** @enum {string} */
                code: "urgent" | "ordinary";
                label: string;
            };
            /** @description 急难: flagged in every list */
            urgent: boolean;
            hardships: {
                /** @enum {string} */
                code: "no_income" | "illness" | "disability" | "elderly_alone" | "child_without_care" | "disaster_or_accident" | "housing" | "other";
                label: string;
            }[];
            status: {
                /** @enum {string} */
                code: "open" | "closed";
                label: string;
            };
            reportedOn: string;
            followUpBy: {
                date: string;
                workingDays: number;
                /** @description A year without holiday data was crossed: only weekends were skipped */
                estimated: boolean;
                overdue: boolean;
            };
            household: {
                name: string;
                phone: string | null;
                address: string;
                size: number | null;
            };
            description: string;
            reportedBy: {
                id: string;
                role: string;
            };
            followUps: {
                on: string;
                outcome: {
                    /** @enum {string} */
                    code: "visited" | "helped_to_apply" | "emergency_aid" | "referred" | "not_needed";
                    label: string;
                };
                note: string;
                by: {
                    id: string;
                    role: string;
                };
            }[];
        };
        DiscoverySummary: {
            id: string;
            areaId: string;
            townshipId: string;
            urgency: {
                /** @enum {string} */
                code: "urgent" | "ordinary";
                label: string;
            };
            /** @description 急难: flagged in every list */
            urgent: boolean;
            hardships: {
                /** @enum {string} */
                code: "no_income" | "illness" | "disability" | "elderly_alone" | "child_without_care" | "disaster_or_accident" | "housing" | "other";
                label: string;
            }[];
            status: {
                /** @enum {string} */
                code: "open" | "closed";
                label: string;
            };
            reportedOn: string;
            followUpBy: {
                date: string;
                workingDays: number;
                /** @description A year without holiday data was crossed: only weekends were skipped */
                estimated: boolean;
                overdue: boolean;
            };
        };
        ListDiscoveriesResponse: {
            items: components["schemas"]["DiscoverySummary"][];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        RecordDiscoveryFollowUpRequest: {
            /**
             * @description visited keeps the report open with a new follow-up date; every other outcome closes it
             * @enum {string}
             */
            outcome: "visited" | "helped_to_apply" | "emergency_aid" | "referred" | "not_needed";
            note: string;
            /** @description For a visit: the next follow-up, in working days from today (default: the local setting) */
            nextInWorkingDays?: number;
        };
        Place: {
            id: string;
            name: string;
            /** @enum {string} */
            level: "province" | "city" | "county" | "township" | "village";
            kind: string;
            /** @description The policy pack that governs the place (see /api/v1/jurisdictions/{id}/policy) */
            jurisdiction: string | null;
            hasChildren: boolean;
        };
        ListPlacesResponse: {
            items: components["schemas"]["Place"][];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        FindPlacesResponse: {
            items: {
                id: string;
                name: string;
                /** @enum {string} */
                level: "province" | "city" | "county" | "township" | "village";
                /** @description The names of the areas above it, county first */
                within: string[];
            }[];
            page: number;
            size: number;
            /** @description Items on every page together */
            total: number;
        };
        ClientSettings: {
            /** @description Pass to wx.requestSubscribeMessage on a tap (empty: nothing to ask) */
            subscribeTemplateIds: string[];
            uploadMaxBytes: number;
            languages: ("zh-CN" | "en")[];
            sessionSeconds: number;
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
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetHealthResponse"];
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetReadinessResponse"];
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (not_ready, service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_ready" | "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    signInWithWeChat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInWithWeChatRequest"];
            };
        };
        responses: {
            /** @description A session for the resident */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInWithWeChatResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Sign in first (wechat_code_invalid) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "wechat_code_invalid";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests; wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description An upstream service answered badly (wechat_unreachable, wechat_rejected) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "wechat_unreachable" | "wechat_rejected";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (wechat_not_configured, service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "wechat_not_configured" | "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    signInStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInStaffRequest"];
            };
        };
        responses: {
            /** @description A session for the staff member, and the failed attempts since their previous sign-in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInStaffResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Sign in first (bad_credentials) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "bad_credentials";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests; wait for Retry-After seconds (rate_limited, sign_in_slowed) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "rate_limited" | "sign_in_slowed";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    changeOwnPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOwnPasswordRequest"];
            };
        };
        responses: {
            /** @description A new session; the old ones are ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOwnPasswordResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request, current_password_wrong, password_unchanged) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "current_password_wrong" | "password_unchanged";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests; wait for Retry-After seconds (rate_limited, sign_in_slowed) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "rate_limited" | "sign_in_slowed";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOutResponse"];
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in person */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMeResponse"];
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getArea: {
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
            /** @description The area */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAreaResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listAreaChildren: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Child areas, by division code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAreaChildrenResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getStaff: {
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
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetStaffResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    screenHousehold: {
        parameters: {
            query?: {
                /** @description summary (default): short enough for a phone; full: every rule applied and the timelines */
                detail?: "summary" | "full";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreeningRequest"];
            };
        };
        responses: {
            /** @description The pre-screen; not a decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningAnswer"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Not found (unknown_jurisdiction) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unknown_jurisdiction";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests; wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listJurisdictions: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Jurisdictions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListJurisdictionsResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getJurisdictionPolicy: {
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
            /** @description The policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JurisdictionPolicy"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Not found (unknown_jurisdiction) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unknown_jurisdiction";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listDeclarations: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The declarations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDeclarationsResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listMyApplications: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListMyApplicationsResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationRequest"];
            };
        };
        responses: {
            /** @description The new draft; a worker also gets the one-time code the resident uses to follow the case */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateApplicationResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request, on_behalf_basis_required, on_behalf_for_workers, area_without_policy, program_not_offered, place_basis_not_allowed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "on_behalf_basis_required" | "on_behalf_for_workers" | "area_without_policy" | "program_not_offered" | "place_basis_not_allowed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (area_missing) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "area_missing";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    claimApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimApplicationRequest"];
            };
        };
        responses: {
            /** @description The case, now also yours */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSummary"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden";
                        };
                    };
                };
            };
            /** @description Not found (claim_code_invalid) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "claim_code_invalid";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests; wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getApplication: {
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
            /** @description The application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (password_change_required, not_your_application, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "password_change_required" | "not_your_application" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    saveHousehold: {
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
                "application/json": components["schemas"]["SaveHouseholdRequest"];
            };
        };
        responses: {
            /** @description The saved draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, not_your_application, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "not_your_application" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (stale_revision, not_a_draft) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "stale_revision" | "not_a_draft";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    signDeclaration: {
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
                "application/json": components["schemas"]["SignDeclarationRequest"];
            };
        };
        responses: {
            /** @description The draft with the signature recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, not_your_application, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "not_your_application" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (stale_revision, not_a_draft, declaration_text_changed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "stale_revision" | "not_a_draft" | "declaration_text_changed";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation; a retry with the same key and body replays the first answer */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationRequest"];
            };
        };
        responses: {
            /** @description What happened, and the application as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitApplicationResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request, idempotency_key_required) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "idempotency_key_required";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, not_your_application, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "not_your_application" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (idempotency_in_progress, not_a_draft, stale_revision, no_township) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "idempotency_in_progress" | "not_a_draft" | "stale_revision" | "no_township";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Idempotency-Key reused with other content (idempotency_key_reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getTimeline: {
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
            /** @description The timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseTimeline"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (password_change_required, not_your_application, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "password_change_required" | "not_your_application" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: {
                status?: "submitted" | "in_progress" | "closed";
                /** @description Only cases waiting on this stage (its pack id) */
                stage?: string;
                program?: "dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income";
                /** @description Only cases of this area (a village, or a township) */
                areaId?: string;
                /** @description A whole ID number (matched through its blind index), the start of a case number, or part of a name */
                search?: string;
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of cases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCasesResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    issueNotice: {
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
                "application/json": components["schemas"]["IssueNoticeRequest"];
            };
        };
        responses: {
            /** @description The application with its notice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request, material_unknown) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "material_unknown";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (notice_already_issued, notice_after_acceptance, nothing_missing, stale_revision) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "notice_already_issued" | "notice_after_acceptance" | "nothing_missing" | "stale_revision";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    recordStage: {
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
                "application/json": components["schemas"]["StageRecordRequest"];
            };
        };
        responses: {
            /** @description The case timeline after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseTimeline"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request, stage_date_in_future, stage_date_before_previous, objection_outside_publication, investigators_too_few, investigator_unknown, investigator_repeated, vote_counts_inconsistent, vote_too_few_members, vote_members_not_odd, vote_representatives_too_few, vote_committee_too_many, approval_amount_required, approval_amount_not_paid, emergency_only_approval) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "stage_date_in_future" | "stage_date_before_previous" | "objection_outside_publication" | "investigators_too_few" | "investigator_unknown" | "investigator_repeated" | "vote_counts_inconsistent" | "vote_too_few_members" | "vote_members_not_odd" | "vote_representatives_too_few" | "vote_committee_too_many" | "approval_amount_required" | "approval_amount_not_paid" | "emergency_only_approval";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction, stage_not_for_role) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction" | "stage_not_for_role";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (no_stage_expected, stage_out_of_order, publication_not_over, emergency_not_allowed, stale_revision) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "no_stage_expected" | "stage_out_of_order" | "publication_not_over" | "emergency_not_allowed" | "stale_revision";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listCaseAudit: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the trail and how many entries it has */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCaseAuditResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation; a retry with the same key and body replays the first answer */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description The id of a material item of the application’s pack, as listed in `missing.materials` */
                    materialId: string;
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The stored file and what the application still lacks */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAttachmentResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, file_required, unexpected_file_field, upload_corrupt, idempotency_key_required, material_unknown) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "file_required" | "unexpected_file_field" | "upload_corrupt" | "idempotency_key_required" | "material_unknown";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, not_your_application, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "not_your_application" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (idempotency_in_progress, not_a_draft, attachments_full) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "idempotency_in_progress" | "not_a_draft" | "attachments_full";
                        };
                    };
                };
            };
            /** @description Too large (form_too_large, upload_too_large, upload_too_many_pixels, too_many_files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "form_too_large" | "upload_too_large" | "upload_too_many_pixels" | "too_many_files";
                        };
                    };
                };
            };
            /** @description Unsupported content type (multipart_required, upload_type_not_allowed) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "multipart_required" | "upload_type_not_allowed";
                        };
                    };
                };
            };
            /** @description Idempotency-Key reused with other content (idempotency_key_reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "application/pdf": string;
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (password_change_required, not_your_application, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "password_change_required" | "not_your_application" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    deleteAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the application still lacks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteAttachmentResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, not_your_application, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "not_your_application" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (not_a_draft, stale_revision) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_a_draft" | "stale_revision";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listReports: {
        parameters: {
            query?: {
                status?: "received" | "answered";
                /** @description Only reports routed to the township, or to the county */
                routedTo?: "township" | "county";
                /** @description Only unanswered reports past the answer or the investigation deadline */
                overdue?: "true";
                /** @description newest first, or by answer deadline (those without a deadline come first) */
                sort?: "newest" | "due";
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListReportsResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createReport: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation; a retry with the same key and body replays the first answer */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportRequest"];
            };
        };
        responses: {
            /** @description The receipt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateReportResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request, idempotency_key_required, area_missing, report_area_without_policy, report_area_level) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "idempotency_key_required" | "area_missing" | "report_area_without_policy" | "report_area_level";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (not_your_application, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_your_application" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (idempotency_in_progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "idempotency_in_progress";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Idempotency-Key reused with other content (idempotency_key_reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Too many requests; wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    followReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowReportRequest"];
            };
        };
        responses: {
            /** @description The report as the reporter sees it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportReceipt"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Not found (report_receipt_invalid) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "report_receipt_invalid";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests; wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    addReportEvidence: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation; a retry with the same key and body replays the first answer */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    receiptCode: string;
                    secret: string;
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The stored file and how many the report now has */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddReportEvidenceResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, file_required, unexpected_file_field, upload_corrupt, idempotency_key_required) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "file_required" | "unexpected_file_field" | "upload_corrupt" | "idempotency_key_required";
                        };
                    };
                };
            };
            /** @description Not found (report_receipt_invalid) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "report_receipt_invalid";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (idempotency_in_progress, report_answered_no_evidence, report_attachments_full) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "idempotency_in_progress" | "report_answered_no_evidence" | "report_attachments_full";
                        };
                    };
                };
            };
            /** @description Too large (form_too_large, upload_too_large, upload_too_many_pixels, too_many_files) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "form_too_large" | "upload_too_large" | "upload_too_many_pixels" | "too_many_files";
                        };
                    };
                };
            };
            /** @description Unsupported content type (multipart_required, upload_type_not_allowed) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "multipart_required" | "upload_type_not_allowed";
                        };
                    };
                };
            };
            /** @description Idempotency-Key reused with other content (idempotency_key_reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Too many requests; wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getReportEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "application/pdf": string;
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getReport: {
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
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    recordMediaDisclosure: {
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
                "application/json": components["schemas"]["RecordMediaDisclosureRequest"];
            };
        };
        responses: {
            /** @description The report with its investigation deadline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request, media_date_in_future) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "media_date_in_future";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (report_already_answered, report_media_already_marked) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "report_already_answered" | "report_media_already_marked";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    answerReport: {
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
                "application/json": components["schemas"]["AnswerReportRequest"];
            };
        };
        responses: {
            /** @description The answered report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (report_already_answered) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "report_already_answered";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createHandoff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHandoffRequest"];
            };
        };
        responses: {
            /** @description The code and how long it is valid */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateHandoffResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Not found (unknown_jurisdiction) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unknown_jurisdiction";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests; wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    takeHandoff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The screening request as the chat made it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TakeHandoffResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Not found (handoff_not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "handoff_not_found";
                        };
                    };
                };
            };
            /** @description Too many requests; wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    createChatCode: {
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
            /** @description The code, with the case number to give alongside it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateChatCodeResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, not_your_application) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "not_your_application";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (case_not_submitted) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "case_not_submitted";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    bindChat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BindChatRequest"];
            };
        };
        responses: {
            /** @description The credential (shown once; only its HMAC is kept) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BindChatResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Not found (chat_code_invalid) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "chat_code_invalid";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (chat_bindings_full) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "chat_bindings_full";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Too many requests; wait for Retry-After seconds (rate_limited) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "rate_limited";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getChatTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetChatTimelineRequest"];
            };
        };
        responses: {
            /** @description The timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseTimeline"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Not found (chat_binding_invalid) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "chat_binding_invalid";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    unbindChat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnbindChatRequest"];
            };
        };
        responses: {
            /** @description The binding is gone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnbindChatResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Not found (chat_binding_invalid) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "chat_binding_invalid";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listCountyParameters: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The parameters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCountyParametersResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found, unknown_jurisdiction) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found" | "unknown_jurisdiction";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (parameters_need_county_pack) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "parameters_need_county_pack";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    enterCountyParameter: {
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
                "application/json": components["schemas"]["CountyParameterRequest"];
            };
        };
        responses: {
            /** @description The figure entered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountyParameter"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found, unknown_jurisdiction) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found" | "unknown_jurisdiction";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (parameters_need_county_pack, parameter_exists) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "parameters_need_county_pack" | "parameter_exists";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getPublicNotice: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notice, one page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicNotice"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    enrolRecipients: {
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
                "application/json": components["schemas"]["EnrolRecipientRequest"];
            };
        };
        responses: {
            /** @description The recipient households made */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolRecipientsResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request, payment_start_required, payment_start_from_pack, payment_start_before_approval, category_required, category_not_in_pack, review_group_required) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "payment_start_required" | "payment_start_from_pack" | "payment_start_before_approval" | "category_required" | "category_not_in_pack" | "review_group_required";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (recipient_needs_approval, recipient_no_monthly_programme, recipient_exists, payment_start_not_known) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "recipient_needs_approval" | "recipient_no_monthly_programme" | "recipient_exists" | "payment_start_not_known";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listRecipients: {
        parameters: {
            query?: {
                status?: "active" | "stopped";
                /** @description Only households whose next review is due on or before this day */
                reviewDueBy?: string;
                /** @description Registered relatives of staff only (true), or all others (false) */
                relatedToStaff?: "true" | "false";
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of recipients, soonest review first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListRecipientsResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listPaymentLists: {
        parameters: {
            query?: {
                /** @description Only the lists of this month */
                month?: string;
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of payment lists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPaymentListsResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getRecipient: {
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
            /** @description The recipient */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    changeRecipient: {
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
                "application/json": components["schemas"]["RecipientChangeRequest"];
            };
        };
        responses: {
            /** @description The recipient after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request, change_month_too_early, change_not_increase, change_not_decrease, recipient_date_in_future) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "change_month_too_early" | "change_not_increase" | "change_not_decrease" | "recipient_date_in_future";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (recipient_stopped, stale_revision) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "recipient_stopped" | "stale_revision";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    reviewRecipient: {
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
                "application/json": components["schemas"]["RecipientReviewRequest"];
            };
        };
        responses: {
            /** @description The recipient after the review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recipient"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request, recipient_date_in_future) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "recipient_date_in_future";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (recipient_stopped, stale_revision) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "recipient_stopped" | "stale_revision";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listSamplings: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of draws */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSamplingsResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found, unknown_jurisdiction) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found" | "unknown_jurisdiction";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (supervision_needs_county) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "supervision_needs_county";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    drawSampling: {
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
                "application/json": components["schemas"]["SamplingRequest"];
            };
        };
        responses: {
            /** @description The draw */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sampling"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request, sampling_rate_required, sampling_rate_below_pack) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "sampling_rate_required" | "sampling_rate_below_pack";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found, unknown_jurisdiction) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found" | "unknown_jurisdiction";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (supervision_needs_county) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "supervision_needs_county";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getCountyStatistics: {
        parameters: {
            query: {
                /** @description A local China calendar date, YYYY-MM-DD */
                from: string;
                /** @description A local China calendar date, YYYY-MM-DD */
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountyStatistics"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found, unknown_jurisdiction) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found" | "unknown_jurisdiction";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (supervision_needs_county) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "supervision_needs_county";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getCountyStatisticsChart: {
        parameters: {
            query: {
                /** @description A local China calendar date, YYYY-MM-DD */
                from: string;
                /** @description A local China calendar date, YYYY-MM-DD */
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SVG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found, unknown_jurisdiction) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found" | "unknown_jurisdiction";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (supervision_needs_county) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "supervision_needs_county";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    exportRecipients: {
        parameters: {
            query?: {
                /** @description The month whose changes are listed; this month when absent */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getIntakePacket: {
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
            /** @description The packet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (packet_before_submission) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "packet_before_submission";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listDiscoveries: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
                status?: "open" | "closed";
                urgency?: "urgent" | "ordinary";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDiscoveriesResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    reportDiscovery: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation; a retry with the same key and body replays the first answer */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportDiscoveryRequest"];
            };
        };
        responses: {
            /** @description The report as the township sees it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Discovery"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request, idempotency_key_required, discovery_area_level) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request" | "idempotency_key_required" | "discovery_area_level";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (idempotency_in_progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "idempotency_in_progress";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Idempotency-Key reused with other content (idempotency_key_reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "idempotency_key_reused";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getDiscovery: {
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
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Discovery"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    recordDiscoveryFollowUp: {
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
                "application/json": components["schemas"]["RecordDiscoveryFollowUpRequest"];
            };
        };
        responses: {
            /** @description The report after the follow-up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Discovery"];
                };
            };
            /** @description The request is not valid (validation_failed, bad_request) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed" | "bad_request";
                        };
                    };
                };
            };
            /** @description Sign in first (unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unauthenticated";
                        };
                    };
                };
            };
            /** @description Not allowed for this caller (forbidden, password_change_required, outside_jurisdiction) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "forbidden" | "password_change_required" | "outside_jurisdiction";
                        };
                    };
                };
            };
            /** @description Not found (not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "not_found";
                        };
                    };
                };
            };
            /** @description Conflicts with the record’s state (discovery_closed, discovery_changed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "discovery_closed" | "discovery_changed";
                        };
                    };
                };
            };
            /** @description Too large (payload_too_large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "payload_too_large";
                        };
                    };
                };
            };
            /** @description Unsupported content type (unsupported_media_type) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "unsupported_media_type";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    listPlaces: {
        parameters: {
            query?: {
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
                /** @description The place whose children to list; absent: the top places */
                parentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of places, by division code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPlacesResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Not found (area_missing) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "area_missing";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    findPlaces: {
        parameters: {
            query: {
                name: string;
                /** @description The page, from 1 */
                page?: number;
                /** @description Items per page */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Places whose name contains the words, with the names above them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindPlacesResponse"];
                };
            };
            /** @description The request is not valid (validation_failed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "validation_failed";
                        };
                    };
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
    getClientSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientSettings"];
                };
            };
            /** @description Unexpected failure; the request id identifies it in the server log (internal) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "internal";
                        };
                    };
                };
            };
            /** @description Temporarily unavailable; retry after Retry-After seconds (service_unavailable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        error?: {
                            /** @enum {unknown} */
                            code?: "service_unavailable";
                        };
                    };
                };
            };
        };
    };
}
