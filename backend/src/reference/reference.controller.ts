import { EMAIL_TOKEN_LIFETIME_HOURS } from '../accounts/email-tokens.repository';
import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/access-policy.decorator';
import { ReferenceDto } from './dto/reference.dto';
import {
  AUDIENCE_LABELS,
  BASIC_POLICY_LABELS,
  BOOKING_RULE_LABELS,
  CATEGORY_LABELS,
  FACILITY_KIND_LABELS,
  GUARDIAN_RULE_LABELS,
  LIFE_STAGE_LABELS,
  type Label,
  ORGANISATION_KIND_LABELS,
  PAYMENT_METHOD_LABELS,
  PILLAR_LABELS,
  PRIORITY_PROJECT_LABELS,
  ROOM_EQUIPMENT_LABELS,
  TIME_OF_DAY_LABELS,
} from './reference-data';

const list = (labels: Record<string, Label>) =>
  Object.entries(labels).map(([code, label]) => ({ code, ...label }));

const REFERENCE: ReferenceDto = {
  lifeStages: list(LIFE_STAGE_LABELS),
  categories: list(CATEGORY_LABELS),
  pillars: Object.entries(PILLAR_LABELS).map(([number, label]) => ({
    number: Number(number),
    ...label,
  })),
  basicPolicies: Object.entries(BASIC_POLICY_LABELS).map(([number, label]) => ({
    number: Number(number),
    ...label,
  })),
  priorityProjects: list(PRIORITY_PROJECT_LABELS),
  timesOfDay: list(TIME_OF_DAY_LABELS),
  audiences: list(AUDIENCE_LABELS),
  bookingRules: list(BOOKING_RULE_LABELS),
  guardianRules: list(GUARDIAN_RULE_LABELS),
  paymentMethods: list(PAYMENT_METHOD_LABELS),
  organisationKinds: list(ORGANISATION_KIND_LABELS),
  facilityKinds: list(FACILITY_KIND_LABELS),
  roomEquipment: list(ROOM_EQUIPMENT_LABELS),
  accountLinkHours: {
    verifyEmail: EMAIL_TOKEN_LIFETIME_HOURS.verify_email,
    resetPassword: EMAIL_TOKEN_LIFETIME_HOURS.reset_password,
    changeEmail: EMAIL_TOKEN_LIFETIME_HOURS.change_email,
  },
};

@ApiTags('catalogue')
@Public()
@Controller('reference')
export class ReferenceController {
  @Get()
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOkResponse({ type: ReferenceDto })
  reference(): ReferenceDto {
    return REFERENCE;
  }
}
