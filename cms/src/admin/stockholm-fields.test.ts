import { describe, expect, it } from 'vitest';
import { fromStockholmFields, toStockholmFields } from './stockholm-fields';

// The conversions of the admin's date-time input, in whatever zone the tests run (CI: UTC).
describe('the admin’s Stockholm date-time fields', () => {
  it('18:00 chosen on a winter and a summer day is 17:00 and 16:00 UTC', () => {
    expect(fromStockholmFields(new Date(2026, 11, 15), '18:00')).toBe('2026-12-15T17:00:00.000Z');
    expect(fromStockholmFields(new Date(2026, 5, 15), '18:00')).toBe('2026-06-15T16:00:00.000Z');
  });

  it('shows a stored instant as the Stockholm date and time, round trip', () => {
    const shown = toStockholmFields('2026-12-15T23:30:00.000Z');
    // 00:30 on the 16th in Stockholm, even where the computer's own zone says the 15th.
    expect(shown?.time).toBe('00:30');
    expect([shown?.date.getFullYear(), shown?.date.getMonth(), shown?.date.getDate()]).toEqual([2026, 11, 16]);
    expect(fromStockholmFields(shown!.date, shown!.time)).toBe('2026-12-15T23:30:00.000Z');
    expect(toStockholmFields(null)).toBeNull();
    expect(toStockholmFields('not a date')).toBeNull();
  });
});
