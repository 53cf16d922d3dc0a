import type { EntityRole } from '../common/vocabulary';
import type { Planted, Registry, Scene } from './agenda-context';
import type { Position } from './world';

const BOARD_TYPE: ReadonlySet<EntityRole> = new Set([
  'board_chair',
  'board_member',
  'supervisory_board_member',
  'ceo',
  'deputy_ceo',
  'deputy_board_member',
]);

/** An organisation tied to a member, and the ground (legal-grounds.md §4) the tie gives. */
interface Tie {
  readonly organizationId: string;
  readonly person: number;
  readonly ground: string;
}

/**
 * Plants conflicts in agenda items the way they arise in practice: the bidder is a company whose
 * board a member chairs, the applicant is a member's child, the county is a party and a member
 * works for it. The minutes then record the recusal, or sometimes miss it.
 */
export class Conflicts {
  constructor(private readonly registry: Registry) {}

  /** A private entity of one of `classifications` tied to a member, or undefined (most items). */
  organization(scene: Scene, classifications: readonly string[], planted: Planted[]): string | undefined {
    const { rng } = this.registry;
    if (scene.members.length === 0 || !rng.chance(scene.plantRate)) return undefined;
    const member = rng.pick(scene.members).person;
    const ties: Tie[] = [];
    for (const position of this.registry.positions.byPerson.get(member) ?? []) {
      const tie = this.tie(position, scene.date, classifications, member, false);
      if (tie) ties.push(tie);
    }
    for (const interest of this.registry.interests.byPerson.get(member) ?? []) {
      const org = interest.organization_id ? this.registry.privates.byId.get(interest.organization_id) : undefined;
      if (org && classifications.includes(org.record.classification))
        ties.push({ organizationId: org.record.id, person: member, ground: 'HL28_1_3' });
    }
    for (const relative of this.registry.relatives.close.get(member) ?? []) {
      for (const position of this.registry.positions.byPerson.get(relative.person) ?? []) {
        const tie = this.tie(position, scene.date, classifications, member, true);
        if (tie) ties.push(tie);
      }
    }
    if (ties.length === 0) return undefined;
    const tie = rng.pick(ties);
    planted.push({ person: tie.person, ground: this.councilGround(scene) ?? tie.ground });
    return tie.organizationId;
  }

  /** A circle-1 relative of a member, to be a person party (HL 28.1.1), or undefined. */
  relative(scene: Scene, planted: Planted[]): number | undefined {
    const { rng } = this.registry;
    if (scene.members.length === 0 || !rng.chance(scene.plantRate)) return undefined;
    const member = rng.pick(scene.members).person;
    const relatives = this.registry.relatives.close.get(member) ?? [];
    if (relatives.length === 0) return undefined;
    planted.push({ person: member, ground: this.councilGround(scene) ?? 'HL28_1_1' });
    return rng.pick(relatives).person;
  }

  /**
   * Members whose own position ties them to a public party: employed by it (HL 28.1.4) or on its
   * board (HL 28.1.5, the municipality ↔ county dual role, with no exception).
   */
  publicParty(scene: Scene, entityId: string, planted: Planted[]): void {
    if (entityId === scene.body.entity.id || scene.body.kind === 'council') return;
    for (const seat of scene.members) {
      const employed = (this.registry.positions.byPerson.get(seat.person) ?? []).some(
        (p) => p.membership.organization_id === entityId && p.membership.role === 'employee' && inForce(p, scene.date),
      );
      const onBoard = (this.registry.boardSeats.get(seat.person) ?? []).includes(entityId);
      if (onBoard) planted.push({ person: seat.person, ground: 'HL28_1_5' });
      else if (employed) planted.push({ person: seat.person, ground: 'HL28_1_4' });
    }
  }

  private tie(position: Position, date: string, classifications: readonly string[], member: number, relative: boolean): Tie | undefined {
    const org = this.registry.privates.byId.get(position.membership.organization_id);
    if (!org || !classifications.includes(org.record.classification) || !inForce(position, date)) return undefined;
    const role = position.membership.role as EntityRole;
    if (BOARD_TYPE.has(role)) return { organizationId: org.record.id, person: member, ground: 'HL28_1_5' };
    if (!relative && (role === 'employee' || role === 'contractor'))
      return { organizationId: org.record.id, person: member, ground: 'HL28_1_4' };
    return undefined;
  }

  /** In a council only the personal ground applies (KL 97.1; HVAL 102.1 for county councils). */
  private councilGround(scene: Scene): string | undefined {
    if (scene.body.kind !== 'council') return undefined;
    return scene.body.entity.kind === 'county' ? 'HVAL102_1' : 'KL97_1';
  }
}

export function inForce(position: Position, date: string): boolean {
  const { start_date: start, end_date: end } = position.membership;
  return start <= date && (end === undefined || date <= end);
}
