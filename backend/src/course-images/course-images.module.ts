import { Module } from '@nestjs/common';
import { CourseImagesController } from './course-images.controller';
import { CourseImagesRepository } from './course-images.repository';

/** One picture per course: uploaded by its organisers, served to everyone once published. */
@Module({
  controllers: [CourseImagesController],
  providers: [CourseImagesRepository],
})
export class CourseImagesModule {}
