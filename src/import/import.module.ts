import { Module } from '@nestjs/common';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';
import { ExportService } from './export.service';

@Module({ providers: [ImportResolver, ImportService, ExportService], exports: [ImportService, ExportService] })
export class ImportModule {}
