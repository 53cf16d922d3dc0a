/** Shared by HL 28.1 §§ 1–3 and KL 97.1: the person or a relative is a person related entity. */
import { type PersonContext, subjects } from '../context';
import type { RelatedEntityRole } from '../facts';
import type { GroundCode } from '../grounds';
import { disqualifies, type Hit } from '../hit';

export function personEntityHits(ctx: PersonContext, roles: readonly RelatedEntityRole[], maxCircle: number, code: GroundCode): Hit[] {
  const hits: Hit[] = [];
  const who = subjects(ctx, 0, maxCircle);
  for (const entity of ctx.item.persons) {
    if (!roles.includes(entity.role)) continue;
    for (const s of who) {
      if (s.personId === entity.entityId) hits.push(disqualifies(code, { type: 'person_entity', subject: s.subject, entity }));
    }
  }
  return hits;
}
