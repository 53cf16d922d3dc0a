import { Module } from '@nestjs/common';
import { ChecksResolver } from './checks.resolver';
import { ChecksService } from './checks.service';
import { FactsLoader } from './facts-loader';

@Module({ providers: [ChecksResolver, ChecksService, FactsLoader], exports: [ChecksService, FactsLoader] })
export class ChecksModule {}
