import {
  availableActions,
  isEditable,
  nextState,
  SHEET_ACTIONS,
  SHEET_STATES,
} from './sheet-workflow';

describe('the evaluation sheet workflow', () => {
  it('allows exactly the moves the database allows', () => {
    const allowed = SHEET_STATES.flatMap((state) =>
      SHEET_ACTIONS.flatMap((action) => {
        const to = nextState(state, action);
        return to ? [`${state} -${action}-> ${to}`] : [];
      }),
    );
    // The same pairs as evaluation_sheet_events_transition_check.
    expect(allowed).toEqual([
      'draft -submit-> submitted',
      'submitted -return-> returned',
      'submitted -accept-> accepted',
      'returned -submit-> submitted',
      'accepted -return-> returned',
    ]);
  });

  it('lets the organisation write only while the sheet is with it', () => {
    expect(['not_started', ...SHEET_STATES].filter((state) => isEditable(state as never))).toEqual([
      'not_started',
      'draft',
      'returned',
    ]);
    expect(availableActions('submitted')).toEqual(['return', 'accept']);
    expect(availableActions('not_started')).toEqual([]);
  });
});
