import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AllowRoles } from '../../access/access-policy.decorator';
import { CurrentPrincipal } from '../../access/current-principal.decorator';
import type { Principal } from '../../access/principal';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { DomainError } from '../../common/errors/domain-error';
import { ErrorCode } from '../../common/errors/error-registry';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe';
import { CreateFamilyMemberDto, FamilyMemberDto, UpdateFamilyMemberDto } from './family-member.dto';
import { FamilyMembersRepository } from './family-members.repository';

/**
 * A citizen's family members. Every query is scoped to the caller, so someone else's id is
 * answered 404 FAMILY_MEMBER_NOT_FOUND, exactly like an id that does not exist.
 */
@ApiTags('account')
@ApiUnauthorizedResponse({ type: ApiErrorDto, description: 'AUTHENTICATION_REQUIRED' })
@ApiForbiddenResponse({ type: ApiErrorDto, description: 'ACCESS_DENIED (email not verified)' })
@Controller('me/family-members')
export class FamilyMembersController {
  constructor(private readonly family: FamilyMembersRepository) {}

  @Get()
  @AllowRoles('citizen')
  @ApiOkResponse({ type: [FamilyMemberDto] })
  list(@CurrentPrincipal() principal: Principal): Promise<FamilyMemberDto[]> {
    return this.family.list(principal.userId);
  }

  @Post()
  @AllowRoles('citizen')
  @ApiCreatedResponse({ type: FamilyMemberDto })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED' })
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreateFamilyMemberDto,
  ): Promise<FamilyMemberDto> {
    return this.family.create(principal.userId, dto);
  }

  @Patch(':id')
  @AllowRoles('citizen')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: FamilyMemberDto })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'FAMILY_MEMBER_NOT_FOUND' })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: UpdateFamilyMemberDto,
  ): Promise<FamilyMemberDto> {
    const member = await this.family.update(principal.userId, id, dto);
    if (!member) throw new DomainError(ErrorCode.FamilyMemberNotFound);
    return member;
  }

  @Delete(':id')
  @AllowRoles('citizen')
  @HttpCode(204)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'FAMILY_MEMBER_NOT_FOUND' })
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<void> {
    if (!(await this.family.delete(principal.userId, id))) {
      throw new DomainError(ErrorCode.FamilyMemberNotFound);
    }
  }
}
