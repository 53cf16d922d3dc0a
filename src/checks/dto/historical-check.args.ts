import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class HistoricalCheckArgs {
  @Field(() => ID)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  meetingId: string;

  @Field({ description: 'The instant (ISO 8601, e.g. 2026-03-09T12:00:00+02:00) whose knowledge of the registry to use.' })
  @IsISO8601({ strict: true })
  knownOn: string;

  @Field(() => ID, { nullable: true, description: 'The stored run to compare with (default: the last one made by then).' })
  @IsOptional()
  @IsUUID()
  runId?: string;
}
