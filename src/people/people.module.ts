import { Module } from '@nestjs/common';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PersonalDataService } from './personal-data.service';

@Module({ providers: [PeopleResolver, PeopleService, PersonalDataService], exports: [PeopleService, PersonalDataService] })
export class PeopleModule {}
