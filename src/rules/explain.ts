/**
 * Writes a finding's one-sentence explanation and its evidence from the rules' hits. A relative
 * is described by circle and kind, never by name (the secretary may not see who it is).
 */
import type { Assessment } from './assess';
import {
  CONCERN_LABELS, INTEREST_LABELS, KIND_LABELS, ROLE_LABELS, capitalize, label,
} from './explain-labels';
import type { FactIndex } from './fact-index';
import type { MembershipFact, RelatedEntityFact } from './facts';
import type { Reason, Subject } from './hit';
import { englishDate, finnishDate, type Period } from './period';
import type { ChainStep } from './relatives';
import type { Evidence, Finding, Lang } from './report';

export function explainFinding(index: FactIndex, a: Assessment, lang: Lang): Finding {
  const joiner = lang === 'en' ? '; also, ' : '; lisäksi ';
  const sentence = (restricted: boolean) =>
    `${capitalize(unique(a.hits.map((h) => clause(index, a.personId, h.reason, lang, restricted))).join(joiner))}.`;
  const evidence = dedupe(a.hits.flatMap((h) => evidenceOf(index, h.reason, lang)));
  return {
    personId: a.personId,
    capacity: a.capacity,
    outcome: a.outcome,
    ...(a.outcome === 'needs_review' && a.lean ? { lean: a.lean } : {}),
    grounds: a.grounds,
    explanation: sentence(false),
    restrictedExplanation: sentence(true),
    evidence,
  };
}

export function subjectText(index: FactIndex, personId: string, subject: Subject, lang: Lang): string {
  const name = index.personName(personId);
  if (subject.kind === 'self') return name;
  const { kind, circle } = subject.relative;
  return lang === 'en'
    ? `a circle-${circle ?? 0} relative (${label(KIND_LABELS, kind, lang)}) of ${name}`
    : `henkilön ${name} läheinen (${label(KIND_LABELS, kind, lang)})`;
}

/** A body is shown with its entity ("Aluehallitus, Hyvinvointialue H"). */
export function orgLabel(index: FactIndex, orgId: string): string {
  const entity = index.entityOf(orgId);
  return entity === orgId ? index.orgName(orgId) : `${index.orgName(orgId)}, ${index.orgName(entity)}`;
}

export function datesText(m: MembershipFact, period: Period, lang: Lang): string {
  const d = lang === 'en' ? englishDate : finnishDate;
  const end = m.endDate ? d(m.endDate) : '';
  switch (period.status) {
    case 'future':
      return lang === 'en' ? `from ${d(m.startDate)}` : `alkaa ${d(m.startDate)}`;
    case 'ended':
      return lang === 'en'
        ? `ended ${end}, ${period.daysAgo} days before the meeting`
        : `päättyi ${end}, ${period.daysAgo} päivää ennen kokousta`;
    case 'holdover':
      return lang === 'en'
        ? `term ended ${end}; continues until the successors take over, KL 79`
        : `toimikausi päättyi ${end}; jatkaa seuraajien aloittamiseen asti, KL 79 §`;
    default:
      return lang === 'en' ? `since ${d(m.startDate)}${end ? ` until ${end}` : ''}` : `${d(m.startDate)} alkaen${end ? ` ${end} asti` : ''}`;
  }
}

/** `withDates` false leaves the dates out (a relative's position, for restricted viewers). */
export function positionText(index: FactIndex, m: MembershipFact, period: Period, lang: Lang, withDates = true): string {
  const role = label(ROLE_LABELS, m.role, lang);
  const org = orgLabel(index, m.organizationId);
  const dates = withDates ? ` (${datesText(m, period, lang)})` : '';
  if (lang === 'en') {
    const verb = period.status === 'ended' ? 'was' : period.status === 'future' ? 'will be' : 'is';
    return `${verb} ${role} ${org}${dates}`;
  }
  const verb = period.status === 'ended' ? 'oli' : period.status === 'future' ? 'on tuleva' : 'on';
  return `${verb} ${role}: ${org}${dates}`;
}

export function concernText(index: FactIndex, e: RelatedEntityFact, lang: Lang): string {
  const name = e.entityType === 'organization' ? index.orgName(e.entityId) : '';
  const behalf = e.role === 'representative' && e.onBehalfOf && index.org(e.onBehalfOf) ? ` ${index.orgName(e.onBehalfOf)}` : '';
  const note = e.note ? ` (${e.note})` : '';
  return `${name ? `${name} ` : ''}${label(CONCERN_LABELS, e.role, lang)}${behalf}${note}`;
}

/**
 * `restricted`: for viewers other than administrators and the person concerned, without a
 * relative's position dates or an interest's free-text description.
 */
