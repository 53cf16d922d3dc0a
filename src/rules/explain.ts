/**
 * Writes a finding's explanation and its evidence from the rules' hits, in the reader's language.
 * The explanation starts with a sentence a secretary can read aloud (who, which entity, what it
 * does in this item, and that the person must not take part), then the legal ground in standard
 * notation; the evidence list follows. A relative is described by kind, never by name (the
 * secretary may not see who it is).
 */
import type { Assessment } from './assess';
import { concernLabel, interestLabel, kindLabel, roleLabel, roleTitle } from './explain-labels';
import type { FactIndex } from './fact-index';
import type { MembershipFact, RelatedEntityFact } from './facts';
import type { Reason, Subject } from './hit';
import { capitalize, catalogue, fill, formatDate, groundText, law, plural } from './i18n';
import type { Period } from './period';
import type { ChainStep } from './relatives';
import type { Evidence, Finding, Lang } from './report';

export function explainFinding(index: FactIndex, a: Assessment, lang: Lang): Finding {
  const t = catalogue(lang);
  const name = index.personName(a.personId);
  const verdict =
    a.outcome === 'disqualified'
      ? fill(t.explain.verdictDisqualified, { name })
      : fill(t.explain.verdictReview, { name, lean: t.leans[a.lean ?? 'disqualified'] });
  const grounds = fill(t.explain.groundLine, {
    label: plural(lang, t.plurals.grounds, a.grounds.length),
    grounds: a.grounds.map((g) => groundText(g, lang)).join(t.explain.listJoiner),
  });
  // `restricted`: for viewers other than administrators and the person concerned (no relative's
  // position dates, no interest's free-text description).
  const sentence = (restricted: boolean) => {
    const clauses = unique(a.hits.map((h) => clause(index, a.personId, h.reason, lang, restricted)));
    return `${capitalize(clauses.join(t.explain.clauseJoiner))}: ${verdict}. ${grounds}`;
  };
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
  return fill(catalogue(lang).explain.relative, { name, kind: kindLabel(subject.relative.kind, lang) });
}

/** A body is shown with its entity ("Aluehallitus, Hyvinvointialue H"), in the reader's language. */
export function orgLabel(index: FactIndex, orgId: string, lang: Lang = 'fi'): string {
  const entity = index.entityOf(orgId);
  if (entity === orgId) return index.orgName(orgId, lang);
  return fill(catalogue(lang).explain.bodyOfEntity, { body: index.orgName(orgId, lang), entity: index.orgName(entity, lang) });
}

export function datesText(m: MembershipFact, period: Period, lang: Lang): string {
  const t = catalogue(lang).explain;
  const start = formatDate(m.startDate, lang);
  const end = m.endDate ? formatDate(m.endDate, lang) : '';
  switch (period.status) {
    case 'future':
      return fill(t.datesFuture, { start });
    case 'ended':
      return fill(t.datesEnded, { end, days: plural(lang, catalogue(lang).plurals.days, period.daysAgo ?? 0) });
    case 'holdover':
      return fill(t.datesHoldover, { end, law: law('KL', 79, lang) });
    default:
      return end ? fill(t.datesSinceUntil, { start, end }) : fill(t.datesSince, { start });
  }
}

/** `withDates` false leaves the dates out (a relative's position, for restricted viewers). */
export function positionText(index: FactIndex, m: MembershipFact, period: Period, lang: Lang, withDates = true): string {
  const t = catalogue(lang).explain;
  const template = period.status === 'ended' ? t.positionEnded : period.status === 'future' ? t.positionFuture : t.positionCurrent;
  return fill(withDates ? template : undated(template), {
    role: roleLabel(m.role, lang),
    org: orgLabel(index, m.organizationId, lang),
    dates: datesText(m, period, lang),
  });
}

/** What an entity does in the item: "Rakennus Oy is a party to this item (bidder)". */
export function concernText(index: FactIndex, e: RelatedEntityFact, lang: Lang): string {
  const name = e.entityType === 'organization' ? index.orgName(e.entityId, lang) : '';
  let predicate = concernLabel(e.role, lang);
  if (e.role === 'representative' && e.onBehalfOf && index.org(e.onBehalfOf)) {
    predicate = fill(catalogue(lang).explain.concernOnBehalf, { concern: predicate, org: index.orgName(e.onBehalfOf, lang) });
  }
  const note = e.note ? ` (${e.note})` : '';
  return `${name ? `${name} ` : ''}${predicate}${note}`;
}

/** A template without its ` ({dates})` part. */
function undated(template: string): string {
  return template.replace(' ({dates})', '');
}

