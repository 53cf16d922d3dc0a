import type {
  AgendaItem,
  Event,
  EventParticipant,
  ItemRecord,
  Recusal,
  RelatedEntity,
  Substitute,
} from '../import/validation/dataset.types';
import type { AgendaWriter } from './agenda';
import type { ItemDraft, Planted, Registry, Scene } from './agenda-context';
import { CLOSING, OPENING, fillIn } from './agenda-texts';
import { Conflicts } from './conflicts';
import { addDays, finnishDate, finnishDateTime } from './dates';
import { HELD_BEFORE, MEETING_YEAR } from './scales';
import type { Body, PublicEntity, Seat } from './world';

/** The benchmark meeting: a 30-item board meeting of the largest city, at every scale. */
export const BENCH_MEETING_ID = 'bench-kh-30';
const BENCH_ITEMS = 30;
const BENCH_FROM = `${MEETING_YEAR}-11-01`;

const ITEM_COUNTS: Readonly<Record<Body['kind'], readonly [number, number]>> = {
  council: [6, 14],
  board: [9, 18],
  committee: [7, 15],
  audit: [5, 10],
  election: [3, 7],
  division: [5, 10],
  enterprise_board: [6, 12],
};

/** Weeks 2–51 of the meeting year without July (weeks 27–31), Mondays. */
const FIRST_MONDAY = `${MEETING_YEAR - 1}-12-29`;
const MEETING_WEEKS = Array.from({ length: 50 }, (_, i) => i + 2).filter((w) => w < 27 || w > 31);

interface Pending {
  readonly itemId: string;
  readonly date: string;
  readonly draft: ItemDraft;
  readonly boardName: string;
}

const inForce = (seat: Seat, date: string) => seat.start <= date && (seat.end === undefined || date <= seat.end);

/**
 * One year of meetings, body by body: dates on the body's weekday, about ten items each, the
 * council's items prepared by the board (`prepared_in`), participants with a right to attend,
 * and minutes for the meetings already held: who took part, who withdrew on which ground, who
 * stood in.
 */
export class Meetings {
  private readonly pending = new Map<string, Pending[]>();
  private readonly conflicts: Conflicts;

  constructor(
    private readonly registry: Registry,
    private readonly agenda: AgendaWriter,
    private readonly benchBodyId: string,
  ) {
    this.conflicts = new Conflicts(registry);
  }

  *forEntity(entity: PublicEntity): Generator<Event> {
    const ordered = [...entity.bodies.filter((b) => b.kind !== 'council'), ...entity.bodies.filter((b) => b.kind === 'council')];
    for (const body of ordered) {
      let benchPlaced = false;
      const dates = this.schedule(body);
      for (let i = 0; i < dates.length; i++) {
        const bench: boolean = body.id === this.benchBodyId && !benchPlaced && dates[i] >= BENCH_FROM;
        benchPlaced ||= bench;
        yield this.meeting(body, dates[i], i + 1, bench);
      }
    }
    this.pending.delete(entity.id);
  }

  private get rng() {
    return this.registry.rng;
  }

  private schedule(body: Body): string[] {
    const n = Math.min(body.meetingsPerYear, MEETING_WEEKS.length);
    const step = MEETING_WEEKS.length / n;
    const offset = this.rng.next() * step;
    const dates: string[] = [];
    for (let i = 0; i < n; i++) {
      const week = MEETING_WEEKS[Math.min(MEETING_WEEKS.length - 1, Math.floor(offset + i * step))];
      dates.push(addDays(FIRST_MONDAY, (week - 1) * 7 + body.weekday - 1));
    }
    return [...new Set(dates)];
  }

