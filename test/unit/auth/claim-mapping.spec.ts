import { ClaimMappingError, parseRoleMap, principalFrom } from '../../../src/auth/claim-mapping';
import { loadConfig, ConfigError } from '../../../src/config/app-config';

const plain = { roles: 'roles', person: 'person', bodies: 'bodies', roleMap: new Map() };

describe('claim mapping from a provider to jaavi', () => {
  it('reads jaavi role names at the top level by default', () => {
    expect(principalFrom({ sub: 'u', roles: ['auditor', 'nonsense'], person: 'p1', bodies: ['b1'] }, plain)).toEqual({
      sub: 'u',
      roles: ['auditor'],
      person: 'p1',
      bodies: ['b1'],
    });
  });

  it('follows dotted paths, maps group names (one to several roles) and reads space-separated lists', () => {
    const paths = {
      roles: 'resource_access.jaavi.roles',
      person: 'ext.person_id',
      bodies: 'https://koivula.fi/bodies',
      roleMap: parseRoleMap('kv-admins=admin, kv-admins=auditor,/jaavi/sihteerit=secretary'),
    };
    const claims = {
      sub: 'u',
      resource_access: { jaavi: { roles: ['kv-admins', '/jaavi/sihteerit', 'admin'] } },
      ext: { person_id: 'aino' },
      'https://koivula.fi/bodies': 'koivula-kh koivula-tela',
    };
    expect(principalFrom(claims, paths)).toEqual({
      sub: 'u',
      roles: ['admin', 'auditor', 'secretary'],
      person: 'aino',
      bodies: ['koivula-kh', 'koivula-tela'],
    });
  });

  it('with a map, a jaavi role name the provider sends unmapped grants nothing', () => {
    expect(() =>
      principalFrom({ sub: 'u', groups: ['admin'] }, { ...plain, roles: 'groups', roleMap: parseRoleMap('kv=auditor') }),
    ).toThrow(new ClaimMappingError('no jaavi role in claim "groups"'));
  });

  it('refuses a role map naming a role jaavi does not have, at start-up', () => {
    expect(() => loadConfig({ OIDC_ROLE_MAP: 'kv-admins=superuser' })).toThrow(ConfigError);
    expect(() => loadConfig({ OIDC_ROLE_MAP: 'kv-admins=admin' })).not.toThrow();
  });
});
