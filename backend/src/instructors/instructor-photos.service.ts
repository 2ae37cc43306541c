import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { hasRole, type Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Clock } from '../common/time/clock';
import { japanDate } from '../common/time/japan-time';
import { detectImageType } from '../course-images/image-type';
import type { PhotoDto } from './dto/request.dto';
import { INSTRUCTORS_MESSAGES } from './instructors.errors';
import { InstructorProfilePhoto } from './instructor-profile-history.entity';
import { InstructorProfile } from './instructor-profile.entity';
import { InstructorDirectoryRepository } from './instructor-directory.repository';

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** The public URL of a listed instructor's public photo; changes with the picture. */
export const publicPhotoUrl = (profileId: string, sha256: string) =>
  `/api/instructors/${profileId}/photo?v=${sha256.slice(0, 12)}`;

/**
 * Profile photos, the way course pictures work (course-images): the bytes decide the type
 * (JPEG, PNG, WebP), stored in the database, sent with nosniff and an ETag. The public URL
 * answers only for a listed profile whose photo is public.
 */
@Injectable()
export class InstructorPhotosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: InstructorDirectoryRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async upload(userId: string, file: { buffer: Buffer } | undefined): Promise<PhotoDto> {
    const profile = await this.dataSource.getRepository(InstructorProfile).findOneBy({ userId });
    if (!profile) throw new DomainError(ErrorCode.InstructorProfileNotFound);
    const contentType = file ? detectImageType(file.buffer) : null;
    if (!file || !contentType) {
      throw new ValidationFailedError([{ field: 'image', ...INSTRUCTORS_MESSAGES.photoFormat }]);
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    await this.dataSource
      .getRepository(InstructorProfilePhoto)
      .upsert({ profileId: profile.id, contentType, bytes: file.buffer, sha256 }, ['profileId']);
    return { photoUrl: `/api/me/instructor-profile/photo?v=${sha256.slice(0, 12)}` };
  }

  async sendOwn(userId: string, request: Request, response: Response): Promise<void> {
    const profile = await this.dataSource.getRepository(InstructorProfile).findOneBy({ userId });
    const photo = profile ? await this.photo(profile.id) : null;
    if (!photo) throw new DomainError(ErrorCode.InstructorProfileNotFound);
    send(request, response, photo, 'private, no-cache');
  }

  /**
   * The photo whatever its visibility: for reviewers any profile's, for organisers and city
   * administrators a listed one's (the organisers' view of the profile page). Audited.
   */
  async sendForReview(
    viewer: Principal,
    profileId: string,
    request: Request,
    response: Response,
  ): Promise<void> {
    const visible =
      hasRole(viewer, 'instructor_reviewer') ||
      (await this.directory.listed(profileId, japanDate(this.clock.now()))) !== null;
    const photo = visible ? await this.photo(profileId) : null;
    if (!photo) throw new DomainError(ErrorCode.InstructorProfileNotFound);
    await this.audit.record({
      actorUserId: viewer.userId,
      action: 'instructor_profile.viewed',
      targetType: 'instructor_profile',
      targetId: profileId,
      details: { part: 'photo' },
    });
    send(request, response, photo, 'private, no-cache');
  }

  async sendPublic(profileId: string, request: Request, response: Response): Promise<void> {
    const listed = await this.directory.listed(profileId, japanDate(this.clock.now()));
    const photo =
      listed?.content.visibility.photo === 'public' ? await this.photo(profileId) : null;
    if (!photo) throw new DomainError(ErrorCode.InstructorNotRegistered);
    send(request, response, photo, 'public, max-age=3600');
  }

  private photo(profileId: string) {
    return this.dataSource.getRepository(InstructorProfilePhoto).findOneBy({ profileId });
  }
}

function send(
  request: Request,
  response: Response,
  photo: InstructorProfilePhoto,
  cacheControl: string,
) {
  const etag = `"${photo.sha256}"`;
  response.setHeader('Content-Type', photo.contentType);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', cacheControl);
  response.setHeader('ETag', etag);
  if (request.headers['if-none-match'] === etag) {
    response.status(304).end();
    return;
  }
  response.status(200).end(photo.bytes);
}
