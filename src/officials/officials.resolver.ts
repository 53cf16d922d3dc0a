import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppError } from '../common/app-error';
import { DateScalar } from '../common/date.scalar';
import { Roles } from '../auth/auth.decorators';
import { CurrentActor, type Actor } from '../audit/actor';
import { PersonalDataService } from '../people/personal-data.service';
import { InterestModel } from '../interests/models/interest.model';
import { RelationshipModel } from '../relationships/models/relationship.model';
import { WarningModel } from './models/warning.model';
import { SelfRecusalModel } from './models/self-recusal.model';
import { AnnounceRecusalArgs, DeclareInterestInput, RecordRelationshipInput, WarningsArgs } from './dto/official-inputs';
import { OfficialsService } from './officials.service';

/** Today in Finland: the default start of "upcoming" and the declaration date. */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
}

function ownPerson(actor: Actor): string {
  const person = actor.principal?.person;
  if (!person) throw new AppError('FORBIDDEN', 'your token names no person');
  return person;
}

/** What an official does about themselves; every operation acts on the caller's own person. */
@Resolver()
export class OfficialsResolver {
  constructor(
    private readonly officials: OfficialsService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Roles('official')
  @Query(() => [WarningModel], { description: 'Your own findings in meetings in the range (default: from today on).' })
  myWarnings(@CurrentActor() actor: Actor, @Args() args: WarningsArgs): Promise<WarningModel[]> {
    return this.officials.warnings(ownPerson(actor), args.from ?? today(), args.to ?? null, args.lang ?? 'fi');
  }

  @Roles('official')
  @Query(() => [InterestModel], { description: 'Your declared interests.' })
  myInterests(@CurrentActor() actor: Actor): Promise<InterestModel[]> {
    return this.personalData.interests(actor, ownPerson(actor));
  }

  @Roles('official')
  @Query(() => [RelationshipModel], { description: 'Your recorded relationships.' })
  myRelationships(@CurrentActor() actor: Actor): Promise<RelationshipModel[]> {
    return this.personalData.relationships(actor, ownPerson(actor));
  }

  @Roles('official')
  @Mutation(() => [InterestModel], { description: 'Declares an interest (sidonnaisuusilmoitus); answers with all your interests.' })
  async declareInterest(@CurrentActor() actor: Actor, @Args('input') input: DeclareInterestInput): Promise<InterestModel[]> {
    await this.officials.declareInterest(actor, ownPerson(actor), input, today());
    return this.personalData.interests(actor, ownPerson(actor));
  }

  @Roles('official')
  @Mutation(() => [InterestModel], { description: 'Ends one of your interests on a date.' })
  async endInterest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('endDate', { type: () => DateScalar }) endDate: string,
  ): Promise<InterestModel[]> {
    await this.officials.endInterest(actor, ownPerson(actor), id, endDate);
    return this.personalData.interests(actor, ownPerson(actor));
  }

  @Roles('official')
  @Mutation(() => [RelationshipModel], { description: 'Records one of your relationships; answers with all of them.' })
  async recordRelationship(@CurrentActor() actor: Actor, @Args('input') input: RecordRelationshipInput): Promise<RelationshipModel[]> {
    await this.officials.recordRelationship(actor, ownPerson(actor), input);
    return this.personalData.relationships(actor, ownPerson(actor));
  }

  @Roles('official')
  @Mutation(() => SelfRecusalModel, { description: 'Announces that you will withdraw from an item; the secretary sees it in the check.' })
  announceRecusal(@CurrentActor() actor: Actor, @Args() args: AnnounceRecusalArgs): Promise<SelfRecusalModel> {
    return this.officials.announceRecusal(actor, ownPerson(actor), args.itemId, args.grounds, args.note ?? null);
  }

  @Roles('official')
  @Query(() => [SelfRecusalModel], { description: 'Your announced self-recusals (as sent), newest first.' })
  myRecusals(@CurrentActor() actor: Actor): Promise<SelfRecusalModel[]> {
    return this.officials.recusals(ownPerson(actor));
  }

  @Roles('official')
  @Mutation(() => Boolean, {
    description: 'Withdraws your announced self-recusal; possible only until the agenda goes out (CONFLICT after).',
  })
  withdrawRecusal(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.officials.withdrawRecusal(actor, ownPerson(actor), id);
  }
}
