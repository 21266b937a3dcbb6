import type { AccessibilityReportErrors, AccessibilityReportValues } from '@stodportalen/shared';

export type Compliance = 'full' | 'partial' | 'none';

export interface AccessibilityGap {
  content: string;
  criterion: string | null;
  reason: string | null;
}

/** The statement's details from the CMS; null where editors have not filled a field in. */
export interface AccessibilityStatementView {
  compliance: Compliance | null;
  contactEmail: string | null;
  responseTime: string | null;
  assessmentMethod: string | null;
  assessedOn: string | null;
  shortcomings: AccessibilityGap[];
  outsideScope: AccessibilityGap[];
}

export type ReportFormState = {
  values: AccessibilityReportValues;
  errors: AccessibilityReportErrors;
  problem: 'unavailable' | 'rateLimited' | null;
};