function clause(index: FactIndex, personId: string, r: Reason, lang: Lang, restricted: boolean): string {
  const en = lang === 'en';
  switch (r.type) {
    case 'person_entity':
      return `${subjectText(index, personId, r.subject, lang)} ${concernText(index, r.entity, lang)}`;
    case 'position': {
      const who = subjectText(index, personId, r.subject, lang);
      const withDates = !(restricted && r.subject.kind === 'relative');
      const base = `${who} ${positionText(index, r.position.membership, r.position.period, lang, withDates)}; ${concernText(index, r.concerned, lang)}`;
      if (!r.conflictWith) return base;
      const own = index.orgName(r.conflictWith);
      return en
        ? `${base}, and so is ${own}, so their interests may conflict (KL 97.4)`
        : `${base}, kuten myös ${own}, joten niiden edut voivat olla ristiriidassa (KL 97.4 §)`;
    }
    case 'interest': {
      const who = subjectText(index, personId, r.subject, lang);
      const kind = label(INTEREST_LABELS, r.interest.kind, lang);
      const desc = r.interest.description && !restricted ? `: ${r.interest.description}` : '';
      const org = index.orgName(r.concerned.entityId);
      const material = r.interest.material ? (en ? ', judged material' : ', arvioitu olennaiseksi') : '';
      return en
        ? `${who} has declared an interest in ${org} (${kind}${desc}${material}); ${concernText(index, r.concerned, lang)}`
        : `${who} on ilmoittanut sidonnaisuuden: ${org} (${kind}${desc}${material}); ${concernText(index, r.concerned, lang)}`;
    }
    case 'audit_target': {
      const who = index.personName(personId);
      return `${who} ${positionText(index, r.membership, r.period, lang)}; ${concernText(index, r.target, lang)}`;
    }
    case 'prepared': {
      const who = index.personName(personId);
      const what = r.prepared && r.presented
        ? (en ? 'prepared and presented' : 'valmistellut ja esitellyt')
        : r.prepared ? (en ? 'prepared' : 'valmistellut') : (en ? 'presented' : 'esitellyt');
      const org = orgLabel(index, r.employment.organizationId);
      return en
        ? `${who} is employed by the own organisation (${org}) and ${what} the matter`
        : `${who} on oman organisaation palveluksessa (${org}) ja on ${what} asian`;
    }
    case 'concern':
      return en ? `a concern has been flagged: ${r.text}` : `asiaan on merkitty esteellisyyshuomio: ${r.text}`;
  }
}

function evidenceOf(index: FactIndex, r: Reason, lang: Lang): Evidence[] {
  switch (r.type) {
    case 'person_entity': {
      // The person the item concerns is the relative itself.
      const party = relatedEvidence(index, r.entity, lang);
      const aboutRelative = r.subject.kind === 'relative' && r.entity.entityType !== 'organization';
      return [...chainEvidence(subjectChain(r.subject), lang), aboutRelative ? { ...party, aboutRelative } : party];
    }
    case 'position': {
      const position = membershipEvidence(index, r.position.membership, r.position.period, lang);
      const ofRelative = r.subject.kind === 'relative'
        ? { ...position, aboutRelative: true, restrictedText: membershipEvidence(index, r.position.membership, r.position.period, lang, false).text }
        : position;
      return [ofRelative, ...chainEvidence(subjectChain(r.subject), lang), relatedEvidence(index, r.concerned, lang)];
    }
    case 'interest': {
      const kind = label(INTEREST_LABELS, r.interest.kind, lang);
      const text = `${kind}: ${index.orgName(r.concerned.entityId)}${r.interest.material ? (lang === 'en' ? ' (material)' : ' (olennainen)') : ''}`;
      const interest: Evidence = { kind: 'interest', id: r.interest.id, text, ...(r.subject.kind === 'relative' ? { aboutRelative: true } : {}) };
      return [interest, ...chainEvidence(subjectChain(r.subject), lang), relatedEvidence(index, r.concerned, lang)];
    }
    case 'audit_target':
      return [membershipEvidence(index, r.membership, r.period, lang), relatedEvidence(index, r.target, lang)];
    case 'prepared': {
      const text = [r.prepared ? (lang === 'en' ? 'prepared by' : 'valmistelija') : '', r.presented ? (lang === 'en' ? 'presented by' : 'esittelijä') : '']
        .filter(Boolean).join(', ');
      return [membershipEvidence(index, r.employment, index.period(r.employment), lang), { kind: 'item', id: r.itemId, text }];
    }
    case 'concern':
      return [{ kind: 'item', id: r.itemId, text: r.text }];
  }
}

/** Text for membership evidence; ended, future and held-over positions say so first. */
export function membershipEvidence(index: FactIndex, m: MembershipFact, period: Period, lang: Lang, withDates = true): Evidence {
  const marker = STATUS_MARKERS[period.status][lang === 'en' ? 1 : 0];
  const sep = lang === 'en' ? ' ' : ': ';
  const dates = withDates ? ` (${datesText(m, period, lang)})` : '';
  const text = `${marker}${label(ROLE_LABELS, m.role, lang)}${sep}${orgLabel(index, m.organizationId)}${dates}`;
  return { kind: 'membership', id: m.id, text };
}

export const STATUS_MARKERS: Readonly<Record<Period['status'], readonly [string, string]>> = {
  current: ['', ''],
  holdover: ['jatkaa (KL 79 §): ', 'holdover (KL 79): '],
  ended: ['päättynyt: ', 'ended: '],
  future: ['tuleva: ', 'future: '],
};

function subjectChain(subject: Subject): readonly ChainStep[] {
  return subject.kind === 'relative' ? subject.relative.chain : [];
}

function chainEvidence(chain: readonly ChainStep[], lang: Lang): Evidence[] {
  return chain.map((step, i) => ({
    kind: 'relationship',
    id: step.relationshipId,
    aboutRelative: true,
    text: chain.length > 1 ? `${i + 1}/${chain.length}: ${label(KIND_LABELS, step.kind, lang)}` : label(KIND_LABELS, step.kind, lang),
  }));
}

function relatedEvidence(index: FactIndex, e: RelatedEntityFact, lang: Lang): Evidence {
  // A person related entity is described by role only: it may be the relative.
  const text = e.entityType === 'organization' ? concernText(index, e, lang) : `${label(CONCERN_LABELS, e.role, lang)}${e.note ? ` (${e.note})` : ''}`;
  return { kind: 'related_entity', id: e.entityId, text };
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function dedupe(list: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.kind}\u0000${e.id ?? ''}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
