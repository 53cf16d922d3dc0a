import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class MeetingCheckArgs {
  @Field(() => ID)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  meetingId: string;

  @Field({ nullable: true, defaultValue: 'fi', description: 'Language of explanations: fi (default) or en.' })
  @IsOptional()
  @IsIn(['fi', 'en'])
  lang?: 'fi' | 'en';
}
