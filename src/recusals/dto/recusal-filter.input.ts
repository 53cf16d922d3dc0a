import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { DateScalar } from '../../common/date.scalar';
import { ID_PATTERN } from '../../common/input-patterns';

@InputType()
export class RecusalFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN)
  personId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN)
  bodyId?: string;

  @Field(() => ID, { nullable: true, description: 'The entity the bodies belong to (a city, a county).' })
  @IsOptional()
  @Matches(ID_PATTERN)
  organizationId?: string;

  @Field({ nullable: true, description: 'A ground code, e.g. HL28_1_5.' })
  @IsOptional()
  @Matches(/^[A-Z0-9_]{2,20}$/)
  ground?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  to?: string;
}

@ArgsType()
export class RecusalsArgs extends PageArgs {
  @Field(() => RecusalFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecusalFilter)
  filter?: RecusalFilter;
}

@ArgsType()
export class RecusalsWorkbookArgs {
  @Field(() => RecusalFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecusalFilter)
  filter?: RecusalFilter;

  @Field({ nullable: true, defaultValue: 'fi', description: 'Language of the headers and grounds: fi (default), sv or en.' })
  @IsOptional()
  @IsIn(['fi', 'sv', 'en'])
  lang?: 'fi' | 'sv' | 'en';
}
