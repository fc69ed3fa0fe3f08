package com.bitgraphs.access.control;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenFormatTest {

    private static final UUID TENANT = UUID.fromString("0b7c1e2a-3d4f-4a5b-8c6d-7e8f9a0b1c2d");

    @Test
    void aTokenNamesItsTenantAndIsDifferentEachTime() {
        String token = ApiTokenFormat.generate(TENANT);

        assertThat(token).startsWith("bgt_0b7c1e2a3d4f4a5b8c6d7e8f9a0b1c2d_").hasSize(4 + 32 + 1 + 43);
        assertThat(ApiTokenFormat.tenantOf(token)).contains(TENANT);
        assertThat(ApiTokenFormat.generate(TENANT)).isNotEqualTo(token);
        assertThat(ApiTokenFormat.hash(token)).hasSize(32).isNotEqualTo(ApiTokenFormat.hash(ApiTokenFormat.generate(TENANT)));
    }

    @Test
    void anythingElseNamesNoTenant() {
        String token = ApiTokenFormat.generate(TENANT);

        assertThat(ApiTokenFormat.tenantOf(null)).isEmpty();
        assertThat(ApiTokenFormat.tenantOf("")).isEmpty();
        assertThat(ApiTokenFormat.tenantOf(token + "x")).isEmpty();
        assertThat(ApiTokenFormat.tenantOf(token.replace("bgt_", "bgx_"))).isEmpty();
        assertThat(ApiTokenFormat.tenantOf(token.toUpperCase())).isEmpty();
    }

    @Test
    void theListedPrefixRevealsTooLittleToUse() {
        String token = ApiTokenFormat.generate(TENANT);

        assertThat(ApiTokenFormat.prefix(token)).hasSize(9).startsWith("bgt_").endsWith(token.substring(token.length() - 4));
    }
}
