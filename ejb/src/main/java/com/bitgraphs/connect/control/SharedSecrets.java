package com.bitgraphs.connect.control;

import java.util.Optional;

/**
 * Where the verifier finds the secret of the tenant a token claims to come from. The boundary backs it
 * with the installed tenants; an uninstalled or unknown clientKey has no secret.
 */
@FunctionalInterface
public interface SharedSecrets {

    Optional<SharedSecret> of(String clientKey);
}
