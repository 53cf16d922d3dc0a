import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { ImportSummaryModel } from './models/import-summary.model';
import { ImportService } from './import.service';
import { ExportService } from './export.service';
import { Roles } from '../auth/auth.decorators';
import { CurrentActor, type Actor } from '../audit/actor';

@Resolver()
export class ImportResolver {
  constructor(
    private readonly importer: ImportService,
    private readonly exporter: ExportService,
  ) {}

  @Roles('admin')
  @Mutation(() => ImportSummaryModel, {
    description: 'Imports a jaavi-dataset/1 document: all or nothing; every problem is listed with its JSON path.',
  })
  importDataset(@CurrentActor() actor: Actor, @Args('dataset', { type: () => GraphQLJSON }) dataset: unknown): Promise<ImportSummaryModel> {
    return this.importer.importDocument(dataset, actor);
  }

  @Roles('admin')
  @Query(() => GraphQLJSON, { description: 'The stored registry and meetings as a jaavi-dataset/1 document (personal data included).' })
  exportDataset(@CurrentActor() actor: Actor): Promise<unknown> {
    return this.exporter.exportDocument(actor);
  }
}
