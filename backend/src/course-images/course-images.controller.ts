import { createHash } from 'node:crypto';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { AllowRoles, Public } from '../access/access-policy.decorator';
import { CurrentPrincipal } from '../access/current-principal.decorator';
import type { Principal } from '../access/principal';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { FieldHint } from '../common/errors/validation';
import { UuidParamPipe } from '../common/http/uuid-param.pipe';
import { CourseImagesRepository, type StoredImage } from './course-images.repository';
import { detectImageType } from './image-type';
import { COURSE_IMAGES_MESSAGES } from './course-images.errors';

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export class CourseImageDto {
  @ApiProperty({ example: '/api/courses/0b6f…/image?v=3f2a9c01b2d4' })
  imageUrl: string;
}

/** The words that go with an uploaded picture (multipart fields beside `image`). */
export class CourseImageTextDto {
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'What the picture shows, in Japanese; empty when it only decorates.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @FieldHint(
    '画像の説明は200文字以内で入力してください。',
    'Keep the picture description under 200 characters.',
  )
  altJa?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'The same in English.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @FieldHint(
    '画像の説明は200文字以内で入力してください。',
    'Keep the picture description under 200 characters.',
  )
  altEn?: string;
}

/** The URL changes with the picture, so browsers may keep each version for long. */
export const imageUrl = (courseId: string, sha256: string) =>
  `/api/courses/${courseId}/image?v=${sha256.slice(0, 12)}`;

@ApiTags('course images')
@Controller()
export class CourseImagesController {
  constructor(private readonly images: CourseImagesRepository) {}

  @Post('organiser/courses/:id/image')
  @HttpCode(200)
  @AllowRoles('organiser')
  @UseInterceptors(FileInterceptor('image', { limits: { fileSize: MAX_IMAGE_BYTES, files: 1 } }))
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['image'],
      properties: {
        image: { type: 'string', format: 'binary' },
        altJa: { type: 'string', maxLength: 200 },
        altEn: { type: 'string', maxLength: 200 },
      },
    },
  })
  @ApiOkResponse({ type: CourseImageDto, description: 'JPEG, PNG or WebP, at most 2 MB.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'VALIDATION_FAILED (not an image)' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'COURSE_NOT_FOUND' })
  async upload(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Body() text: CourseImageTextDto,
  ): Promise<CourseImageDto> {
    if (!(await this.images.ownedBy(id, principal.organisationIds))) {
      throw new DomainError(ErrorCode.CourseNotFound);
    }
    // The declared type is the browser's guess from the file name: the bytes decide.
    const contentType = file ? detectImageType(file.buffer) : null;
    if (!file || !contentType) {
      throw new ValidationFailedError([
        {
          field: 'image',
          ...COURSE_IMAGES_MESSAGES.imageFormat,
        },
      ]);
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    await this.images.save(id, contentType, file.buffer, sha256, {
      altJa: text.altJa?.trim() ?? '',
      altEn: text.altEn?.trim() ?? '',
    });
    return { imageUrl: imageUrl(id, sha256) };
  }

  @Get('organiser/courses/:id/image')
  @AllowRoles('organiser')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ description: "The picture of one of the organiser's courses, a draft's too." })
  @ApiNotFoundResponse({
    type: ApiErrorDto,
    description: "COURSE_NOT_FOUND (no picture, or another organisation's course)",
  })
  async organiserImage(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (!(await this.images.ownedBy(id, principal.organisationIds))) {
      throw new DomainError(ErrorCode.CourseNotFound);
    }
    const image = await this.images.image(id);
    if (!image) throw new DomainError(ErrorCode.CourseNotFound);
    // Not for shared caches: a draft's picture is not public yet.
    send(request, response, image, 'private, no-cache');
  }

  @Delete('organiser/courses/:id/image')
  @HttpCode(204)
  @AllowRoles('organiser')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse({ description: 'The course has no picture (any more).' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'COURSE_NOT_FOUND' })
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new UuidParamPipe()) id: string,
  ): Promise<void> {
    if (!(await this.images.ownedBy(id, principal.organisationIds))) {
      throw new DomainError(ErrorCode.CourseNotFound);
    }
    await this.images.delete(id);
  }

  @Get('courses/:id/image')
  @Public()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ description: 'The course picture (JPEG, PNG or WebP).' })
  @ApiNotFoundResponse({ type: ApiErrorDto, description: 'COURSE_NOT_FOUND (no picture)' })
  async image(
    @Param('id', new UuidParamPipe()) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const image = await this.images.publicImage(id);
    if (!image) throw new DomainError(ErrorCode.CourseNotFound);
    send(request, response, image, 'public, max-age=86400');
  }
}

/** The picture's bytes with its type, nosniff and an ETag (304 when the browser has it). */
function send(request: Request, response: Response, image: StoredImage, cacheControl: string) {
  const etag = `"${image.sha256}"`;
  response.setHeader('Content-Type', image.contentType);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', cacheControl);
  response.setHeader('ETag', etag);
  response.setHeader('Last-Modified', image.updatedAt.toUTCString());
  if (request.headers['if-none-match'] === etag) {
    response.status(304).end();
    return;
  }
  response.status(200).end(image.bytes);
}
