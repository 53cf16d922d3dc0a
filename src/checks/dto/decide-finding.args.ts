import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class ConfirmFindingArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

@ArgsType()
export class DismissFindingArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ description: 'Why the body does not consider the person disqualified.' })
  @IsString()
  @MinLength(3)
  @MaxLength(4000)
  reason: string;
}
