import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('KindCounts')
export class KindCountsModel {
  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;
}

@ObjectType('ImportCounts')
export class ImportCountsModel {
  @Field(() => KindCountsModel)
  organizations: KindCountsModel;

  @Field(() => KindCountsModel)
  persons: KindCountsModel;

  @Field(() => KindCountsModel)
  memberships: KindCountsModel;

  @Field(() => KindCountsModel)
  relationships: KindCountsModel;

  @Field(() => KindCountsModel)
  interests: KindCountsModel;

  @Field(() => KindCountsModel)
  meetings: KindCountsModel;

  @Field(() => KindCountsModel)
  agendaItems: KindCountsModel;
}

/** What an import wrote: records created, updated in place, and left as they were. */
@ObjectType('ImportSummary')
export class ImportSummaryModel {
  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => ImportCountsModel)
  counts: ImportCountsModel;
}
