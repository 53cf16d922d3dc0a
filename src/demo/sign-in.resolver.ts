import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/auth.decorators';
import { AppConfig } from '../config/app-config';
import { DemoData } from './demo-data';

@ObjectType('DemoUser')
export class DemoUserModel {
  @Field()
  label: string;

  @Field()
  role: string;

  @Field({ description: 'A development token for this user.' })
  token: string;
}

@ObjectType('AuthConfig')
export class AuthConfigModel {
  @Field({ description: 'demo (pick a demo user), oidc (sign in with the provider) or token (development tokens)' })
  mode: string;

  @Field(() => String, { nullable: true })
  issuer: string | null;

  @Field(() => String, { nullable: true, description: 'The web app’s client id at the provider.' })
  clientId: string | null;
}

/** What the sign-in page needs before anyone is signed in. */
@Resolver()
export class SignInResolver {
  constructor(
    private readonly demo: DemoData,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => AuthConfigModel, { description: 'How to sign in (no token needed).' })
  authConfig(): AuthConfigModel {
    const mode = this.config.oidc ? 'oidc' : this.config.embedded && this.config.NODE_ENV !== 'production' ? 'demo' : 'token';
    return { mode, issuer: this.config.OIDC_ISSUER ?? null, clientId: this.config.OIDC_CLIENT_ID ?? null };
  }

  @Public()
  @Query(() => [DemoUserModel], { description: 'The embedded demo’s users with tokens; empty anywhere else (no token needed).' })
  demoUsers(): Promise<DemoUserModel[]> {
    return this.demo.users();
  }
}
