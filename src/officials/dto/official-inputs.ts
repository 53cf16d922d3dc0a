import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { DateScalar } from '../../common/date.scalar';
import { InterestKind, RelationshipKind } from '../../common/graphql-enums';
import { INTEREST_KINDS, RELATIONSHIP_KINDS } from '../../common/domain-enums';
import { ID_PATTERN } from '../../common/input-patterns';

@ArgsType()
export class WarningsArgs {
  @Field(() => DateScalar, { nullable: true, description: 'First meeting date (default: today).' })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last meeting date (default: no limit).' })
  @IsOptional()
  to?: string;

  @Field({ nullable: true, defaultValue: 'fi', description: 'Language of explanations: fi (default), sv or en.' })
  @IsOptional()
  @IsIn(['fi', 'sv', 'en'])
  lang?: 'fi' | 'sv' | 'en';
}

@InputType()
export class DeclareInterestInput {
  @Field(() => ID, { nullable: true, description: 'The organisation the interest is in (none: shown to you only).' })
  @IsOptional()
  @Matches(ID_PATTERN)
  organizationId?: string;

  @Field(() => InterestKind)
  @IsIn([...INTEREST_KINDS])
  kind: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  description: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  material?: boolean;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startDate?: string;
}

@InputType()
export class RecordRelationshipInput {
  @Field(() => ID, { nullable: true, description: 'The relative, if already in the registry.' })
  @IsOptional()
  @Matches(ID_PATTERN)
  relativeId?: string;

  @Field({ nullable: true, description: 'Or the relative’s name: a new person is created.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  relativeName?: string;

  @Field(() => RelationshipKind, { description: 'From your point of view (legal-grounds §2).' })
  @IsIn([...RELATIONSHIP_KINDS])
  kind: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startDate?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endDate?: string;
}

@ArgsType()
export class AnnounceRecusalArgs {
  @Field(() => ID)
  @Matches(ID_PATTERN)
  itemId: string;

  @Field(() => [String], { description: 'Ground codes, e.g. HL28_1_5.' })
  @IsArray()
  @ArrayMaxSize(11)
  @IsString({ each: true })
  grounds: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
