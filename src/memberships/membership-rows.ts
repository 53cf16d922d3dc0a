import type { MembershipModel } from './models/membership.model';

/** The select shared by every membership list (joined with the person and organisation names). */
export const MEMBERSHIP_COLUMNS = `
  select m.id, m.person_id, p.name as person_name, m.organization_id, o.name as organization_name, m.role,
         m.start_date::text, m.end_date::text, m.deputy_for_id, m.group_name, m.deputy_order
  from membership m join person p on p.id = m.person_id join organization o on o.id = m.organization_id`;

export function membershipModel(m: Record<string, unknown>): MembershipModel {
  return {
    id: String(m.id),
    personId: String(m.person_id),
    personName: String(m.person_name),
    organizationId: String(m.organization_id),
    organizationName: String(m.organization_name),
    role: String(m.role),
    startDate: String(m.start_date),
    endDate: (m.end_date as string | null) ?? null,
    deputyForId: (m.deputy_for_id as string | null) ?? null,
    group: (m.group_name as string | null) ?? null,
    deputyOrder: m.deputy_order === null ? null : Number(m.deputy_order),
  };
}
