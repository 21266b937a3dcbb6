import { describe, expect, it } from 'vitest';
import { planValidity } from './plan-validity';

const plan = { validityPeriod: '2021–2023', revisionDueOn: '2023-12-31' };

describe('planValidity', () => {
  it('says the period has ended and the revision date has passed, after the revision date', () => {
    expect(planValidity(plan, '2026-11-30')).toEqual({ period: '2021–2023', periodEnded: true, revisionDueOn: '2023-12-31', revisionOverdue: true });
    expect(planValidity(plan, '2024-01-01')).toMatchObject({ periodEnded: true, revisionOverdue: true });
  });

  it('says neither while the plan is valid, up to and including the revision date', () => {
    expect(planValidity(plan, '2022-06-01')).toMatchObject({ periodEnded: false, revisionOverdue: false });
    expect(planValidity(plan, '2023-12-31')).toMatchObject({ periodEnded: false, revisionOverdue: false });
  });

  it('claims nothing where the plan states nothing', () => {
    expect(planValidity({ validityPeriod: null, revisionDueOn: null }, '2026-11-30')).toEqual({
      period: null,
      periodEnded: null,
      revisionDueOn: null,
      revisionOverdue: null,
    });
    expect(planValidity({ validityPeriod: 'tills vidare', revisionDueOn: '31 dec' }, '2026-11-30')).toMatchObject({
      period: 'tills vidare',
      periodEnded: null,
      revisionOverdue: null,
    });
  });
});
