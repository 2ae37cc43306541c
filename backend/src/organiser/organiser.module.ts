import { Module } from '@nestjs/common';
import { OrganiserController } from './organiser.controller';
import { OrganiserRepository } from './organiser.repository';
import { OrganiserService } from './organiser.service';

/** The organiser console's API (issue 4 builds course editing on it). */
@Module({
  controllers: [OrganiserController],
  providers: [OrganiserService, OrganiserRepository],
})
export class OrganiserModule {}
