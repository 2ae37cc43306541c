import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RolesModule } from '../roles/roles.module';
import { AdminDirectoryController } from './admin-directory.controller';
import { AdminDirectoryRepository } from './admin-directory.repository';
import { AdminDirectoryService } from './admin-directory.service';
import { AdminPeopleController } from './admin-people.controller';
import { AdminPeopleService } from './admin-people.service';
import { PeopleRepository } from './people.repository';

/** The city administrators' console API (every route: @AllowRoles('city_admin')). */
@Module({
  imports: [AuditModule, RolesModule],
  controllers: [AdminDirectoryController, AdminPeopleController],
  providers: [
    AdminDirectoryService,
    AdminDirectoryRepository,
    AdminPeopleService,
    PeopleRepository,
  ],
})
export class AdminModule {}
