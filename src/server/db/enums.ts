import { pgEnum } from 'drizzle-orm/pg-core';
import * as e from '../../shared/enums.js';
import { indicatorCodes } from '../../shared/indicators.js';
import { reportStatus } from '../../shared/reports.js';

export const organizationKindEnum = pgEnum('organization_kind', e.organizationKind.codes);
export const organizationFlagEnum = pgEnum('organization_flag', e.organizationFlag.codes);
export const employmentCategoryEnum = pgEnum('employment_category', e.employmentCategory.codes);
export const employmentTypeEnum = pgEnum('employment_type', e.employmentType.codes);
export const attestationCategoryEnum = pgEnum('attestation_category', e.attestationCategory.codes);
export const activeKindEnum = pgEnum('active_kind', e.activeKind.codes);
export const activeLevelEnum = pgEnum('active_level', e.activeLevel.codes);
export const levelEnum = pgEnum('level', e.level.codes);
export const communityLevelEnum = pgEnum('community_level', e.communityLevel.codes);
export const routeStatusEnum = pgEnum('route_status', e.routeStatus.codes);
export const activityKindEnum = pgEnum('activity_kind', e.activityKind.codes);
export const communityKindEnum = pgEnum('community_kind', e.communityKind.codes);
export const communityRoleEnum = pgEnum('community_role', e.communityRole.codes);
export const eventKindEnum = pgEnum('event_kind', e.eventKind.codes);
export const eventAudienceEnum = pgEnum('event_audience', e.eventAudience.codes);
export const participationRoleEnum = pgEnum('participation_role', e.participationRole.codes);
export const consultationOutcomeEnum = pgEnum('consultation_outcome', e.consultationOutcome.codes);
export const practiceStatusEnum = pgEnum('practice_status', e.practiceStatus.codes);
export const roleEnum = pgEnum('role', e.role.codes);
export const reportStatusEnum = pgEnum('report_status', reportStatus.codes);
/** An indicator's code in a frozen list: four bytes a row instead of the code's text (half a region report's size). */
export const indicatorCodeEnum = pgEnum('indicator_code', indicatorCodes);
