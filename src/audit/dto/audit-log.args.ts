import { ArgsType, Field } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @Field({ nullable: true, description: 'e.g. dataset.import, check.run, personal_data.read' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  subjectId?: string;

  @Field({ nullable: true, description: 'From this instant (ISO 8601), inclusive.' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  from?: string;

  @Field({ nullable: true, description: 'Before this instant (ISO 8601).' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  to?: string;
}
