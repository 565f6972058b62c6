import type { Role } from '../../shared/enums.js';

export interface RoleGrant {
  role: Role;
  municipalityId: number | null;
  organizationId: number | null;
}

/** The signed-in user as every service sees them. */
export interface Principal {
  userId: number;
  login: string;
  displayName: string;
  personId: number | null;
  grants: RoleGrant[];
}
