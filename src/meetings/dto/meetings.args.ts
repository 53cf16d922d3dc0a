import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { DateScalar } from '../../common/date.scalar';
import { MeetingStatus } from '../../common/graphql-enums';

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  bodyId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'First meeting date, inclusive.' })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last meeting date, inclusive.' })
  @IsOptional()
  to?: string;

  @Field(() => MeetingStatus, { nullable: true })
  @IsOptional()
  @IsIn(['planned', 'held'])
  status?: string;
}
