import type { Membership, Organization } from '../import/validation/dataset.types';
import type { Body, PublicEntity, Seat } from './world';

/** A public entity as a dataset organization. */
export function entityRecord(entity: PublicEntity): Organization {
  return {
    id: entity.id,
    name: entity.name,
    classification: entity.classification,
    ...(entity.parentId ? { parent_id: entity.parentId } : {}),
    other_names: entity.otherNames,
    identifiers: entity.identifiers,
    ...(entity.memberIds ? { member_ids: entity.memberIds } : {}),
  };
}

/** A body (toimielin) as a dataset organization, with its Swedish and full Finnish names. */
export function bodyRecord(body: Body): Organization {
  const entity = body.entity;
  const owner = entity.kind.endsWith('enterprise') ? entity.name.replace(/liikelaitos$/, 'liikelaitoksen') : entity.genitive;
  return {
    id: body.id,
    name: body.name,
    classification: body.classification,
    parent_id: body.parentId,
    seats: body.seats,
    other_names: [
      { name: body.svName, lang: 'sv' },
      { name: `${owner} ${body.name.charAt(0).toLowerCase()}${body.name.slice(1)}`, lang: 'fi' },
    ],
  };
}

/** A seat as a membership; `personId` turns the person index into the external id. */
export function seatRecord(body: Body, seat: Seat, personId: (index: number) => string): Membership {
  return {
    id: seat.id,
    person_id: personId(seat.person),
    organization_id: body.id,
    role: seat.role,
    start_date: seat.start,
    ...(seat.end ? { end_date: seat.end } : {}),
    ...(seat.principal ? { deputy_for: seat.principal.id } : {}),
    ...(seat.group ? { group: seat.group } : {}),
    ...(seat.deputyOrder ? { deputy_order: seat.deputyOrder } : {}),
  };
}
