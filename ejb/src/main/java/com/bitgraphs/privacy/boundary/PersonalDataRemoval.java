package com.bitgraphs.privacy.boundary;

import com.bitgraphs.ingest.control.TenantJdbc;
import com.bitgraphs.people.boundary.People;
import com.bitgraphs.privacy.control.PersonRemoval;
import com.bitgraphs.privacy.control.PseudonymKey;
import com.bitgraphs.privacy.control.Tombstones;
import com.bitgraphs.secret.control.SecretBox;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Removes one person's personal data from a tenant, in one transaction, as the application role inside the
 * tenant: row-level security binds it like every other tenant write. Running it again changes nothing.
 */
@Stateless
public class PersonalDataRemoval {

    private static final Logger LOG = Logger.getLogger(PersonalDataRemoval.class.getName());

    @Resource(lookup = "java:jboss/datasources/Bitgraphs")
    DataSource app;

    @Inject
    SecretBox box;

    @Inject
    Clock clock;

    @Inject
    People people;

    /** @return how many identities the person had; 0 when the tenant has no such person */
    public int remove(UUID tenant, long person) {
        int identities = TenantJdbc.inTenant(app, tenant, connection -> {
            if (!PersonRemoval.exists(connection, person)) {
                return 0;
            }
            byte[] key = PseudonymKey.findOrCreate(connection, tenant, box);
            return PersonRemoval.remove(connection, tenant, person, Tombstones.withKey(tenant, key), clock.instant());
        });
        if (identities > 0) {
            // The person's merges and mailmap lines are gone: place every identity again by the rules left
            people.regroup(tenant);
            // The person's id and the count only: the log must not keep what was just removed
            LOG.info(() -> "Personal data removed: tenant " + tenant + ", person " + person + ", " + identities + " identities");
        }
        return identities;
    }
}
