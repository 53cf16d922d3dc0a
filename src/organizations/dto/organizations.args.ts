import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { Classification } from '../../common/graphql-enums';
import { CLASSIFICATIONS } from '../../common/domain-enums';

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => Classification, { nullable: true })
  @IsOptional()
  @IsIn([...CLASSIFICATIONS])
  classification?: string;

  @Field(() => ID, { nullable: true, description: 'Only the bodies and enterprises of this entity.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  parentId?: string;
}
