import { ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination';
import { PersonModel } from './person.model';

@ObjectType('PersonConnection')
export class PersonConnection extends Connection(PersonModel, 'Person') {}
