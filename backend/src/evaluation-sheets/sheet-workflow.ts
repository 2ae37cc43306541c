/**
 * The evaluation sheet's states and moves (事務事業評価シートの流れ). The database holds the same
 * list (1796110000000-evaluation-sheets: a CHECK on each history row's pair); this file is what
 * the service asks before it writes, so a refused move is a 409 with a message, never a 500.
 */
export const SHEET_STATES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type SheetState = (typeof SHEET_STATES)[number];

/** In lists: an organisation that has not saved its sheet yet has none. */
export const LISTED_SHEET_STATES = ['not_started', ...SHEET_STATES] as const;
export type ListedSheetState = (typeof LISTED_SHEET_STATES)[number];

export const SHEET_ACTIONS = ['submit', 'return', 'accept'] as const;
export type SheetAction = (typeof SHEET_ACTIONS)[number];

/** Who may take an action: the organisation itself, or the lifelong-learning section. */
export const ACTION_OWNER: Record<SheetAction, 'organisation' | 'section'> = {
  submit: 'organisation',
  return: 'section',
  accept: 'section',
};

const MOVES: Record<SheetAction, { from: readonly SheetState[]; to: SheetState }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  return: { from: ['submitted', 'accepted'], to: 'returned' },
  accept: { from: ['submitted'], to: 'accepted' },
};

/** The state an action leads to from `state`, or null when the action is not allowed there. */
export function nextState(state: SheetState, action: SheetAction): SheetState | null {
  const move = MOVES[action];
  return move.from.includes(state) ? move.to : null;
}

/** The organisation writes its text while the sheet is with it: a draft, or returned to it. */
export function isEditable(state: SheetState | 'not_started'): boolean {
  return state === 'not_started' || state === 'draft' || state === 'returned';
}

/** The actions a state offers to each side (for the pages' buttons). */
export function availableActions(state: SheetState | 'not_started'): SheetAction[] {
  if (state === 'not_started') return [];
  return SHEET_ACTIONS.filter((action) => nextState(state, action) !== null);
}
