import { AppError } from '../common/app-error';
import type { Principal } from './roles';

/**
 * Relatives, declared interests and contact details are personal data: in full only for administrators and the
 * person concerned (api.md). Everyone else sees the relation kind and the organisation in
 * findings, never the record or the relative's name.
 */
export function mayReadPersonalData(principal: Principal | null, personId: string): boolean {
  if (!principal) return false;
  return principal.roles.includes('admin') || principal.person === personId;
}

export function assertMayReadPersonalData(principal: Principal | null, personId: string): void {
  if (!mayReadPersonalData(principal, personId)) {
    throw new AppError('FORBIDDEN', 'only the person concerned and administrators may read relatives and declared interests');
  }
}
