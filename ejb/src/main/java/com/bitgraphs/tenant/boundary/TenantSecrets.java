package com.bitgraphs.tenant.boundary;

import com.bitgraphs.connect.control.SharedSecret;
import com.bitgraphs.secret.control.SealedSecret;
import com.bitgraphs.secret.control.SecretBox;
import com.bitgraphs.secret.control.SecretOwner;
import com.bitgraphs.tenant.entity.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A tenant's secret (the Connect shared secret, or the token door's access token) sealed on its row and
 * opened only when a token must be verified or signed. Bound to the tenant and purpose, so a sealed value
 * moved to another row does not open.
 */
@ApplicationScoped
public class TenantSecrets {

    @Inject
    SecretBox box;

    public void seal(Tenant tenant, SharedSecret secret) {
        SealedSecret sealed = box.seal(secret.reveal(), owner(tenant));
        tenant.seal(sealed.keyId(), sealed.nonceAndCiphertext());
    }

    /** The token door's credential: an access token, or an OAuth consumer as {@code key:secret}. */
    public void seal(Tenant tenant, Tenant.Credential kind, SharedSecret secret) {
        SealedSecret sealed = box.seal(secret.reveal(), owner(tenant));
        tenant.seal(kind, sealed.keyId(), sealed.nonceAndCiphertext());
    }

    public SharedSecret open(Tenant tenant) {
        return SharedSecret.of(box.open(new SealedSecret(tenant.secretKeyId(), tenant.sealedSecret()), owner(tenant)));
    }

    public void sealWebhookSecret(Tenant tenant, SharedSecret secret) {
        SealedSecret sealed = box.seal(secret.reveal(), webhookOwner(tenant));
        tenant.sealWebhookSecret(sealed.keyId(), sealed.nonceAndCiphertext());
    }

    public SharedSecret openWebhookSecret(Tenant tenant) {
        return SharedSecret.of(box.open(new SealedSecret(tenant.webhookSecretKeyId(), tenant.sealedWebhookSecret()),
                webhookOwner(tenant)));
    }

    private static SecretOwner webhookOwner(Tenant tenant) {
        return webhookOwner(tenant.id());
    }

    private static SecretOwner owner(Tenant tenant) {
        return owner(tenant.id(), tenant.door());
    }

    /** Whose the token door's webhook secret is; also for {@link SecretRotation}. */
    static SecretOwner webhookOwner(java.util.UUID tenant) {
        return new SecretOwner(tenant, "webhook-secret");
    }

    /** Whose the tenant's credential is, by the door it came through; also for {@link SecretRotation}. */
    static SecretOwner owner(java.util.UUID tenant, Tenant.Door door) {
        String purpose = door == Tenant.Door.CONNECT ? "connect.shared-secret" : "access-token";
        return new SecretOwner(tenant, purpose);
    }
}