  private meeting(body: Body, date: string, number: number, bench: boolean): Event {
    const id = bench ? BENCH_MEETING_ID : `${body.id}-${date}`;
    const members = body.terms[1].filter((s) => s.role !== 'deputy' && inForce(s, date));
    const held = !bench && date < HELD_BEFORE;
    const participants = this.participants(body, date, members);
    const scene: Scene = { body, date, members, plantRate: bench ? 0.35 : 0.1 };
    const [min, max] = ITEM_COUNTS[body.kind];
    const count = bench ? BENCH_ITEMS : this.rng.int(min, max);
    const drafts: { draft: ItemDraft; preparedIn?: string }[] = [];
    if (body.kind === 'council') {
      const queue = this.pending.get(body.entity.id) ?? [];
      while (drafts.length < count - 3 && queue.length > 0 && queue[0].date <= addDays(date, -7)) {
        const next = queue.shift() as Pending;
        drafts.push({ draft: this.forCouncil(next, scene), preparedIn: next.itemId });
      }
    }
    const titles = new Set(drafts.map((d) => d.draft.title));
    while (drafts.length < count - 3) {
      let draft = this.agenda.substantive(scene);
      for (let retry = 0; retry < 3 && titles.has(draft.title); retry++) draft = this.agenda.substantive(scene);
      titles.add(draft.title);
      drafts.push({ draft });
    }
    const attendance = held ? this.attendance(body, date, members) : undefined;
    const officials = body.entity.officials.slice(2);
    const agenda: AgendaItem[] = [];
    const fixed = (order: number, [title, text]: readonly [string, string]): AgendaItem => ({
      id: `${id}-${order}`,
      order,
      title,
      description: fillIn(text, { date: finnishDate(addDays(date, -6)) }),
      ...(attendance ? { record: { participants: withAttendees(attendance.present, participants) } } : {}),
    });
    agenda.push(fixed(1, OPENING[0]), fixed(2, OPENING[1]));
    drafts.forEach(({ draft, preparedIn }, i) => {
      const order = i + 3;
      const itemId = `${id}-${order}`;
      for (const related of draft.related) this.publicParty(scene, related, draft.planted);
      const preparers =
        draft.preparedBy !== undefined ? [draft.preparedBy] : officials.length > 0 ? this.rng.sample(officials, this.rng.int(1, 2)) : [];
      const presentedBy = officials.length > 0 && body.presenter >= 0 && this.rng.chance(0.06) ? this.rng.pick(officials) : undefined;
      const concern = members.length > 0 && this.rng.chance(0.007) ? this.rng.pick(members).person : undefined;
      agenda.push({
        id: itemId,
        order,
        title: draft.title,
        description: draft.description,
        ...(draft.related.length > 0 ? { related_entities: draft.related } : {}),
        ...(preparers.length > 0 ? { prepared_by: preparers.map((p) => this.registry.people.id(p)) } : {}),
        ...(presentedBy !== undefined && presentedBy !== body.presenter ? { presented_by: this.registry.people.id(presentedBy) } : {}),
        ...(preparedIn ? { prepared_in: preparedIn } : {}),
        ...(this.rng.chance(0.01) ? { urgent: true } : {}),
        ...(concern !== undefined
          ? {
              concerns: [
                {
                  person_id: this.registry.people.id(concern),
                  text: 'Jäsen on ilmoittanut mahdollisesta esteellisyydestä sukulaisuuden vuoksi.',
                },
              ],
            }
          : {}),
        ...(attendance ? { record: this.record(body, date, attendance, draft.planted, participants) } : {}),
      });
      if (
        draft.forCouncil &&
        body.kind === 'board' &&
        (body.entity.kind === 'municipality' || body.entity.kind === 'county' || body.entity.kind === 'regional_council')
      ) {
        const queue = this.pending.get(body.entity.id) ?? [];
        queue.push({ itemId, date, draft, boardName: body.name });
        this.pending.set(body.entity.id, queue);
      }
    });
    agenda.push(fixed(count, this.rng.pick(CLOSING)));
    const absent = !held && members.length > 2 && this.rng.chance(0.06) ? [this.registry.people.id(this.rng.pick(members).person)] : [];
    return {
      id,
      organization_id: body.id,
      name: `${body.entity.name}: ${body.name} ${number}/${MEETING_YEAR}`,
      start_date: finnishDateTime(date, body.hour),
      status: held ? 'held' : 'planned',
      ...(absent.length > 0 ? { expected_absent: absent } : {}),
      participants,
      agenda,
    };
  }

  /** The dual role: a public party (the county, a municipality) where a member works or sits on the board. */
  private publicParty(scene: Scene, related: RelatedEntity, planted: Planted[]) {
    if (related.entity_type !== 'organization' || related.role !== 'party') return;
    const entity = this.registry.publicById.get(related.entity_id);
    if (entity && (entity.kind === 'county' || entity.kind === 'municipality')) this.conflicts.publicParty(scene, entity.id, planted);
  }

  /** A board item on the council's agenda: the same parties; the council's own members judged anew. */
  private forCouncil(pending: Pending, scene: Scene): ItemDraft {
    const ground = scene.body.entity.kind === 'county' ? 'HVAL102_1' : 'KL97_1';
    const planted: Planted[] = [];
    const personParties = new Set(pending.draft.related.filter((r) => r.entity_type === 'person').map((r) => r.entity_id));
    for (const seat of scene.members) {
      const self = personParties.has(this.registry.people.id(seat.person));
      const relative = (this.registry.relatives.close.get(seat.person) ?? []).some((r) =>
        personParties.has(this.registry.people.id(r.person)),
      );
      if (self || relative) planted.push({ person: seat.person, ground });
    }
    return {
      title: pending.draft.title,
      description: `${pending.boardName} käsitteli asian ${finnishDate(pending.date)} ja esittää sen valtuuston hyväksyttäväksi.\n\n${pending.draft.description}`,
      related: pending.draft.related,
      planted,
    };
  }

