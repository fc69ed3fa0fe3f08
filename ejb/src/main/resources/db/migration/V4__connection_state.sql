-- Why Bitbucket last refused a tenant's credentials (401/403), cleared by the next install or registration.
ALTER TABLE tenant
    ADD COLUMN connection_error    text,
    ADD COLUMN connection_error_at timestamptz;