function clause(index: FactIndex, personId: string, r: Reason, lang: Lang, restricted: boolean): string {
  const t = catalogue(lang).explain;
  switch (r.type) {
    case 'person_entity':
      return `${subjectText(index, personId, r.subject, lang)} ${concernText(index, r.entity, lang)}`;
    case 'position': {
      const base = fill(t.positionAndConcern, {
        who: subjectText(index, personId, r.subject, lang),
        position: positionText(index, r.position.membership, r.position.period, lang, !(restricted && r.subject.kind === 'relative')),
        concern: concernText(index, r.concerned, lang),
      });
      if (!r.conflictWith) return base;
      return fill(t.ownAlsoParty, { base, own: index.orgName(r.conflictWith, lang), law: law('KL', 97, lang, 4) });
    }
    case 'interest':
      return fill(t.interest, {
        who: subjectText(index, personId, r.subject, lang),
        org: index.orgName(r.concerned.entityId, lang),
        kind: interestLabel(r.interest.kind, lang),
        description: r.interest.description && !restricted ? `: ${r.interest.description}` : '',
        material: r.interest.material ? t.interestMaterial : '',
        concern: concernText(index, r.concerned, lang),
      });
    case 'audit_target':
      return fill(t.positionAndConcern, {
        who: index.personName(personId),
        position: positionText(index, r.membership, r.period, lang),
        concern: concernText(index, r.target, lang),
      });
    case 'prepared': {
      const what = r.prepared && r.presented ? t.preparedAndPresentedWhat : r.prepared ? t.preparedWhat : t.presentedWhat;
      return fill(t.prepared, { who: index.personName(personId), org: orgLabel(index, r.employment.organizationId, lang), what });
    }
    case 'concern':
      return fill(t.concern, { text: r.text });
  }
}

function evidenceOf(index: FactIndex, r: Reason, lang: Lang): Evidence[] {
  const t = catalogue(lang).explain;
  switch (r.type) {
    case 'person_entity': {
      // The person the item concerns is the relative itself.
      const party = relatedEvidence(index, r.entity, lang);
      const aboutRelative = r.subject.kind === 'relative' && r.entity.entityType !== 'organization';
      return [...chainEvidence(subjectChain(r.subject), lang), aboutRelative ? { ...party, aboutRelative } : party];
    }
    case 'position': {
      const position = membershipEvidence(index, r.position.membership, r.position.period, lang);
      const ofRelative =
        r.subject.kind === 'relative'
          ? {
              ...position,
              aboutRelative: true,
              restrictedText: membershipEvidence(index, r.position.membership, r.position.period, lang, false).text,
            }
          : position;
      return [ofRelative, ...chainEvidence(subjectChain(r.subject), lang), relatedEvidence(index, r.concerned, lang)];
    }
    case 'interest': {
      const text = fill(t.evidenceInterest, {
        kind: interestLabel(r.interest.kind, lang),
        org: index.orgName(r.concerned.entityId, lang),
        material: r.interest.material ? t.evidenceMaterial : '',
      });
      const interest: Evidence = {
        kind: 'interest',
        id: r.interest.id,
        text,
        ...(r.subject.kind === 'relative' ? { aboutRelative: true } : {}),
      };
      return [interest, ...chainEvidence(subjectChain(r.subject), lang), relatedEvidence(index, r.concerned, lang)];
    }
    case 'audit_target':
      return [membershipEvidence(index, r.membership, r.period, lang), relatedEvidence(index, r.target, lang)];
    case 'prepared': {
      const text = [r.prepared ? t.preparedBy : '', r.presented ? t.presentedBy : ''].filter(Boolean).join(t.listJoiner);
      return [membershipEvidence(index, r.employment, index.period(r.employment), lang), { kind: 'item', id: r.itemId, text }];
    }
    case 'concern':
      return [{ kind: 'item', id: r.itemId, text: r.text }];
  }
}

/** Text for membership evidence; ended, future and held-over positions say so first. */
export function membershipEvidence(index: FactIndex, m: MembershipFact, period: Period, lang: Lang, withDates = true): Evidence {
  const t = catalogue(lang);
  const text = fill(withDates ? t.explain.evidenceMembership : undated(t.explain.evidenceMembership), {
    marker: fill(t.statusMarkers[period.status], { law: law('KL', 79, lang) }),
    role: roleTitle(m.role, lang),
    org: orgLabel(index, m.organizationId, lang),
    dates: datesText(m, period, lang),
  });
  return { kind: 'membership', id: m.id, text };
}

function subjectChain(subject: Subject): readonly ChainStep[] {
  return subject.kind === 'relative' ? subject.relative.chain : [];
}

function chainEvidence(chain: readonly ChainStep[], lang: Lang): Evidence[] {
  const t = catalogue(lang).explain;
  return chain.map((step, i) => ({
    kind: 'relationship',
    id: step.relationshipId,
    aboutRelative: true,
    text:
      chain.length > 1
        ? fill(t.evidenceChainStep, { step: i + 1, steps: chain.length, kind: kindLabel(step.kind, lang) })
        : kindLabel(step.kind, lang),
  }));
}

function relatedEvidence(index: FactIndex, e: RelatedEntityFact, lang: Lang): Evidence {
  // A person related entity is described by role only: it may be the relative.
  const text =
    e.entityType === 'organization' ? concernText(index, e, lang) : `${concernLabel(e.role, lang)}${e.note ? ` (${e.note})` : ''}`;
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
