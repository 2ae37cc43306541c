import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { QuestionnaireJobs } from './questionnaire-jobs';
import {
  AdminQuestionnairesController,
  OrganiserQuestionnaireController,
  QuestionnaireLinksController,
} from './questionnaires.controller';
import { QuestionnairesRepository } from './questionnaires.repository';
import { QuestionnairesService } from './questionnaires.service';

/**
 * The course questionnaire (アンケート): invitations after a course's last session, the public
 * single-use answer page, the organiser's questions and results, the city's report.
 */
@Module({
  imports: [JobsModule],
  controllers: [
    QuestionnaireLinksController,
    OrganiserQuestionnaireController,
    AdminQuestionnairesController,
  ],
  providers: [QuestionnairesRepository, QuestionnairesService, QuestionnaireJobs],
})
export class QuestionnairesModule {}
