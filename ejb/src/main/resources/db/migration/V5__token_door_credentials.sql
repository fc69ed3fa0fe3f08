-- What the token door's sealed secret is: an access token used as is, or an OAuth consumer's key and
-- secret exchanged for access tokens with the client-credentials grant. Connect tenants hold a shared secret.
ALTER TABLE tenant ADD COLUMN credential text NOT NULL DEFAULT 'SHARED_SECRET'
    CHECK (credential IN ('SHARED_SECRET', 'ACCESS_TOKEN', 'OAUTH_CONSUMER'));
