import { Module } from '@nestjs/common';
import { ChecksModule } from '../checks/checks.module';
import { RecusalsResolver } from './recusals.resolver';
import { RecusalsService } from './recusals.service';

@Module({ imports: [ChecksModule], providers: [RecusalsResolver, RecusalsService], exports: [RecusalsService] })
export class RecusalsModule {}
