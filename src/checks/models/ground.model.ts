import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../common/date.scalar';
import type { Ground } from '../../rules/grounds';

/** A legal ground, as the engine's ground table (src/rules/grounds.ts) states it: the one source. */
@ObjectType('Ground')
export class GroundModel {
  @Field({ description: 'The code findings cite, e.g. HL28_1_5.' })
  code: string;

  @Field({ description: 'The provision, e.g. "HL 28.1 § 5 k.".' })
  statute: string;

  @Field({ description: 'Short title in Finnish.' })
  titleFi: string;

  @Field({ description: 'Short title in English.' })
  titleEn: string;

  @Field(() => DateScalar, { description: 'First day the ground applies in this form.' })
  validFrom: string;

  static of(ground: Ground): GroundModel {
    return Object.assign(new GroundModel(), {
      code: ground.code,
      statute: ground.statute,
      titleFi: ground.titleFi,
      titleEn: ground.titleEn,
      validFrom: ground.validFrom,
    });
  }
}
