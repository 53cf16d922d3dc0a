import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/auth.decorators';
import { AuditEventConnection } from './models/audit-event.model';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditService } from './audit.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Roles('auditor', 'admin')
  @Query(() => AuditEventConnection, { description: 'The append-only audit log, newest first.' })
  auditLog(@Args() args: AuditLogArgs): Promise<AuditEventConnection> {
    return this.service.list(args);
  }
}
