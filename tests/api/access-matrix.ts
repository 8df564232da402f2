// The access-control matrix: for every endpoint the server registers, the status each kind of
// caller gets — every staff role at the unit that owns the resource, at its parent, at a sibling and
// at a child, the province administrator, and no session. One table: access-matrix.test.ts runs
// every cell and fails on a route without a row; docs/access-matrix.md is this table rendered.

export const matrixRoles = ['reception', 'specialist', 'leader', 'unit-admin'] as const;
export type MatrixRole = (typeof matrixRoles)[number];
export const relations = ['own', 'parent', 'sibling', 'child'] as const;
export type Relation = (typeof relations)[number];

/** A column: a staff role at a unit related to the subject's unit, the province administrator, or nobody. */
export type Column = { relation: Relation; role: MatrixRole } | 'province-admin' | 'no session';
export const columns: readonly Column[] = [
  ...relations.flatMap((relation) => matrixRoles.map((role) => ({ relation, role }))),
  'province-admin',
  'no session',
];
const ROLE_LETTER: Record<MatrixRole, string> = {
  reception: 'R',
  specialist: 'S',
  leader: 'L',
  'unit-admin': 'A',
};
export const columnLabel = (c: Column): string =>
  typeof c === 'string' ? c : `${c.relation} ${ROLE_LETTER[c.role]}`;

/**
 * Whose resource a row asks for: a commune's (UBND xã Thạch Kiệt: parent huyện Tân Sơn, sibling
 * xã Kim Thượng, no child) or a district's (UBND huyện Tân Sơn: parent tỉnh Phú Thọ, sibling huyện
 * Thanh Sơn, child xã Thạch Kiệt). `any`: nobody's (public or one's own account); the district's
 * callers ask, so every column has one.
 */
export type Subject = 'commune' | 'district' | 'any';

/** Who sits in each column. `matrix.*` accounts are made by the test; the others are demo accounts. */
export const callers = {
  commune: {
    own: ['tiepnhan.thachkiet', 'chuyenvien.thachkiet', 'lanhdao.thachkiet', 'matrix.admin.thachkiet'],
    parent: ['tiepnhan.tanson', 'chuyenvien.tanson', 'lanhdao.tanson', 'admin.tanson'],
    sibling: ['tiepnhan.kimthuong', 'chuyenvien.kimthuong', 'lanhdao.kimthuong', 'matrix.admin.kimthuong'],
    child: null,
  },
  district: {
    own: ['tiepnhan.tanson', 'chuyenvien.tanson', 'lanhdao.tanson', 'admin.tanson'],
    parent: [
      'matrix.reception.phutho',
      'matrix.specialist.phutho',
      'matrix.leader.phutho',
      'matrix.admin.phutho',
    ],
    sibling: [
      'matrix.reception.thanhson',
      'matrix.specialist.thanhson',
      'matrix.leader.thanhson',
      'matrix.admin.thanhson',
    ],
    child: ['tiepnhan.thachkiet', 'chuyenvien.thachkiet', 'lanhdao.thachkiet', 'matrix.admin.thachkiet'],
  },
  provinceAdmin: 'admin.phutho',
} as const satisfies {
  commune: Record<Relation, readonly [string, string, string, string] | null>;
  district: Record<Relation, readonly [string, string, string, string] | null>;
  provinceAdmin: string;
};

/** Accounts the test adds to the demo data (role, unit code), so that every column has a caller. */
export const matrixAccounts = [
  ['matrix.admin.thachkiet', 'unit-admin', '000.02.24.H45'],
  ['matrix.admin.kimthuong', 'unit-admin', '000.14.24.H45'],
  ['matrix.reception.phutho', 'reception', '000.00.00.H45'],
  ['matrix.specialist.phutho', 'specialist', '000.00.00.H45'],
  ['matrix.leader.phutho', 'leader', '000.00.00.H45'],
  ['matrix.admin.phutho', 'unit-admin', '000.00.00.H45'],
  ['matrix.reception.thanhson', 'reception', '000.00.23.H45'],
  ['matrix.specialist.thanhson', 'specialist', '000.00.23.H45'],
  ['matrix.leader.thanhson', 'leader', '000.00.23.H45'],
  ['matrix.admin.thanhson', 'unit-admin', '000.00.23.H45'],
] as const;