  private participants(body: Body, date: string, members: readonly Seat[]): EventParticipant[] {
    const out: EventParticipant[] = [];
    const memberIds = new Set(members.map((s) => s.person));
    const add = (person: number, role: EventParticipant['role']) => {
      if (person < 0 || memberIds.has(person) || out.some((p) => p.person_id === this.registry.people.id(person))) return;
      out.push({ person_id: this.registry.people.id(person), role });
    };
    add(body.presenter, 'presenter');
    add(body.minuteTaker, 'minute_taker');
    const council = body.entity.bodies.find((b) => b.kind === 'council');
    const board = body.entity.bodies.find((b) => b.kind === 'board');
    if (body.kind === 'board' && council) {
      // The council's chair and vice-chairs may attend the board (KL 18.2).
      for (const seat of council.terms[1].filter((s) => (s.role === 'chair' || s.role === 'vice_chair') && inForce(s, date)))
        add(seat.person, 'attendee');
    } else if (body.kind === 'committee' && board) {
      const boardSeats = board.terms[1].filter((s) => s.role !== 'deputy' && inForce(s, date));
      // The board's representative (kunnanhallituksen edustaja), the same one all year.
      if (boardSeats.length > 0) add(boardSeats[stableIndex(body.id, boardSeats.length)].person, 'attendee');
    } else if (body.kind === 'council') {
      add(body.entity.officials[0], 'attendee');
    }
    return out;
  }

  /** Who came: members, or their personal deputy (boards) or the group's next deputy (councils). */
  private attendance(body: Body, date: string, members: readonly Seat[]): { present: string[]; seats: Map<number, Seat> } {
    const present: number[] = [];
    const seats = new Map<number, Seat>();
    const deputies = body.terms[1].filter((s) => s.role === 'deputy' && inForce(s, date));
    for (const seat of members) {
      if (this.rng.chance(0.92)) {
        present.push(seat.person);
        seats.set(seat.person, seat);
        continue;
      }
      const stand =
        body.kind === 'council'
          ? deputies
              .filter((d) => d.group === seat.group && !present.includes(d.person))
              .sort((a, b) => (a.deputyOrder ?? 0) - (b.deputyOrder ?? 0))[0]
          : seat.deputies.find((d) => inForce(d, date));
      if (stand && !present.includes(stand.person) && this.rng.chance(0.85)) present.push(stand.person);
    }
    return { present: present.map((p) => this.registry.people.id(p)), seats };
  }

  /** The minutes of one item: planted conflicts mostly lead to a recusal, sometimes they are missed. */
  private record(
    body: Body,
    date: string,
    attendance: { present: string[]; seats: Map<number, Seat> },
    planted: readonly Planted[],
    participants: readonly EventParticipant[],
  ): ItemRecord {
    const taking = [...attendance.present];
    const recusals: Recusal[] = [];
    const substitutes: Substitute[] = [];
    const seen = new Set<number>();
    for (const { person, ground } of planted) {
      const id = this.registry.people.id(person);
      if (seen.has(person) || !taking.includes(id)) continue;
      seen.add(person);
      if (!this.rng.chance(0.85)) continue;
      recusals.push({ person_id: id, grounds: [ground], decided_by: this.rng.chance(0.6) ? 'body' : 'self' });
      taking.splice(taking.indexOf(id), 1);
      const deputy = body.kind === 'council' ? undefined : attendance.seats.get(person)?.deputies.find((d) => inForce(d, date));
      const deputyId = deputy ? this.registry.people.id(deputy.person) : undefined;
      if (deputyId && !taking.includes(deputyId) && !attendance.present.includes(deputyId)) {
        substitutes.push({ person_id: deputyId, for_person_id: id });
        taking.push(deputyId);
      }
    }
    // Now and then someone withdraws without a ground the engine would find.
    const others = taking.filter((p) => !substitutes.some((s) => s.person_id === p));
    if (others.length > 3 && this.rng.chance(0.004)) {
      const id = this.rng.pick(others);
      recusals.push({ person_id: id, grounds: ['HL28_1_7'], decided_by: 'self' });
      taking.splice(taking.indexOf(id), 1);
    }
    return {
      participants: withAttendees(taking, participants),
      ...(recusals.length > 0 ? { recusals } : {}),
      ...(substitutes.length > 0 ? { substitutes } : {}),
    };
  }
}

/** The same index for the same text on every run. */
function stableIndex(text: string, length: number): number {
  let sum = 0;
  for (const ch of text) sum = (sum * 31 + ch.charCodeAt(0)) >>> 0;
  return sum % length;
}

/** Those who took part: members and stand-ins, then the presenter, minute-taker and attendees not already counted. */
function withAttendees(members: readonly string[], participants: readonly EventParticipant[]): string[] {
  const out = [...members];
  for (const p of participants) if (!out.includes(p.person_id)) out.push(p.person_id);
  return out;
}
