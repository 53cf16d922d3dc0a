import type { Role } from './roles';

/** Everyone signed in may read the registry of public positions (organisations, seats, meetings). */
export const READERS: Role[] = ['admin', 'secretary', 'official', 'auditor'];