/** What a cell may say. `∅`: 200, but the subject's record is not in the answer (a scoped list). */
export const outcomes = ['200', '201', '204', '302', '409', '∅', '401', '403', '404', '-'] as const;
export type Outcome = (typeof outcomes)[number];

export interface MatrixRow {
  /** method and path exactly as registered */
  route: string;
  subject: Subject;
  /** the request of this row: which request-builder of access-matrix-requests.ts makes it */
  request: string;
  /** what the request does, for the reader */
  does: string;
  /** own R S L A | parent R S L A | sibling R S L A | child R S L A | province-admin | no session */
  expect: string;
}

// biome-ignore format: one line per row, so that the table reads as a table
export const matrix = [
  //         own unit          parent unit       sibling unit      child unit       prov.  no
  //          R   S   L   A     R   S   L   A     R   S   L   A     R   S   L   A   admin session
  // Operations and documentation: public, except the metrics, which need the bearer token.
  { expect: '401 401 401 401 | 401 401 401 401 | 401 401 401 401 | 401 401 401 401 | 401 | 401', route: 'GET /metrics', subject: 'any', request: 'metrics', does: 'Prometheus metrics without the bearer token (METRICS_TOKEN set)' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/health', subject: 'any', request: 'health', does: 'liveness' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/ready', subject: 'any', request: 'ready', does: 'readiness' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/openapi.json', subject: 'any', request: 'openapi', does: 'the OpenAPI document' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/docs', subject: 'any', request: 'docs', does: 'the API browser' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/docs/', subject: 'any', request: 'docs.slash', does: 'the API browser' },
  { expect: '302 302 302 302 | 302 302 302 302 | 302 302 302 302 | 302 302 302 302 | 302 | 302', route: 'GET /api/docs/static/index.html', subject: 'any', request: 'docs.index', does: 'the API browser page (redirects to /api/docs/)' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/docs/static/swagger-initializer.js', subject: 'any', request: 'docs.initializer', does: 'its script' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/docs/*', subject: 'any', request: 'docs.asset', does: 'its static files' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/docs/json', subject: 'any', request: 'docs.json', does: 'the OpenAPI document (JSON)' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/docs/yaml', subject: 'any', request: 'docs.yaml', does: 'the OpenAPI document (YAML)' },

  // The public catalog, the unit tree, the calendar and the public statistics.
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/units', subject: 'any', request: 'units', does: 'the unit tree' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/unit-levels', subject: 'any', request: 'unit-levels', does: 'the levels of the tree' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/fields', subject: 'any', request: 'fields', does: 'the fields' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/procedures', subject: 'any', request: 'procedures', does: 'search the catalog' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/procedures/:id', subject: 'any', request: 'procedure', does: 'one procedure' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/calendar/due', subject: 'any', request: 'due', does: 'a due date in a unit’s calendar' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/holidays', subject: 'any', request: 'holidays', does: 'the year’s days off (public: due dates depend on them)' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'GET /api/public/stats', subject: 'any', request: 'public-stats', does: 'per-unit public statistics' },

  // Citizens: submission and the lookup key. A staff cookie neither helps nor hinders.
  { expect: '201 201 201 201 | 201 201 201 201 | 201 201 201 201 | 201 201 201 201 | 201 | 201', route: 'POST /api/files', subject: 'any', request: 'upload', does: 'upload a scan' },
  { expect: '201 201 201 201 | 201 201 201 201 | 201 201 201 201 | 201 201 201 201 | 201 | 201', route: 'POST /api/dossiers', subject: 'any', request: 'submit', does: 'submit online to the commune' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 |  -   -   -   -  | 200 | 200', route: 'GET /api/lookup/:code', subject: 'commune', request: 'lookup', does: 'look up a dossier with its key' },
  { expect: '404 404 404 404 | 404 404 404 404 | 404 404 404 404 |  -   -   -   -  | 404 | 404', route: 'GET /api/lookup/:code', subject: 'commune', request: 'lookup.wrong-key', does: 'look up a dossier with a wrong key' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 |  -   -   -   -  | 200 | 200', route: 'POST /api/lookup/:code/supplement', subject: 'commune', request: 'supplement', does: 'send the documents asked for, with the key' },
  { expect: '201 201 201 201 | 201 201 201 201 | 201 201 201 201 |  -   -   -   -  | 201 | 201', route: 'POST /api/lookup/:code/rating', subject: 'commune', request: 'rating', does: 'rate a finished dossier, with the key' },

  // Signing in and one's own session.
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 200', route: 'POST /api/auth/login', subject: 'any', request: 'login', does: 'sign in (as another account)' },
  { expect: '204 204 204 204 | 204 204 204 204 | 204 204 204 204 | 204 204 204 204 | 204 | 401', route: 'POST /api/auth/logout', subject: 'any', request: 'logout', does: 'sign out (a session of its own)' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 401', route: 'GET /api/auth/me', subject: 'any', request: 'me', does: 'who am I' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 401', route: 'GET /api/auth/csrf', subject: 'any', request: 'csrf', does: 'the CSRF token' },

  // Counter reception: a reception officer of that very unit, nobody above or beside it.
  { expect: '201 403 403 403 | 403 403 403 403 | 403 403 403 403 |  -   -   -   -  | 403 | 401', route: 'POST /api/counter/dossiers', subject: 'commune', request: 'counter', does: 'receive at the commune’s counter' },
  { expect: '201 403 403 403 | 403 403 403 403 | 403 403 403 403 | 403 403 403 403 | 403 | 401', route: 'POST /api/counter/dossiers', subject: 'district', request: 'counter', does: 'receive at the district’s counter' },

  // Reading dossiers: reception and specialists their own unit; leaders and administrators their
  // sub-units too. Another unit's dossier is 404 (its existence is not revealed); lists leave it out.
  { expect: '200 200 200 200 |  ∅   ∅  200 200 |  ∅   ∅   ∅   ∅  |  -   -   -   -  | 200 | 401', route: 'GET /api/dossiers', subject: 'commune', request: 'list', does: 'work list searched by the dossier’s code' },
  { expect: '200 200 200 200 |  ∅   ∅  200 200 |  ∅   ∅   ∅   ∅  |  ∅   ∅   ∅   ∅  | 200 | 401', route: 'GET /api/dossiers', subject: 'district', request: 'list', does: 'work list searched by the dossier’s code' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 |  -   -   -   -  | 200 | 401', route: 'GET /api/dossiers/:code', subject: 'commune', request: 'read', does: 'one dossier' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 | 404 404 404 404 | 200 | 401', route: 'GET /api/dossiers/:code', subject: 'district', request: 'read', does: 'one dossier' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 |  -   -   -   -  | 200 | 401', route: 'GET /api/dossiers/:code/forms/:form', subject: 'commune', request: 'form', does: 'its receipt (PDF)' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 | 404 404 404 404 | 200 | 401', route: 'GET /api/dossiers/:code/forms/:form', subject: 'district', request: 'form', does: 'its receipt (PDF)' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 |  -   -   -   -  | 200 | 401', route: 'GET /api/files/:id', subject: 'commune', request: 'file', does: 'a file attached to it' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 | 404 404 404 404 | 200 | 401', route: 'GET /api/files/:id', subject: 'district', request: 'file', does: 'a file attached to it' },

  // Acting on dossiers: a role the action allows (dossier-policy.ts actionRoles) at the unit that
  // holds it or above; administrators see but do not act. The status is checked before the role.
  { expect: '200 403 403 403 | 404 404 403 403 | 404 404 404 404 |  -   -   -   -  | 403 | 401', route: 'POST /api/dossiers/:code/actions/:action', subject: 'commune', request: 'action.accept', does: 'accept an online dossier (reception)' },
  { expect: '200 200 200 403 | 404 404 200 403 | 404 404 404 404 |  -   -   -   -  | 403 | 401', route: 'POST /api/dossiers/:code/actions/:action', subject: 'commune', request: 'action.forward', does: 'forward a received dossier (reception, specialist, leader)' },
  { expect: '200 200 200 403 | 404 404 200 403 | 404 404 404 404 | 404 404 404 404 | 403 | 401', route: 'POST /api/dossiers/:code/actions/:action', subject: 'district', request: 'action.forward', does: 'forward a received dossier (reception, specialist, leader)' },
  { expect: '200 403 200 403 | 404 404 200 403 | 404 404 404 404 |  -   -   -   -  | 403 | 401', route: 'POST /api/dossiers/:code/actions/:action', subject: 'commune', request: 'action.assign', does: 'assign to a department (reception, leader)' },
  { expect: '200 200 403 403 | 404 404 403 403 | 404 404 404 404 |  -   -   -   -  | 403 | 401', route: 'POST /api/dossiers/:code/actions/:action', subject: 'commune', request: 'action.request-supplement', does: 'ask for documents (reception, specialist)' },
  { expect: '403 200 200 403 | 404 404 200 403 | 404 404 404 404 |  -   -   -   -  | 403 | 401', route: 'POST /api/dossiers/:code/actions/:action', subject: 'commune', request: 'action.apologize', does: 'apologise and reset the appointment (specialist, leader)' },
  { expect: '403 403 200 403 | 404 404 200 403 | 404 404 404 404 |  -   -   -   -  | 403 | 401', route: 'POST /api/dossiers/:code/actions/:action', subject: 'commune', request: 'action.reject', does: 'reject with reasons (leader)' },
  { expect: '200 403 200 403 | 404 404 200 403 | 404 404 404 404 |  -   -   -   -  | 403 | 401', route: 'POST /api/dossiers/:code/actions/:action', subject: 'commune', request: 'action.withdraw', does: 'withdraw at the applicant’s request (reception, leader)' },
  { expect: '409 409 409 409 | 404 404 409 409 | 404 404 404 404 |  -   -   -   -  | 409 | 401', route: 'POST /api/dossiers/:code/actions/:action', subject: 'commune', request: 'action.accept-received', does: 'accept a dossier received already: 409 to whoever may see it' },

  // A unit's books and statistics: whoever may see the unit; another unit is 404.
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 |  -   -   -   -  | 200 | 401', route: 'GET /api/tracking-book.pdf', subject: 'commune', request: 'tracking-book', does: 'the unit’s tracking book (PDF)' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 | 404 404 404 404 | 200 | 401', route: 'GET /api/tracking-book.pdf', subject: 'district', request: 'tracking-book', does: 'the unit’s tracking book (PDF)' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 |  -   -   -   -  | 200 | 401', route: 'GET /api/stats/report', subject: 'commune', request: 'stats.report', does: 'the unit’s Biểu 06 report' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 | 404 404 404 404 | 200 | 401', route: 'GET /api/stats/report', subject: 'district', request: 'stats.report', does: 'the unit’s Biểu 06 report' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 |  -   -   -   -  | 200 | 401', route: 'GET /api/stats/report.csv', subject: 'commune', request: 'stats.csv', does: 'the same as CSV' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 | 404 404 404 404 | 200 | 401', route: 'GET /api/stats/report.csv', subject: 'district', request: 'stats.csv', does: 'the same as CSV' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 |  -   -   -   -  | 200 | 401', route: 'GET /api/stats/report.xlsx', subject: 'commune', request: 'stats.xlsx', does: 'the same as Excel' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 | 404 404 404 404 | 200 | 401', route: 'GET /api/stats/report.xlsx', subject: 'district', request: 'stats.xlsx', does: 'the same as Excel' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 |  -   -   -   -  | 200 | 401', route: 'GET /api/stats/report.pdf', subject: 'commune', request: 'stats.pdf', does: 'the same as PDF' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 | 404 404 404 404 | 200 | 401', route: 'GET /api/stats/report.pdf', subject: 'district', request: 'stats.pdf', does: 'the same as PDF' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 |  -   -   -   -  | 200 | 401', route: 'GET /api/stats/indicators', subject: 'commune', request: 'stats.indicators', does: 'the unit’s Decision 766 indicators' },
  { expect: '200 200 200 200 | 404 404 200 200 | 404 404 404 404 | 404 404 404 404 | 200 | 401', route: 'GET /api/stats/indicators', subject: 'district', request: 'stats.indicators', does: 'the unit’s Decision 766 indicators' },

  // Citizens' ratings: leaders and administrators, of their units and sub-units.
  { expect: '403 403 200 200 | 403 403 200 200 | 403 403  ∅   ∅  |  -   -   -   -  | 200 | 401', route: 'GET /api/ratings', subject: 'commune', request: 'ratings', does: 'ratings of the unit’s dossiers' },
  { expect: '403 403 200 200 | 403 403 200 200 | 403 403  ∅   ∅  | 403 403  ∅   ∅  | 200 | 401', route: 'GET /api/ratings', subject: 'district', request: 'ratings', does: 'ratings of the unit’s dossiers' },

  // Staff and accounts: anyone in the province sees who works where (to assign work); unit
  // administrators manage their unit and its sub-units; only a province administrator makes another.
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 |  -   -   -   -  | 200 | 401', route: 'GET /api/staff', subject: 'commune', request: 'staff', does: 'the unit’s active staff' },
  { expect: '200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 200 200 200 | 200 | 401', route: 'GET /api/staff', subject: 'district', request: 'staff', does: 'the unit’s active staff' },
  { expect: '403 403 403 200 | 403 403 403 200 | 403 403 403 403 |  -   -   -   -  | 200 | 401', route: 'GET /api/users', subject: 'commune', request: 'users', does: 'the unit’s accounts' },
  { expect: '403 403 403 200 | 403 403 403 200 | 403 403 403 403 | 403 403 403 403 | 200 | 401', route: 'GET /api/users', subject: 'district', request: 'users', does: 'the unit’s accounts' },
  { expect: '403 403 403 201 | 403 403 403 201 | 403 403 403 403 |  -   -   -   -  | 201 | 401', route: 'POST /api/users', subject: 'commune', request: 'user.create', does: 'make a specialist at the unit' },
  { expect: '403 403 403 201 | 403 403 403 201 | 403 403 403 403 | 403 403 403 403 | 201 | 401', route: 'POST /api/users', subject: 'district', request: 'user.create', does: 'make a specialist at the unit' },
  { expect: '403 403 403 403 | 403 403 403 403 | 403 403 403 403 | 403 403 403 403 | 201 | 401', route: 'POST /api/users', subject: 'district', request: 'user.create-province-admin', does: 'make a province administrator' },
  { expect: '403 403 403 200 | 403 403 403 200 | 403 403 403 403 |  -   -   -   -  | 200 | 401', route: 'PATCH /api/users/:id', subject: 'commune', request: 'user.update', does: 'rename a specialist of the unit' },
  { expect: '403 403 403 200 | 403 403 403 200 | 403 403 403 403 | 403 403 403 403 | 200 | 401', route: 'PATCH /api/users/:id', subject: 'district', request: 'user.update', does: 'rename a specialist of the unit' },

  // The development mailbox holds citizens' emails (and lookup keys): administrators, of their units.
  { expect: '403 403 403 200 | 403 403 403 200 | 403 403 403  ∅  |  -   -   -   -  | 200 | 401', route: 'GET /api/mailbox', subject: 'commune', request: 'mailbox', does: 'emails, with one about the unit’s dossier' },
  { expect: '403 403 403 200 | 403 403 403 200 | 403 403 403  ∅  | 403 403 403  ∅  | 200 | 401', route: 'GET /api/mailbox', subject: 'district', request: 'mailbox', does: 'emails, with one about the unit’s dossier' },
  { expect: '403 403 403 200 | 403 403 403 200 | 403 403 403  ∅  |  -   -   -   -  | 200 | 401', route: 'GET /dev/mailbox', subject: 'commune', request: 'dev-mailbox', does: 'the mailbox page' },
  { expect: '403 403 403 200 | 403 403 403 200 | 403 403 403 404 |  -   -   -   -  | 200 | 401', route: 'GET /dev/mailbox', subject: 'commune', request: 'dev-mailbox.message', does: 'one email about the unit’s dossier' },
  { expect: '403 403 403 200 | 403 403 403 200 | 403 403 403 404 | 403 403 403 404 | 200 | 401', route: 'GET /dev/mailbox', subject: 'district', request: 'dev-mailbox.message', does: 'one email about the unit’s dossier' },

  // The shared holiday calendar: province administrators.
  { expect: '403 403 403 403 | 403 403 403 403 | 403 403 403 403 | 403 403 403 403 | 200 | 401', route: 'PUT /api/holidays/:date', subject: 'any', request: 'holiday.put', does: 'set a day off' },
  { expect: '403 403 403 403 | 403 403 403 403 | 403 403 403 403 | 403 403 403 403 | 204 | 401', route: 'DELETE /api/holidays/:date', subject: 'any', request: 'holiday.delete', does: 'remove a day off' },
] as const satisfies readonly MatrixRow[];

export type RequestName = (typeof matrix)[number]['request'];

/** The row's expected outcome per column, in `columns` order; throws on a malformed row. */
export function expectedOutcomes(row: MatrixRow): Outcome[] {
  const groups = row.expect.split('|').map((g) => g.trim().split(/\s+/));
  const sizes = groups.map((g) => g.length).join(',');
  if (sizes !== '4,4,4,4,1,1') throw new Error(`${row.route} (${row.request}): expect has groups ${sizes}`);
  const cells = groups.flat();
  for (const cell of cells)
    if (!(outcomes as readonly string[]).includes(cell))
      throw new Error(`${row.route} (${row.request}): unknown outcome ${cell}`);
  const childless = row.subject === 'commune';
  cells.forEach((cell, i) => {
    const column = columns[i];
    const isChild = typeof column === 'object' && column.relation === 'child';
    if ((cell === '-') !== (isChild && childless))
      throw new Error(`${row.route} (${row.request}): '-' exactly where a commune has no child unit`);
  });
  return cells as Outcome[];
}

const SUBJECT_TEXT: Record<Subject, string> = { commune: 'commune', district: 'district', any: '—' };

/** docs/access-matrix.md: the table as a reader wants it. */
export function renderMarkdown(): string {
  const cells = matrix.reduce((n, row) => n + expectedOutcomes(row).filter((c) => c !== '-').length, 0);
  const routes = new Set(matrix.map((r) => r.route)).size;
  const head = ['endpoint', 'request', 'unit', ...columns.map(columnLabel)];
  const lines = [
    '# Access-control matrix',
    '',
    '<!-- Generated from tests/api/access-matrix.ts by tests/api/access-matrix.test.ts',
    '     (ACCESS_MATRIX_WRITE=1 rewrites it). Do not edit by hand: the test fails when it is stale. -->',
    '',
    `Every endpoint the server registers (${routes} routes; HEAD answers like GET) and the status each`,
    `caller gets: ${matrix.length} requests × ${columns.length} callers = ${cells} cells (a commune has no child unit).`,
    '`tests/api/access-matrix.test.ts` runs every cell against the server and fails when a route has no row.',
    '',
    'Callers, by their role and where their unit stands to the unit that owns the resource:',
    '',
    '- **R** reception officer, **S** specialist, **L** leader, **A** unit administrator;',
    '  **province-admin** the province administrator (tỉnh Phú Thọ); **no session** a request without',
    '  a session cookie. Staff requests carry their CSRF token, so the answer shows the policy.',
    '- unit **commune**: a dossier, file, account or report of UBND xã Thạch Kiệt; **own** Thạch Kiệt,',
    '  **parent** huyện Tân Sơn, **sibling** xã Kim Thượng (a commune has no child: —).',
    '- unit **district**: of UBND huyện Tân Sơn; **own** Tân Sơn, **parent** tỉnh Phú Thọ, **sibling**',
    '  huyện Thanh Sơn, **child** xã Thạch Kiệt.',
    '- unit **—**: nobody’s (public data, one’s own session); the district’s callers ask.',
    '',
    'Outcomes: 200, 201, 204, 302 allowed; **∅** allowed, but the list leaves the unit’s record out;',
    '409 allowed by the policy, refused by the dossier’s status; 401 no session; 403 not allowed;',
    '404 not allowed, and the record’s existence is not revealed (another unit’s dossier, file, unit).',
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i < 3 ? '---' : ':-:')).join(' | ')} |`,
  ];
  for (const row of matrix) {
    const outcomes = expectedOutcomes(row).map((c) => (c === '-' ? '—' : c));
    lines.push(`| \`${row.route}\` | ${row.does} | ${SUBJECT_TEXT[row.subject]} | ${outcomes.join(' | ')} |`);
  }
  lines.push(
    '',
    'Accounts in the columns (`matrix.*` are made by the test, the others are demo accounts):',
    '',
  );
  lines.push('| unit | relation | R | S | L | A |', '| --- | --- | --- | --- | --- | --- |');
  for (const subject of ['commune', 'district'] as const)
    for (const relation of relations) {
      const who = callers[subject][relation];
      if (who) lines.push(`| ${subject} | ${relation} | ${who.map((u) => `\`${u}\``).join(' | ')} |`);
    }
  lines.push('', `province-admin: \`${callers.provinceAdmin}\`.`, '');
  return lines.join('\n');
}
