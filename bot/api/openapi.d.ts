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
        get: {
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
                        "application/json": {
                            /** @constant */
                            status: "ok";
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            /** @constant */
                            status: "ready";
                            store: boolean;
                            redis: boolean;
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description A session for the resident */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            /** @description Seconds */
                            expiresIn: number;
                            resident: {
                                id: string;
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        /** Staff sign-in with username and password (locked after repeated failures) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description A session for the staff member */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        post: {
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
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
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
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            level: "province" | "city" | "county" | "township" | "village";
                            kind: string;
                            parentId: string | null;
                            path: string[];
                            policyPack: string | null;
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
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
                /** @description Child areas */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "village_worker" | "township_staff" | "county_supervisor" | "admin";
                            areaId: string;
                            /** @description Decrypted for authorised readers; every read is audited */
                            phone: string | null;
                            locked: boolean;
                            disabled: boolean;
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        post: {
            parameters: {
                query?: {
                    detail?: "summary" | "full";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Pack id, e.g. "yichun" (see GET /api/v1/jurisdictions) */
                        jurisdiction: string;
                        /** @description Household facts for screening */
                        household: {
                            /** @description Members living together (共同生活家庭成员), applicant included */
                            members: {
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
                                seriousIllness?: boolean;
                                /**
                                 * @description Current level of full-time study, if a student
                                 * @enum {string}
                                 */
                                studentLevel?: "preschool" | "primary" | "junior_secondary" | "senior_secondary" | "vocational" | "associate" | "bachelor" | "postgraduate";
                                /**
                                 * @description In employment (已就业)
                                 * @default false
                                 */
                                employed?: boolean;
                                /**
                                 * @description Capacity to work (劳动能力)
                                 * @default unknown
                                 * @enum {string}
                                 */
                                workCapacity?: "able" | "unable" | "unknown";
                                /** @description Disabled serviceman grade (伤残军人等级), 1 to 10 */
                                disabledServicemanGrade?: number;
                                /**
                                 * @description Member of a military or martyr family (军烈属)
                                 * @default false
                                 */
                                militaryOrMartyrFamily?: boolean;
                                /**
                                 * @description Old demobilised serviceman living in the countryside (在乡老复员军人)
                                 * @default false
                                 */
                                demobilisedVeteranInVillage?: boolean;
                                /**
                                 * @description Priority-care recipient on a regular pension (定期抚恤的重点优抚对象)
                                 * @default false
                                 */
                                priorityCarePension?: boolean;
                                /** @description For clergy who left their family: whole years living at a religious site */
                                clergyYearsAtReligiousSite?: number;
                                /**
                                 * @description Annual income by the four kinds of income accounting (收入核算), integer fen
                                 * @default {}
                                 */
                                income?: {
                                    /**
                                     * @description 工资性收入: annual wages and labour income, fen
                                     * @default 0
                                     */
                                    wages?: number;
                                    /**
                                     * @description 经营净收入: annual net business income (farming, trade), fen
                                     * @default 0
                                     */
                                    businessNet?: number;
                                    /**
                                     * @description 财产净收入: annual net property income (rent, interest), fen
                                     * @default 0
                                     */
                                    propertyNet?: number;
                                    /**
                                     * @description 转移净收入: annual net transfer income (pensions, support received), fen
                                     * @default 0
                                     */
                                    transferNet?: number;
                                };
                                /**
                                 * @description Large self-paid costs of illness, disability rehabilitation or study (刚性支出)
                                 * @default []
                                 */
                                rigidExpenses?: {
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
                            }[];
                            /**
                             * @description Urban or rural standard applies (城市/农村)
                             * @enum {string}
                             */
                            residenceArea: "urban" | "rural";
                            /**
                             * @description Household registration (户籍) is in this jurisdiction
                             * @default true
                             */
                            hukouInJurisdiction?: boolean;
                            /**
                             * @description Household actually lives in this jurisdiction
                             * @default true
                             */
                            residesInJurisdiction?: boolean;
                            /**
                             * @description Income not attributable to one member (e.g. contracted land), annual, fen
                             * @default {}
                             */
                            sharedIncome?: {
                                /**
                                 * @description 工资性收入: annual wages and labour income, fen
                                 * @default 0
                                 */
                                wages?: number;
                                /**
                                 * @description 经营净收入: annual net business income (farming, trade), fen
                                 * @default 0
                                 */
                                businessNet?: number;
                                /**
                                 * @description 财产净收入: annual net property income (rent, interest), fen
                                 * @default 0
                                 */
                                propertyNet?: number;
                                /**
                                 * @description 转移净收入: annual net transfer income (pensions, support received), fen
                                 * @default 0
                                 */
                                transferNet?: number;
                            };
                            /** @description Household income as one monthly total, instead of each member’s annual income */
                            householdIncome?: {
                                /** @description The whole household’s income in a month, every member and every kind together, fen (2,500 yuan → 250000) */
                                monthlyFen: number;
                                /**
                                 * @description Members in work: each is allowed the work-cost deduction, at most their own wages
                                 * @default []
                                 */
                                earners?: {
                                    /** @description The member in work, by position in `members` (1 = first) */
                                    member: number;
                                    /** @description That member’s wages in a month (part of monthlyFen), fen */
                                    monthlyWagesFen: number;
                                }[];
                            };
                            /**
                             * @description Household assets (财产状况)
                             * @default {}
                             */
                            assets?: {
                                /**
                                 * @description Housing units besides the home lived in
                                 * @default 0
                                 */
                                otherHousingUnits?: number;
                                /**
                                 * @description Motor vehicles owned
                                 * @default 0
                                 */
                                motorVehicles?: number;
                                /**
                                 * @description Bank savings and securities, fen
                                 * @default 0
                                 */
                                savingsFen?: number;
                                /**
                                 * @description A member runs a registered business
                                 * @default false
                                 */
                                businessRegistered?: boolean;
                            };
                            /**
                             * @description Household holds contracted land, forest or fishery rights (土地/山林/渔场确权)
                             * @default false
                             */
                            hasContractedLand?: boolean;
                            /**
                             * @description Legal supporters living outside the household
                             * @default []
                             */
                            legalSupporters?: {
                                /** @enum {string} */
                                relation: "spouse" | "child" | "parent" | "sibling" | "grandchild" | "grandparent" | "other";
                                /**
                                 * @description Whether this legal supporter (赡养/抚养/扶养义务人) can support the applicant, as the applicant sees it; used only when `means` do not decide it
                                 * @default unknown
                                 * @enum {string}
                                 */
                                ableToSupport?: "yes" | "no" | "unknown";
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
                                    receives?: "none" | "dibao" | "tekun";
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
                                    civilStatus?: "normal" | "no_civil_capacity" | "missing" | "in_prison";
                                    /**
                                     * @description Whether the supporter’s property is within the local low-income household limits
                                     * @default unknown
                                     * @enum {string}
                                     */
                                    assetsWithinLowIncomeLimits?: "yes" | "no" | "unknown";
                                };
                            }[];
                            /**
                             * @description Assistance the household receives now (for 渐退 gradual exit)
                             * @default {}
                             */
                            currentAssistance?: {
                                /**
                                 * @description Currently receives 低保
                                 * @default false
                                 */
                                dibao?: boolean;
                            };
                            /**
                             * @description Sudden hardships (for 临时救助 temporary assistance)
                             * @default []
                             */
                            incidents?: {
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
                            relatedToStaff?: boolean;
                            /**
                             * @description Someone applies on the household’s behalf (代为申请); set by the application, not the applicant
                             * @default false
                             */
                            appliedOnBehalf?: boolean;
                        };
                        /** @description Date whose rules and figures apply; today when absent */
                        asOf?: string;
                    };
                };
            };
            responses: {
                /** @description The pre-screen; not a decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jurisdiction: {
                                id: string;
                                name: string;
                                divisionCode: string;
                            };
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
                                /**
                                 * @description Per-capita income against the standard: below it; in the 低保边缘 band; above the band; above the standard with no band given; or not known
                                 * @enum {string}
                                 */
                                position: "below" | "margin" | "above_margin" | "above_unknown_margin" | "unknown";
                                /** @description What was assumed to count the income (a monthly total, the members in work) */
                                assumptions: string[];
                            };
                            programs: {
                                /** @enum {string} */
                                program: "dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income";
                                name: string;
                                /**
                                 * @description likely: the rules point to eligibility; needs_judgment: staff must decide or data is missing
                                 * @enum {string}
                                 */
                                verdict: "likely" | "unlikely" | "needs_judgment";
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
                            materials: {
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
                            nextStep: {
                                /** @description What to do next */
                                text: string;
                                /** @description When a decision is due for each programme still in question, if accepted on asOf */
                                decisions: {
                                    /** @enum {string} */
                                    program: "dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income";
                                    due: string | null;
                                    text: string;
                                }[];
                            };
                            /** @description The full explanation and timelines: only with ?detail=full */
                            detail?: {
                                income: {
                                    /** @description Before deductions, fen a year */
                                    grossAnnualFen: number;
                                    explanation: {
                                        ruleId: string;
                                        text: string;
                                        source: {
                                            /** @description Document id, e.g. "002", or the national regulation cited */
                                            document: string;
                                            /** @description Section or clause, quoted in Chinese */
                                            clause: string;
                                        } | null;
                                        sourceText: string | null;
                                    }[];
                                };
                                programs: {
                                    /** @enum {string} */
                                    program: "dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income";
                                    coverage: ("household" | "single_person" | "gradual_exit") | null;
                                    /** @description People the estimate covers */
                                    coveredMembers: number;
                                    amountUnavailable: {
                                        /** @enum {string} */
                                        reason: "parameter_not_provided" | "parameter_not_yet_effective" | "amount_rule_not_stated" | "not_a_cash_benefit" | "not_eligible" | "needs_judgment";
                                        /** @description Parameters whose absence prevents an estimate */
                                        parameters: string[];
                                    } | null;
                                    /** @description Every rule applied, with its source */
                                    explanation: {
                                        ruleId: string;
                                        text: string;
                                        source: {
                                            /** @description Document id, e.g. "002", or the national regulation cited */
                                            document: string;
                                            /** @description Section or clause, quoted in Chinese */
                                            clause: string;
                                        } | null;
                                        sourceText: string | null;
                                    }[];
                                }[];
                                notices: {
                                    ruleId: string;
                                    text: string;
                                    source: {
                                        /** @description Document id, e.g. "002", or the national regulation cited */
                                        document: string;
                                        /** @description Section or clause, quoted in Chinese */
                                        clause: string;
                                    } | null;
                                    sourceText: string | null;
                                }[];
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
                                        /** @description Where a rule or figure comes from */
                                        source: {
                                            /** @description Document id, e.g. "002", or the national regulation cited */
                                            document: string;
                                            /** @description Section or clause, quoted in Chinese */
                                            clause: string;
                                        };
                                        sourceText: string;
                                    }[];
                                    lookedUpByGovernment: {
                                        id: string;
                                        name: string;
                                        sourceText: string;
                                    }[];
                                };
                                /** @description Deadlines of each programme still in question if the application were accepted on asOf */
                                timelines: {
                                    /** @enum {string} */
                                    program: "dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income";
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
                                    /** @description YYYY-MM: payment starts the month after approval */
                                    paymentFromMonth: string | null;
                                    /** @description A year without holiday data was crossed; dates count weekends only */
                                    estimated: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
            parameters: {
                query?: never;
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
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                divisionCode: string;
                                nameZh: string;
                                nameEn: string;
                                programs: {
                                    /** @enum {string} */
                                    id: "dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income";
                                    name: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            jurisdiction: {
                                id: string;
                                name: string;
                                divisionCode: string;
                            };
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
                                /** @enum {string} */
                                id: "dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income";
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
                            process: {
                                /** @enum {string} */
                                program: "dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income";
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
                                /** @description YYYY-MM: payment starts the month after approval */
                                paymentFromMonth: string | null;
                                /** @description A year without holiday data was crossed; dates count weekends only */
                                estimated: boolean;
                            }[];
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
                            parameters: {
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
                            }[];
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every declaration */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "privacy_consent" | "honesty" | "verification_authorization" | "income_assets" | "relatives_of_staff";
                                title: string;
                                text: string;
                                /** @description Hash of the binding Chinese text; send it back when signing */
                                textVersion: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        /** The applications the caller started or owns */
        get: {
            parameters: {
                query?: never;
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
                        "application/json": {
                            items: {
                                id: string;
                                status: string;
                                caseNumber: string | null;
                                jurisdiction: string;
                                areaId: string;
                                programs: ("dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income")[];
                                revision: number;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Start an application draft (residents; village workers for residents of their village, 代为申请) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The village or township where the application is made (see placeBasis) */
                        areaId: string;
                        /**
                         * @description registration: the area is the household registration (户籍地); residence: where the applicant lives or the hardship happened, allowed only for 临时救助 where the pack lifts the registration limit
                         * @default registration
                         * @enum {string}
                         */
                        placeBasis?: "registration" | "residence";
                        programs: ("dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income")[];
                        /** @description 代为申请: required when a village worker applies for a resident, refused otherwise */
                        onBehalf?: {
                            /** @enum {string} */
                            basis: "no_civil_capacity" | "elderly" | "disabled" | "entrusted";
                        };
                    };
                };
            };
            responses: {
                /** @description The new draft; a worker also gets the one-time code the resident uses to follow the case */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            notice: {
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
                            /** @description Uploaded files; each is read at …/attachments/{attachmentId} */
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
                                materialId: string;
                            }[];
                            missing: {
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
                                        /** @description Where a rule or figure comes from */
                                        source: {
                                            /** @description Document id, e.g. "002", or the national regulation cited */
                                            document: string;
                                            /** @description Section or clause, quoted in Chinese */
                                            clause: string;
                                        };
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
                            claimCode: string | null;
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description The case, now also yours */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: string;
                            caseNumber: string | null;
                            jurisdiction: string;
                            areaId: string;
                            programs: ("dibao" | "dibao_edge" | "tekun" | "temporary" | "low_income")[];
                            revision: number;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
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
                            notice: {
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
                            /** @description Uploaded files; each is read at …/attachments/{attachmentId} */
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
                                materialId: string;
                            }[];
                            missing: {
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
                                        /** @description Where a rule or figure comes from */
                                        source: {
                                            /** @description Document id, e.g. "002", or the national regulation cited */
                                            document: string;
                                            /** @description Section or clause, quoted in Chinese */
                                            clause: string;
                                        };
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
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        put: {
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
                    "application/json": {
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
                                seriousIllness?: boolean;
                                /**
                                 * @description Current level of full-time study, if a student
                                 * @enum {string}
                                 */
                                studentLevel?: "preschool" | "primary" | "junior_secondary" | "senior_secondary" | "vocational" | "associate" | "bachelor" | "postgraduate";
                                /**
                                 * @description In employment (已就业)
                                 * @default false
                                 */
                                employed?: boolean;
                                /**
                                 * @description Capacity to work (劳动能力)
                                 * @default unknown
                                 * @enum {string}
                                 */
                                workCapacity?: "able" | "unable" | "unknown";
                                /** @description Disabled serviceman grade (伤残军人等级), 1 to 10 */
                                disabledServicemanGrade?: number;
                                /**
                                 * @description Member of a military or martyr family (军烈属)
                                 * @default false
                                 */
                                militaryOrMartyrFamily?: boolean;
                                /**
                                 * @description Old demobilised serviceman living in the countryside (在乡老复员军人)
                                 * @default false
                                 */
                                demobilisedVeteranInVillage?: boolean;
                                /**
                                 * @description Priority-care recipient on a regular pension (定期抚恤的重点优抚对象)
                                 * @default false
                                 */
                                priorityCarePension?: boolean;
                                /** @description For clergy who left their family: whole years living at a religious site */
                                clergyYearsAtReligiousSite?: number;
                                /**
                                 * @description Annual income by the four kinds of income accounting (收入核算), integer fen
                                 * @default {}
                                 */
                                income?: {
                                    /**
                                     * @description 工资性收入: annual wages and labour income, fen
                                     * @default 0
                                     */
                                    wages?: number;
                                    /**
                                     * @description 经营净收入: annual net business income (farming, trade), fen
                                     * @default 0
                                     */
                                    businessNet?: number;
                                    /**
                                     * @description 财产净收入: annual net property income (rent, interest), fen
                                     * @default 0
                                     */
                                    propertyNet?: number;
                                    /**
                                     * @description 转移净收入: annual net transfer income (pensions, support received), fen
                                     * @default 0
                                     */
                                    transferNet?: number;
                                };
                                /**
                                 * @description Large self-paid costs of illness, disability rehabilitation or study (刚性支出)
                                 * @default []
                                 */
                                rigidExpenses?: {
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
                            hukouInJurisdiction?: boolean;
                            /**
                             * @description Household actually lives in this jurisdiction
                             * @default true
                             */
                            residesInJurisdiction?: boolean;
                            /**
                             * @description Income not attributable to one member (e.g. contracted land), annual, fen
                             * @default {}
                             */
                            sharedIncome?: {
                                /**
                                 * @description 工资性收入: annual wages and labour income, fen
                                 * @default 0
                                 */
                                wages?: number;
                                /**
                                 * @description 经营净收入: annual net business income (farming, trade), fen
                                 * @default 0
                                 */
                                businessNet?: number;
                                /**
                                 * @description 财产净收入: annual net property income (rent, interest), fen
                                 * @default 0
                                 */
                                propertyNet?: number;
                                /**
                                 * @description 转移净收入: annual net transfer income (pensions, support received), fen
                                 * @default 0
                                 */
                                transferNet?: number;
                            };
                            /** @description Household income as one monthly total, instead of each member’s annual income */
                            householdIncome?: {
                                /** @description The whole household’s income in a month, every member and every kind together, fen (2,500 yuan → 250000) */
                                monthlyFen: number;
                                /**
                                 * @description Members in work: each is allowed the work-cost deduction, at most their own wages
                                 * @default []
                                 */
                                earners?: {
                                    /** @description The member in work, by position in `members` (1 = first) */
                                    member: number;
                                    /** @description That member’s wages in a month (part of monthlyFen), fen */
                                    monthlyWagesFen: number;
                                }[];
                            };
                            /**
                             * @description Household assets (财产状况)
                             * @default {}
                             */
                            assets?: {
                                /**
                                 * @description Housing units besides the home lived in
                                 * @default 0
                                 */
                                otherHousingUnits?: number;
                                /**
                                 * @description Motor vehicles owned
                                 * @default 0
                                 */
                                motorVehicles?: number;
                                /**
                                 * @description Bank savings and securities, fen
                                 * @default 0
                                 */
                                savingsFen?: number;
                                /**
                                 * @description A member runs a registered business
                                 * @default false
                                 */
                                businessRegistered?: boolean;
                            };
                            /**
                             * @description Household holds contracted land, forest or fishery rights (土地/山林/渔场确权)
                             * @default false
                             */
                            hasContractedLand?: boolean;
                            /**
                             * @description Legal supporters living outside the household
                             * @default []
                             */
                            legalSupporters?: {
                                /** @enum {string} */
                                relation: "spouse" | "child" | "parent" | "sibling" | "grandchild" | "grandparent" | "other";
                                /**
                                 * @description Whether this legal supporter (赡养/抚养/扶养义务人) can support the applicant, as the applicant sees it; used only when `means` do not decide it
                                 * @default unknown
                                 * @enum {string}
                                 */
                                ableToSupport?: "yes" | "no" | "unknown";
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
                                    receives?: "none" | "dibao" | "tekun";
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
                                    civilStatus?: "normal" | "no_civil_capacity" | "missing" | "in_prison";
                                    /**
                                     * @description Whether the supporter’s property is within the local low-income household limits
                                     * @default unknown
                                     * @enum {string}
                                     */
                                    assetsWithinLowIncomeLimits?: "yes" | "no" | "unknown";
                                };
                            }[];
                            /**
                             * @description Assistance the household receives now (for 渐退 gradual exit)
                             * @default {}
                             */
                            currentAssistance?: {
                                /**
                                 * @description Currently receives 低保
                                 * @default false
                                 */
                                dibao?: boolean;
                            };
                            /**
                             * @description Sudden hardships (for 临时救助 temporary assistance)
                             * @default []
                             */
                            incidents?: {
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
                            relatedToStaff?: boolean;
                            /**
                             * @description Someone applies on the household’s behalf (代为申请); set by the application, not the applicant
                             * @default false
                             */
                            appliedOnBehalf?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description The saved draft */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            notice: {
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
                            /** @description Uploaded files; each is read at …/attachments/{attachmentId} */
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
                                materialId: string;
                            }[];
                            missing: {
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
                                        /** @description Where a rule or figure comes from */
                                        source: {
                                            /** @description Document id, e.g. "002", or the national regulation cited */
                                            document: string;
                                            /** @description Section or clause, quoted in Chinese */
                                            clause: string;
                                        };
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
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        post: {
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
                    "application/json": {
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
                };
            };
            responses: {
                /** @description The draft with the signature recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            notice: {
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
                            /** @description Uploaded files; each is read at …/attachments/{attachmentId} */
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
                                materialId: string;
                            }[];
                            missing: {
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
                                        /** @description Where a rule or figure comes from */
                                        source: {
                                            /** @description Document id, e.g. "002", or the national regulation cited */
                                            document: string;
                                            /** @description Section or clause, quoted in Chinese */
                                            clause: string;
                                        };
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
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        post: {
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
                    "application/json": {
                        revision: number;
                    };
                };
            };
            responses: {
                /** @description What happened, and the application as it now stands */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "submitted" | "notice_issued" | "incomplete";
                            application: {
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
                                notice: {
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
                                /** @description Uploaded files; each is read at …/attachments/{attachmentId} */
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
                                    materialId: string;
                                }[];
                                missing: {
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
                                            /** @description Where a rule or figure comes from */
                                            source: {
                                                /** @description Document id, e.g. "002", or the national regulation cited */
                                                document: string;
                                                /** @description Section or clause, quoted in Chinese */
                                                clause: string;
                                            };
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
                            };
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            caseNumber: string | null;
                            status: string;
                            stages: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                state: "done" | "current" | "upcoming";
                                /** @description When it was done */
                                on: string | null;
                                /** @description Its deadline, when the pack sets one and it can be known */
                                due: string | null;
                                outcome: string | null;
                            }[];
                            current: {
                                id: string;
                                name: string;
                                due: string | null;
                                overdue: boolean;
                            } | null;
                            /** @description The stage after the current one */
                            next: string | null;
                            /** @description The overall limit from acceptance to decision, when the pack sets one; of several programmes, the earliest */
                            decisionDue: {
                                /** @description The programme whose limit falls first */
                                program: string;
                                workingDays: number;
                                /** @description YYYY-MM-DD */
                                due: string;
                                extendedDue: string | null;
                                estimated: boolean;
                            } | null;
                            /** @description What the applicant must do now */
                            applicantAction: string;
                            notice: {
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
                            decision: {
                                outcome: string;
                                text: string;
                                reasons: string | null;
                                /** @description YYYY-MM-DD */
                                on: string;
                            } | null;
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        /** Submitted cases within the caller’s jurisdiction, oldest first */
        get: {
            parameters: {
                query?: {
                    status?: "submitted" | "in_progress" | "closed";
                    page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of 50 cases */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                caseNumber: string | null;
                                status: string;
                                areaId: string;
                                programs: string[];
                                submittedAt: string | null;
                                currentStage: string | null;
                                currentDue: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        post: {
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
                    "application/json": {
                        /** @default [] */
                        materials?: string[];
                    };
                };
            };
            responses: {
                /** @description The application with its notice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
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
                            notice: {
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
                            /** @description Uploaded files; each is read at …/attachments/{attachmentId} */
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
                                materialId: string;
                            }[];
                            missing: {
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
                                        /** @description Where a rule or figure comes from */
                                        source: {
                                            /** @description Document id, e.g. "002", or the national regulation cited */
                                            document: string;
                                            /** @description Section or clause, quoted in Chinese */
                                            clause: string;
                                        };
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
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        /** Record a stage of the procedure (受理, 审核, 审批 …) in the pack’s order; the applicant is told */
        post: {
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
                    "application/json": {
                        stage: string;
                        /** @description The day the stage was completed; today when absent */
                        on?: string;
                        /** @enum {string} */
                        outcome?: "accepted" | "not_accepted" | "approved" | "refused";
                        /** @description Required when not accepted or refused */
                        reasons?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The case timeline after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseNumber: string | null;
                            status: string;
                            stages: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                state: "done" | "current" | "upcoming";
                                /** @description When it was done */
                                on: string | null;
                                /** @description Its deadline, when the pack sets one and it can be known */
                                due: string | null;
                                outcome: string | null;
                            }[];
                            current: {
                                id: string;
                                name: string;
                                due: string | null;
                                overdue: boolean;
                            } | null;
                            /** @description The stage after the current one */
                            next: string | null;
                            /** @description The overall limit from acceptance to decision, when the pack sets one; of several programmes, the earliest */
                            decisionDue: {
                                /** @description The programme whose limit falls first */
                                program: string;
                                workingDays: number;
                                /** @description YYYY-MM-DD */
                                due: string;
                                extendedDue: string | null;
                                estimated: boolean;
                            } | null;
                            /** @description What the applicant must do now */
                            applicantAction: string;
                            notice: {
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
                            decision: {
                                outcome: string;
                                text: string;
                                reasons: string | null;
                                /** @description YYYY-MM-DD */
                                on: string;
                            } | null;
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        post: {
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
                        "application/json": {
                            revision: number;
                            missing: {
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
                                        /** @description Where a rule or figure comes from */
                                        source: {
                                            /** @description Document id, e.g. "002", or the national regulation cited */
                                            document: string;
                                            /** @description Section or clause, quoted in Chinese */
                                            clause: string;
                                        };
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
                            attachment: {
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
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
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
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an uploaded file from a draft; the file itself is deleted */
        delete: {
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
                        "application/json": {
                            revision: number;
                            missing: {
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
                                        /** @description Where a rule or figure comes from */
                                        source: {
                                            /** @description Document id, e.g. "002", or the national regulation cited */
                                            document: string;
                                            /** @description Section or clause, quoted in Chinese */
                                            clause: string;
                                        };
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
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
            parameters: {
                query?: {
                    status?: "received" | "answered";
                    page?: number;
                    pageSize?: number;
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
                        "application/json": {
                            items: {
                                id: string;
                                receiptCode: string;
                                /** @enum {string} */
                                kind: "complaint" | "fraud" | "favouritism" | "other";
                                /** @enum {string} */
                                status: "received" | "answered";
                                areaId: string;
                                involvesStaff: boolean;
                                routedTo: {
                                    /** @enum {string} */
                                    level: "township" | "county";
                                    areaId: string;
                                    /** @enum {string} */
                                    rule: "involves_staff" | "township_decision" | "township_handles";
                                };
                                /** @description YYYY-MM-DD, local China date */
                                receivedOn: string;
                                /** @description Null when the local document sets no time limit */
                                answerDue: {
                                    /** @description YYYY-MM-DD, local China date */
                                    date: string;
                                    workingDays: number;
                                    estimated: boolean;
                                    /** @description Where a rule or figure comes from */
                                    source: {
                                        /** @description Document id, e.g. "002", or the national regulation cited */
                                        document: string;
                                        /** @description Section or clause, quoted in Chinese */
                                        clause: string;
                                    };
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
                                        /** @description Where a rule or figure comes from */
                                        source: {
                                            /** @description Document id, e.g. "002", or the national regulation cited */
                                            document: string;
                                            /** @description Section or clause, quoted in Chinese */
                                            clause: string;
                                        };
                                    } | null;
                                    investigationDueNote: string | null;
                                    /** @description Not answered and past the investigation deadline */
                                    overdue: boolean;
                                } | null;
                                createdAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Make a complaint about a case, or report fraud or favouritism; anonymous reports need no sign-in. Answers a receipt code and a secret, shown once */
        post: {
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
                    "application/json": {
                        /** @enum {string} */
                        kind: "complaint" | "fraud" | "favouritism" | "other";
                        /** @description The village or township concerned (not for complaints) */
                        areaId?: string;
                        /** @description The case a complaint is about (complaints only) */
                        applicationId?: string;
                        /** @default [] */
                        people?: {
                            name: string;
                            position?: string;
                        }[];
                        /**
                         * @description The report names township social-assistance staff or their relatives, or village committee members
                         * @default false
                         */
                        involvesStaff?: boolean;
                        description: string;
                        reporter: {
                            anonymous: boolean;
                            name?: string;
                            phone?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description The receipt */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            receiptCode: string;
                            /** @enum {string} */
                            kind: "complaint" | "fraud" | "favouritism" | "other";
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
                                /** @description Where a rule or figure comes from */
                                source: {
                                    /** @description Document id, e.g. "002", or the national regulation cited */
                                    document: string;
                                    /** @description Section or clause, quoted in Chinese */
                                    clause: string;
                                };
                            } | null;
                            /** @description Said instead of a date when there is no time limit */
                            answerDueNote: string | null;
                            routing: {
                                /** @enum {string} */
                                level: "township" | "county";
                                /** @description The name of the township or county that handles it */
                                office: string;
                                /** @enum {string} */
                                rule: "involves_staff" | "township_decision" | "township_handles";
                                explanation: string;
                                /** @description Where a rule or figure comes from */
                                source: {
                                    /** @description Document id, e.g. "002", or the national regulation cited */
                                    document: string;
                                    /** @description Section or clause, quoted in Chinese */
                                    clause: string;
                                };
                                /** @description What the local document says about who handles complaints; null when it says nothing */
                                localRule: {
                                    text: string;
                                    /** @description Where a rule or figure comes from */
                                    source: {
                                        /** @description Document id, e.g. "002", or the national regulation cited */
                                        document: string;
                                        /** @description Section or clause, quoted in Chinese */
                                        clause: string;
                                    };
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
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        receiptCode: string;
                        secret: string;
                    };
                };
            };
            responses: {
                /** @description The report as the reporter sees it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            receiptCode: string;
                            /** @enum {string} */
                            kind: "complaint" | "fraud" | "favouritism" | "other";
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
                                /** @description Where a rule or figure comes from */
                                source: {
                                    /** @description Document id, e.g. "002", or the national regulation cited */
                                    document: string;
                                    /** @description Section or clause, quoted in Chinese */
                                    clause: string;
                                };
                            } | null;
                            /** @description Said instead of a date when there is no time limit */
                            answerDueNote: string | null;
                            routing: {
                                /** @enum {string} */
                                level: "township" | "county";
                                /** @description The name of the township or county that handles it */
                                office: string;
                                /** @enum {string} */
                                rule: "involves_staff" | "township_decision" | "township_handles";
                                explanation: string;
                                /** @description Where a rule or figure comes from */
                                source: {
                                    /** @description Document id, e.g. "002", or the national regulation cited */
                                    document: string;
                                    /** @description Section or clause, quoted in Chinese */
                                    clause: string;
                                };
                                /** @description What the local document says about who handles complaints; null when it says nothing */
                                localRule: {
                                    text: string;
                                    /** @description Where a rule or figure comes from */
                                    source: {
                                        /** @description Document id, e.g. "002", or the national regulation cited */
                                        document: string;
                                        /** @description Section or clause, quoted in Chinese */
                                        clause: string;
                                    };
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
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        post: {
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
                        "application/json": {
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
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
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
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        get: {
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
                        "application/json": {
                            id: string;
                            receiptCode: string;
                            /** @enum {string} */
                            kind: "complaint" | "fraud" | "favouritism" | "other";
                            /** @enum {string} */
                            status: "received" | "answered";
                            areaId: string;
                            involvesStaff: boolean;
                            routedTo: {
                                /** @enum {string} */
                                level: "township" | "county";
                                areaId: string;
                                /** @enum {string} */
                                rule: "involves_staff" | "township_decision" | "township_handles";
                            };
                            /** @description YYYY-MM-DD, local China date */
                            receivedOn: string;
                            /** @description Null when the local document sets no time limit */
                            answerDue: {
                                /** @description YYYY-MM-DD, local China date */
                                date: string;
                                workingDays: number;
                                estimated: boolean;
                                /** @description Where a rule or figure comes from */
                                source: {
                                    /** @description Document id, e.g. "002", or the national regulation cited */
                                    document: string;
                                    /** @description Section or clause, quoted in Chinese */
                                    clause: string;
                                };
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
                                    /** @description Where a rule or figure comes from */
                                    source: {
                                        /** @description Document id, e.g. "002", or the national regulation cited */
                                        document: string;
                                        /** @description Section or clause, quoted in Chinese */
                                        clause: string;
                                    };
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
                                rule: "involves_staff" | "township_decision" | "township_handles";
                                explanation: string;
                                /** @description Where a rule or figure comes from */
                                source: {
                                    /** @description Document id, e.g. "002", or the national regulation cited */
                                    document: string;
                                    /** @description Section or clause, quoted in Chinese */
                                    clause: string;
                                };
                                /** @description What the local document says about who handles complaints; null when it says nothing */
                                localRule: {
                                    text: string;
                                    /** @description Where a rule or figure comes from */
                                    source: {
                                        /** @description Document id, e.g. "002", or the national regulation cited */
                                        document: string;
                                        /** @description Section or clause, quoted in Chinese */
                                        clause: string;
                                    };
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
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        post: {
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
                    "application/json": {
                        /** @description The day the media disclosed the problem; today when absent */
                        on?: string;
                    };
                };
            };
            responses: {
                /** @description The report with its investigation deadline */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            receiptCode: string;
                            /** @enum {string} */
                            kind: "complaint" | "fraud" | "favouritism" | "other";
                            /** @enum {string} */
                            status: "received" | "answered";
                            areaId: string;
                            involvesStaff: boolean;
                            routedTo: {
                                /** @enum {string} */
                                level: "township" | "county";
                                areaId: string;
                                /** @enum {string} */
                                rule: "involves_staff" | "township_decision" | "township_handles";
                            };
                            /** @description YYYY-MM-DD, local China date */
                            receivedOn: string;
                            /** @description Null when the local document sets no time limit */
                            answerDue: {
                                /** @description YYYY-MM-DD, local China date */
                                date: string;
                                workingDays: number;
                                estimated: boolean;
                                /** @description Where a rule or figure comes from */
                                source: {
                                    /** @description Document id, e.g. "002", or the national regulation cited */
                                    document: string;
                                    /** @description Section or clause, quoted in Chinese */
                                    clause: string;
                                };
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
                                    /** @description Where a rule or figure comes from */
                                    source: {
                                        /** @description Document id, e.g. "002", or the national regulation cited */
                                        document: string;
                                        /** @description Section or clause, quoted in Chinese */
                                        clause: string;
                                    };
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
                                rule: "involves_staff" | "township_decision" | "township_handles";
                                explanation: string;
                                /** @description Where a rule or figure comes from */
                                source: {
                                    /** @description Document id, e.g. "002", or the national regulation cited */
                                    document: string;
                                    /** @description Section or clause, quoted in Chinese */
                                    clause: string;
                                };
                                /** @description What the local document says about who handles complaints; null when it says nothing */
                                localRule: {
                                    text: string;
                                    /** @description Where a rule or figure comes from */
                                    source: {
                                        /** @description Document id, e.g. "002", or the national regulation cited */
                                        document: string;
                                        /** @description Section or clause, quoted in Chinese */
                                        clause: string;
                                    };
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
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        post: {
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
                    "application/json": {
                        /** @enum {string} */
                        outcome: "substantiated" | "partly_substantiated" | "unsubstantiated";
                        /** @description How it was checked and handled; staff and supervisors only */
                        handling: string;
                        /** @description What the reporter is told */
                        answer: string;
                    };
                };
            };
            responses: {
                /** @description The answered report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            receiptCode: string;
                            /** @enum {string} */
                            kind: "complaint" | "fraud" | "favouritism" | "other";
                            /** @enum {string} */
                            status: "received" | "answered";
                            areaId: string;
                            involvesStaff: boolean;
                            routedTo: {
                                /** @enum {string} */
                                level: "township" | "county";
                                areaId: string;
                                /** @enum {string} */
                                rule: "involves_staff" | "township_decision" | "township_handles";
                            };
                            /** @description YYYY-MM-DD, local China date */
                            receivedOn: string;
                            /** @description Null when the local document sets no time limit */
                            answerDue: {
                                /** @description YYYY-MM-DD, local China date */
                                date: string;
                                workingDays: number;
                                estimated: boolean;
                                /** @description Where a rule or figure comes from */
                                source: {
                                    /** @description Document id, e.g. "002", or the national regulation cited */
                                    document: string;
                                    /** @description Section or clause, quoted in Chinese */
                                    clause: string;
                                };
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
                                    /** @description Where a rule or figure comes from */
                                    source: {
                                        /** @description Document id, e.g. "002", or the national regulation cited */
                                        document: string;
                                        /** @description Section or clause, quoted in Chinese */
                                        clause: string;
                                    };
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
                                rule: "involves_staff" | "township_decision" | "township_handles";
                                explanation: string;
                                /** @description Where a rule or figure comes from */
                                source: {
                                    /** @description Document id, e.g. "002", or the national regulation cited */
                                    document: string;
                                    /** @description Section or clause, quoted in Chinese */
                                    clause: string;
                                };
                                /** @description What the local document says about who handles complaints; null when it says nothing */
                                localRule: {
                                    text: string;
                                    /** @description Where a rule or figure comes from */
                                    source: {
                                        /** @description Document id, e.g. "002", or the national regulation cited */
                                        document: string;
                                        /** @description Section or clause, quoted in Chinese */
                                        clause: string;
                                    };
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
                    };
                };
                /** @description Error */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
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
        Error: {
            error: {
                code: string;
                /** @description In the caller’s language (Accept-Language; zh-CN by default) */
                message: string;
                requestId: string;
                fields?: {
                    path: string;
                    field: string;
                    message: string;
                }[];
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
