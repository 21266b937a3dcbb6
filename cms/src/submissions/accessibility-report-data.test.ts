import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEARED_ACCESSIBILITY_REPORT_FIELDS, parseAccessibilityReport, STORED_ACCESSIBILITY_REPORT_FIELDS } from '@stodportalen/shared';
import { reportData } from './accessibility-report';

const schema = JSON.parse(readFileSync(join(__dirname, '../api/accessibility-report/content-types/accessibility-report/schema.json'), 'utf8')) as {
  attributes: Record<string, { type: string; private?: boolean }>;
};

describe('the privacy notice lists every field an accessibility report stores', () => {
  it('has an entry for every attribute of the accessibility-report schema', () => {
    const attributes = Object.keys(schema.attributes);
    expect(attributes.length).toBeGreaterThanOrEqual(6);
    expect(attributes.filter((field) => !(field in STORED_ACCESSIBILITY_REPORT_FIELDS))).toEqual([]);
  });

  it('has an entry for every field the submission writes', () => {
    const parsed = parseAccessibilityReport({ description: 'Fokus syns inte.', pageUrl: '/kalender', email: 'a@example.org', idempotencyKey: 'b7c0e7d4-2f51-4a58-9a4e-1e0b1b2c3d4e' });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
    expect(Object.keys(reportData(parsed.data, 'f'.repeat(64))).filter((field) => !(field in STORED_ACCESSIBILITY_REPORT_FIELDS))).toEqual([]);
  });

  it('lists only fields that exist in the schema, and keeps the e-mail and the key private', () => {
    expect(Object.keys(STORED_ACCESSIBILITY_REPORT_FIELDS).filter((field) => !(field in schema.attributes))).toEqual([]);
    expect(schema.attributes.email?.private).toBe(true);
    expect(schema.attributes.submissionKey?.private).toBe(true);
  });

  it('the retention clears every contact field that can identify the reporter', () => {
    expect(CLEARED_ACCESSIBILITY_REPORT_FIELDS).toContain('email');
  });
});
