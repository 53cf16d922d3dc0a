import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/date.scalar';
import type { Ground } from '../../rules/grounds';
import { citation, finlexUrl } from '../../rules/i18n';

/** A legal ground, as the engine's ground table (src/rules/grounds.ts) states it: the one source. */
@ObjectType('Ground')
export class GroundModel {
  @Field({ description: 'The code findings cite, e.g. HL28_1_5 (never shown to people as such).' })
  code: string;

  @Field({ description: 'The provision in Finnish standard notation, e.g. "HL 28 § 1 mom. 5 k.".' })
  statute: string;

  @Field({ description: 'Short title in Finnish.' })
  titleFi: string;

  @Field({ description: 'Short title in Swedish.' })
  titleSv: string;

  @Field({ description: 'Short title in English.' })
  titleEn: string;

  @Field({ description: 'Citation in Finnish, e.g. "HL 28 § 1 mom. 5 k.".' })
  citationFi: string;

  @Field({ description: 'Citation in Swedish, e.g. "FL 28 § 1 mom. 5 p.".' })
  citationSv: string;

  @Field({ description: 'Citation in English.' })
  citationEn: string;

  @Field({ description: "The statute's page at Finlex (Finnish)." })
  finlexUrl: string;

  @Field(() => DateScalar, { description: 'First day the ground applies in this form.' })
  validFrom: string;

  static of(ground: Ground): GroundModel {
    return Object.assign(new GroundModel(), {
      code: ground.code,
      statute: ground.statute,
      titleFi: ground.title.fi,
      titleSv: ground.title.sv,
      titleEn: ground.title.en,
      citationFi: citation(ground.ref, 'fi'),
      citationSv: citation(ground.ref, 'sv'),
      citationEn: citation(ground.ref, 'en'),
      finlexUrl: finlexUrl(ground.ref.statute, 'fi'),
      validFrom: ground.validFrom,
    });
  }
}
