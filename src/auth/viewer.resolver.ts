import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Roles } from './auth.decorators';
import { READERS } from './operation-roles';
import type { Principal } from './roles';

@ObjectType('Viewer', { description: 'The signed-in user as jaavi understood their token.' })
export class ViewerModel {
  @Field()
  sub: string;

  @Field(() => [String], { description: 'jaavi roles, after the provider claim mapping (OIDC_ROLES_CLAIM, OIDC_ROLE_MAP).' })
  roles: string[];

  @Field(() => String, { nullable: true, description: "An official's own person id." })
  person: string | null;

  @Field(() => [String], { description: "A secretary's bodies." })
  bodies: string[];
}

/**
 * Who the caller is, as the service decided from the token: the web app shows its pages from
 * this, because a provider's token may be opaque or carry roles under other names.
 */
@Resolver()
export class ViewerResolver {
  @Roles(...READERS)
  @Query(() => ViewerModel, { description: 'The signed-in user: roles, person and bodies as jaavi reads them from the token.' })
  viewer(@CurrentPrincipal() principal: Principal): ViewerModel {
    return { sub: principal.sub, roles: [...principal.roles], person: principal.person, bodies: [...principal.bodies] };
  }
}
