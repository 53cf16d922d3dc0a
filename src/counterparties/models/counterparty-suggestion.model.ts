import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { EntityType } from '../../common/graphql-enums';

@ObjectType('EntityRef')
export class EntityRefModel {
  @Field(() => EntityType)
  entityType: string;

  @Field(() => ID)
  entityId: string;
}

/** A registry organisation or person found in an item's title or description. */
@ObjectType('CounterpartySuggestion')
export class CounterpartySuggestionModel {
  @Field({ description: 'title or description' })
  field: string;

  @Field(() => Int, { description: 'UTF-16 offset of the first character in the field.' })
  start: number;

  @Field(() => Int, { description: 'UTF-16 offset after the last character.' })
  end: number;

  @Field({ description: 'The text as written, e.g. "Rakennus Oy:n".' })
  surface: string;

  @Field(() => EntityType)
  entityType: string;

  @Field(() => ID, { nullable: true, description: 'Null when ambiguous: see candidates.' })
  entityId: string | null;

  @Field(() => String, { nullable: true })
  entityName: string | null;

  @Field(() => [EntityRefModel])
  candidates: EntityRefModel[];

  @Field()
  ambiguous: boolean;

  @Field(() => Float)
  confidence: number;

  @Field({ description: 'exact_alias, stem or identifier' })
  reason: string;

  @Field({ description: 'new, related (already a related entity), accepted or rejected' })
  status: string;
}
