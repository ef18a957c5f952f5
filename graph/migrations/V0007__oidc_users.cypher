// Users signed in through an OpenID Connect provider are keyed by issuer and subject, never by
// a name the provider lets people choose.
CREATE CONSTRAINT user_oidc_key IF NOT EXISTS FOR (u:User) REQUIRE u.oidcKey IS UNIQUE;
