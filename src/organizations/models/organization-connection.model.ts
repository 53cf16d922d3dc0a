import { ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination';
import { OrganizationModel } from './organization.model';

@ObjectType('OrganizationConnection')
export class OrganizationConnection extends Connection(OrganizationModel, 'Organization') {}
