/** Confidence of a match as registered, before the adjustments below. */
export const CONFIDENCE = {
  identifier: 1,
  /** Several words, or a company form present: `Järvi-Pohjan hyvinvointialue`, `Rakennus Oy`. */
  orgPhrase: 0.97,
  /** An acronym alias, matched case-sensitively: `HUS`, `YIT`. */
  orgAcronym: 0.9,
  /** A one-word alias without company form, capitalised in text: `Fortum`, `Sitra`. */
  orgSingleWord: 0.85,
  personGivenFamily: 0.95,
  personFamilyGiven: 0.9,
  /** First given name only when several are registered (`Anna Aho` for Anna Maria Aho). */
  personFirstGivenOnly: 0.93,
  /**
   * Deducted for a body's name in the other language derived from the place tables
   * (`Birkalands välfärdsområde` for a registered `Pirkanmaan hyvinvointialue`).
   */
  translatedName: 0.05,
  /** Deducted when the text omits the registry name's company form (`Järvi-Pohjan Rakennus` for `… Oy`). */
  formOmitted: 0.12,
  /** Deducted when the form is of the same family but not the same (`Oy` for an `Oyj`). */
  formFamily: 0.08,
  /** Deducted when the form is the same but spelt otherwise than in the registry (`Ab` for `Oy`). */
  formSpelling: 0.06,
  /**
   * A one-word core of a company name without its form (`Byggbolagets` for `Byggbolaget Ab`):
   * only for distinctive words (8+ letters, not generic, not a `-nen` word or a registered
   * person's family name), capitalised in text.
   */
  orgCoreWordOnly: 0.6,
  /** Deducted for an inflected word (`hyvinvointialueelle`), more for several. */
  inflected: 0.1,
  inflectedSeveral: 0.15,
  /** Deducted for each middle initial skipped inside a person's name (`Anna M. Aho`). */
  initialSkipped: 0.05,
  /** Deducted for a one-word alias that is the first part of a hyphenated compound (`SPR-lähtöinen`). */
  compoundPart: 0.1,
  /**
   * Deducted for a one-word name (a municipality) read as a place rather than a party: in a local
   * case (`Oulussa`, `Tampereella`), in the genitive before a proper noun (`Tuusulan
   * Kuninkaanlähteessä`), after Swedish `i`/`på` (`i Tusby`). Ranked lower, not dropped.
   */
  placeLocation: 0.2,
  /** Candidates within this distance of the best one make a mention ambiguous. */
  ambiguityBand: 0.05,
} as const;
