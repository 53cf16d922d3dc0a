import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { EntityType, RelatedEntityRole } from '../../common/graphql-enums';
import { RELATED_ENTITY_ROLES } from '../../common/domain-enums';
import { ID_PATTERN } from '../../common/input-patterns';

@ArgsType()
export class SuggestionTargetArgs {
  @Field(() => ID)
  @Matches(ID_PATTERN)
  itemId: string;

  @Field(() => EntityType)
  @IsIn(['organization', 'person'])
  entityType: 'organization' | 'person';

  @Field(() => ID)
  @Matches(ID_PATTERN)
  entityId: string;
}

@ArgsType()
export class AcceptSuggestionArgs extends SuggestionTargetArgs {
  @Field(() => RelatedEntityRole)
  @IsIn([...RELATED_ENTITY_ROLES])
  role: string;

  @Field({ nullable: true, description: 'e.g. ostaja / buyer' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

@ArgsType()
export class RejectSuggestionArgs extends SuggestionTargetArgs {
  @Field({ description: 'Why it is not a counterparty.' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}
