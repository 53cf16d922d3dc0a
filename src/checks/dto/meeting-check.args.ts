import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class MeetingCheckArgs {
  @Field(() => ID)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  meetingId: string;

  @Field({ nullable: true, defaultValue: 'fi', description: 'Language of explanations, notes and reasons: fi (default), sv or en.' })
  @IsOptional()
  @IsIn(['fi', 'sv', 'en'])
  lang?: 'fi' | 'sv' | 'en';
}
