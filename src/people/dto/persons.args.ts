import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class PersonsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Case-insensitive part of the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameContains?: string;
}
