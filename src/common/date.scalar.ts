import { CustomScalar, Scalar } from '@nestjs/graphql';
import { GraphQLError, Kind, type ValueNode } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError('a Date is a calendar date written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** A calendar date `YYYY-MM-DD` (no time, no zone): the unit every rule is evaluated on. */
@Scalar('Date')
export class DateScalar implements CustomScalar<string, string> {
  description = 'A calendar date, YYYY-MM-DD.';

  parseValue(value: unknown): string {
    return parse(value);
  }

  serialize(value: unknown): string {
    return String(value);
  }

  parseLiteral(ast: ValueNode): string {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined);
  }
}
