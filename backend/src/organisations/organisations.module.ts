import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RolesModule } from '../roles/roles.module';
import { OrganisationMembersController } from './organisation-members.controller';
import { OrganisationMembersRepository } from './organisation-members.repository';
import { OrganisationMembersService } from './organisation-members.service';

@Module({
  imports: [AuditModule, RolesModule],
  controllers: [OrganisationMembersController],
  providers: [OrganisationMembersService, OrganisationMembersRepository],
})
export class OrganisationsModule {}
