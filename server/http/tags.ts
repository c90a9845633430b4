/** The groups of the API, as the contract and its readers see them. A route names one or more. */
export const TAGS = {
  operations: 'Liveness and readiness, for load balancers and monitoring',
  identity: 'Sign-in for residents (WeChat) and staff, sessions, staff accounts',
  areas: 'The jurisdiction tree: county → township (乡镇/街道/苏木) → village (村/社区/嘎查)',
  policy: 'Each place’s policy in plain language, and the eligibility pre-screen',
  applications:
    'Applications as the applicant sees them: drafts, household, declarations, uploads, submission, tracking',
  cases: 'Cases as township staff handle them: the inbox, the one-time notice, recording each stage',
  reports: 'Complaints and fraud or favouritism reports, anonymous or named, followed by receipt code',
  chat: 'The chat bot’s links: pre-screen hand-off codes, and chats bound to one case by a code the applicant shows',
  notices:
    'Public notices (公示) of each village and township: masked names, household size, programme, amount',
  recipients: 'Recipient households (动态管理): amounts, changes and stops, periodic reviews',
  supervision: 'County supervision: random checks of township decisions, statistics per township and charts',
  parameters: 'The figures each county publishes (standards, minimum wage …), in force from their date',
  discovery:
    'Households found in hardship by village and grid workers (主动发现报告), followed up by the township',
  clients: 'Public settings the mini-program and the bot read at start',
} as const;

export type Tag = keyof typeof TAGS;
