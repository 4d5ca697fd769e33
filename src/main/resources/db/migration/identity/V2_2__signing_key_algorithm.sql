-- The platform signs tokens RS256 (what every OpenID Connect client accepts) and its exchange answers ES256
-- (a P-256 signature costs a fraction of an RSA-3072 one); both keys are published at /oauth2/jwks.
alter table identity.signing_key add column algorithm varchar(16) not null default 'RS256'
    check (algorithm in ('RS256', 'ES256'));
