/**
 * The built-in requirement catalog: one JSON file per requirement, in lifecycle order.
 * Adding a requirement = adding its JSON file and one line here; no code.
 */
import r0 from './SUPPLY-CHAIN-RISK-TIERING.json' with { type: 'json' };
import r1 from './SECURITY-ORGANIZATION.json' with { type: 'json' };
import r2 from './PERSONNEL-CONFIDENTIALITY.json' with { type: 'json' };
import r3 from './PERSONNEL-TRAINING.json' with { type: 'json' };
import r4 from './PERSONNEL-SCREENING-INSIDER.json' with { type: 'json' };
import r5 from './SUPPLIER-SELECTION-DUE-DILIGENCE.json' with { type: 'json' };
import r6 from './THIRD-PARTY-CERTIFICATION.json' with { type: 'json' };
import r7 from './CORPORATE-TRANSPARENCY.json' with { type: 'json' };
import r8 from './SECURITY-IN-PROPOSAL.json' with { type: 'json' };
import r9 from './SECURITY-COST-ESTIMATE.json' with { type: 'json' };
import r10 from './PROCESSING-DESCRIPTION.json' with { type: 'json' };
import r11 from './SECURITY-REQUIREMENTS-SPEC.json' with { type: 'json' };
import r12 from './RESPONSIBILITY-BOUNDARY.json' with { type: 'json' };
import r13 from './SECURITY-MEASURES-BASELINE.json' with { type: 'json' };
import r14 from './CONFIDENTIALITY.json' with { type: 'json' };
import r15 from './PURPOSE-LIMITATION.json' with { type: 'json' };
import r16 from './COPY-REMOVAL-RESTRICTION.json' with { type: 'json' };
import r17 from './DATA-LOCATION.json' with { type: 'json' };
import r18 from './SUBCONTRACT-APPROVAL.json' with { type: 'json' };
import r19 from './SUBCONTRACT-FLOWDOWN.json' with { type: 'json' };
import r20 from './SUBCONTRACT-LIABILITY.json' with { type: 'json' };
import r21 from './SUBCONTRACT-CHAIN-DISCLOSURE.json' with { type: 'json' };
import r22 from './ACCESS-CONTROL.json' with { type: 'json' };
import r23 from './ENCRYPTION.json' with { type: 'json' };
import r24 from './MALWARE-PROTECTION.json' with { type: 'json' };
import r25 from './VULNERABILITY-MANAGEMENT.json' with { type: 'json' };
import r26 from './SECURE-DEVELOPMENT.json' with { type: 'json' };
import r27 from './INTEGRITY-UNINTENDED-CHANGE.json' with { type: 'json' };
import r28 from './LOGGING-MONITORING.json' with { type: 'json' };
import r29 from './PHYSICAL-SECURITY.json' with { type: 'json' };
import r30 from './BCP-AVAILABILITY-SLA.json' with { type: 'json' };
import r31 from './CLOUD-SERVICE-TERMS.json' with { type: 'json' };
import r32 from './LIABILITY-DAMAGES-INSURANCE.json' with { type: 'json' };
import r33 from './REGULATORY-AND-DATA-SUBJECT-COOPERATION.json' with { type: 'json' };
import r34 from './PERIODIC-SECURITY-REPORTING.json' with { type: 'json' };
import r35 from './SUBCONTRACTOR-SECURITY-REPORTING.json' with { type: 'json' };
import r36 from './AUDIT-INSPECTION-RIGHTS.json' with { type: 'json' };
import r37 from './CHANGE-NOTIFICATION.json' with { type: 'json' };
import r38 from './THREAT-INFO-SHARING.json' with { type: 'json' };
import r39 from './INCIDENT-NOTIFICATION.json' with { type: 'json' };
import r40 from './INCIDENT-COOPERATION-FORENSICS.json' with { type: 'json' };
import r41 from './NONCOMPLIANCE-REMEDY-TERMINATION.json' with { type: 'json' };
import r42 from './ACCEPTANCE-SECURITY-VERIFICATION.json' with { type: 'json' };
import r43 from './DATA-RETURN-DELETION.json' with { type: 'json' };
import r44 from './EXIT-TRANSITION-SUPPORT.json' with { type: 'json' };

export const builtInRequirements: unknown[] = [
  r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20, r21, r22, r23, r24, r25, r26, r27, r28, r29, r30, r31, r32, r33, r34, r35, r36, r37, r38, r39, r40, r41, r42, r43, r44,
];
