import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import type { FacilityDetailDto } from '../facilities/dto/facility.dto';
import { FacilitiesService } from '../facilities/facilities.service';

/**
 * Facility staff's workspace: the facilities they work at, with their rooms. Someone else's
 * facility answers 404, as if it did not exist (its public page stays in the catalogue).
 */
@Injectable()
export class StaffService {
  constructor(private readonly catalogue: FacilitiesService) {}

  facilities(principal: Principal): Promise<FacilityDetailDto[]> {
    return Promise.all(principal.facilityIds.map((id) => this.catalogue.detail(id)));
  }

  facility(principal: Principal, id: string): Promise<FacilityDetailDto> {
    if (!principal.facilityIds.includes(id)) throw new DomainError(ErrorCode.FacilityNotFound);
    return this.catalogue.detail(id);
  }
}
