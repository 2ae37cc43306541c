import { ApiProperty } from '@nestjs/swagger';

export class LabelledCodeDto {
  @ApiProperty({ example: 'seniors' })
  code: string;

  @ApiProperty({ example: 'シニア' })
  ja: string;

  @ApiProperty({ example: 'Seniors' })
  en: string;
}

export class PillarLabelDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  number: number;

  @ApiProperty()
  ja: string;

  @ApiProperty()
  en: string;
}

/** A basic policy (基本方針) of the plan, with its aim as the plan words it. */
export class BasicPolicyLabelDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4 })
  number: number;

  @ApiProperty({ example: '市民の自主性・主体性の尊重' })
  ja: string;

  @ApiProperty()
  en: string;

  @ApiProperty()
  aimJa: string;

  @ApiProperty()
  aimEn: string;
}

/** How long each mailed link works, in hours: what the pages say is what the mails say. */
export class AccountLinkHoursDto {
  @ApiProperty({ type: 'integer', example: 72 })
  verifyEmail: number;

  @ApiProperty({ type: 'integer', example: 1 })
  resetPassword: number;

  @ApiProperty({ type: 'integer', example: 24 })
  changeEmail: number;
}

/** The catalogue's code lists with their labels in both languages. */
export class ReferenceDto {
  @ApiProperty({ type: [LabelledCodeDto] })
  lifeStages: LabelledCodeDto[];

  @ApiProperty({ type: [LabelledCodeDto] })
  categories: LabelledCodeDto[];

  @ApiProperty({ type: [PillarLabelDto] })
  pillars: PillarLabelDto[];

  @ApiProperty({
    type: [BasicPolicyLabelDto],
    description: "The plan's four basic policies (基本方針)",
  })
  basicPolicies: BasicPolicyLabelDto[];

  @ApiProperty({
    type: [LabelledCodeDto],
    description: "The plan's priority projects (重点事業), in its order; courses may be tagged",
  })
  priorityProjects: LabelledCodeDto[];

  @ApiProperty({ type: [LabelledCodeDto] })
  timesOfDay: LabelledCodeDto[];

  @ApiProperty({ type: [LabelledCodeDto] })
  audiences: LabelledCodeDto[];

  @ApiProperty({ type: [LabelledCodeDto] })
  bookingRules: LabelledCodeDto[];

  @ApiProperty({ type: [LabelledCodeDto] })
  guardianRules: LabelledCodeDto[];

  @ApiProperty({ type: [LabelledCodeDto] })
  paymentMethods: LabelledCodeDto[];

  @ApiProperty({ type: [LabelledCodeDto] })
  organisationKinds: LabelledCodeDto[];

  @ApiProperty({ type: [LabelledCodeDto] })
  facilityKinds: LabelledCodeDto[];

  @ApiProperty({ type: [LabelledCodeDto] })
  roomEquipment: LabelledCodeDto[];

  @ApiProperty({ type: AccountLinkHoursDto })
  accountLinkHours: AccountLinkHoursDto;
}
