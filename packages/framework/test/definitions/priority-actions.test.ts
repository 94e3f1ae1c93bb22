import { describe, expect, it } from 'vitest';
import { FrameworkError, frameworkDefinitions, priorityActions } from '../../src/index.js';

describe('priorityActions(version)', () => {
  it('gives the 13 priority actions of the 2022 strategy, each under one of its 4 aims', () => {
    // Delivery plan page 1: 4 aims and 13 priority actions (domain notes, addendum)
    const { priorityActions: actions, source } = priorityActions();
    expect(actions.map((a) => a.action)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const aims = new Set(frameworkDefinitions().aims.map((a) => a.aim));
    for (const a of actions) expect(aims.has(a.aim)).toBe(true);
    expect(source).toMatch(/not read/);
  });

  it('holds the wording read verbatim and null where it was not read', () => {
    const actions = priorityActions().priorityActions;
    expect(actions[2]!.wording).toBe('Support the use of robust alternatives to remand by ensuring high quality bail services are consistently available and delivered effectively');
    expect(actions.filter((a) => a.wording === null).map((a) => a.action)).toEqual([8, 9, 10, 12, 13]);
  });

  it('maps actions to outcomes only where known, saying how', () => {
    const outcomes = new Set(frameworkDefinitions().outcomes.map((o) => o.outcome));
    for (const a of priorityActions().priorityActions) for (const o of a.outcomes) expect(outcomes.has(o)).toBe(true);
    expect(priorityActions().priorityActions[0]).toMatchObject({ outcomes: [1], outcomeMapping: 'read on CJPF page 8' });
  });

  it('throws a FrameworkError for an unknown version', () => {
    expect(() => priorityActions('cjpf-1999')).toThrow(FrameworkError);
  });
});
