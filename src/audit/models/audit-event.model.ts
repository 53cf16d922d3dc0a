import { Field, ID, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Connection } from '../../common/pagination';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'ISO timestamp.' })
  at: string;

  @Field()
  actor: string;

  @Field(() => [String])
  roles: string[];

  @Field()
  action: string;

  @Field()
  subjectType: string;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  details: unknown;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends Connection(AuditEventModel, 'AuditEvent') {}
