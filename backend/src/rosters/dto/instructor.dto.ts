import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';

export class CourseInstructorDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: '鈴木 講師' })
  name: string;

  @ApiProperty({ example: 'instructor@example.jp' })
  email: string;

  @ApiProperty({ format: 'date-time' })
  addedAt: string;
}

export class AddInstructorInputDto {
  @ApiProperty({ example: 'instructor@example.jp' })
  @IsEmail()
  @MaxLength(254)
  @FieldHint('講師のメールアドレスを入力してください。', "Enter the instructor's email address.")
  email: string;
}
