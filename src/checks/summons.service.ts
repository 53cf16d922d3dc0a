import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { sqlRunner } from '../database/sql';
import { evaluate } from '../rules';
import type { Lang } from '../rules/report';
import { FactsLoader } from './facts-loader';
import { withVerdicts } from './verdict-facts';
import { summonsFrom, summonsHtml, type Summons } from './summons';

/** The summons list of a meeting from its facts today: JSON for the API, HTML to print or send. */
@Injectable()
export class SummonsService {
  constructor(
    private readonly em: EntityManager,
    private readonly loader: FactsLoader,
  ) {}

  async list(meetingId: string, lang: Lang = 'fi'): Promise<Summons[]> {
    return (await this.build(meetingId, lang)).summons;
  }

  async document(meetingId: string, lang: Lang = 'fi'): Promise<string> {
    const { summons, meeting } = await this.build(meetingId, lang);
    return summonsHtml(meeting, summons, lang);
  }

  private async build(meetingId: string, lang: Lang) {
    // The body's decisions and the officials' announcements drive the summons (legal-grounds §6).
    const sql = sqlRunner(this.em.fork());
    const facts = await withVerdicts(sql, await this.loader.load(sql, meetingId));
    const report = evaluate(facts, undefined, { lang });
    const titles = new Map(facts.meeting.agenda.map((i) => [i.id, i.title]));
    const names = new Map(facts.persons.map((p) => [p.id, p.name]));
    const body = facts.organizations.find((o) => o.id === facts.meeting.organizationId);
    return {
      summons: summonsFrom(report, titles, names, lang),
      meeting: {
        id: facts.meeting.id,
        name: facts.meeting.name ?? null,
        date: report.date,
        startsAt: facts.meeting.startDate,
        body: (lang === 'sv' && body?.nameSv ? body.nameSv : body?.name) ?? facts.meeting.organizationId,
      },
    };
  }
}
