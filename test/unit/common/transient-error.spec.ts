import { isTransientDatabaseError, transientReason } from '../../../src/common/transient-error';

describe('telling a lost database from a bad request', () => {
  it.each([
    [
      'an administrator terminating the connection',
      Object.assign(new Error('select 1 - terminating connection due to administrator command'), { code: '57P01' }),
    ],
    ['a server starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a connection that died mid-query', new Error('Connection terminated unexpectedly')],
    [
      'an exhausted pool',
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }),
    ],
    ['a wrapped cause', new Error('outer', { cause: Object.assign(new Error('x'), { code: '08006' }) })],
  ])('%s is transient', (_name, error) => {
    expect(isTransientDatabaseError(error)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('insert … - duplicate key value'), { code: '23505' })],
    ['a syntax error', Object.assign(new Error('syntax error'), { code: '42601' })],
    ['a plain error', new Error('something else')],
    ['not an error', 'text'],
  ])('%s is not', (_name, error) => {
    expect(isTransientDatabaseError(error)).toBe(false);
  });

  it('logs the driver’s reason, never the statement with its parameters', () => {
    const error = Object.assign(
      new Error("select * from person where name = 'Aino Lehtonen' - terminating connection due to administrator command"),
      { code: '57P01' },
    );
    expect(transientReason(error)).toBe('57P01 terminating connection due to administrator command');
  });
});
