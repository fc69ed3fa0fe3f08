package com.bitgraphs.ingest.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Connect-wrapped and plain webhook bodies read alike: the repository and each ref's move. */
class DeliveryPayloadTest {

    private static final String PUSH = """
            {"push": {"changes": [
              {"old": {"type": "branch", "target": {"hash": "aaa"}}, "new": {"type": "branch", "target": {"hash": "bbb"}}, "forced": true},
              {"old": null, "new": {"type": "branch", "target": {"hash": "ccc"}}},
              {"old": {"type": "branch", "target": {"hash": "ddd"}}, "new": null}
            ]}, "repository": {"uuid": "{repo}", "full_name": "ws/repo"}}""";

    @Test
    void connectWrappedAndPlainBodiesGiveTheSameChanges() {
        DeliveryPayload plain = DeliveryPayload.parse(PUSH);
        DeliveryPayload wrapped = DeliveryPayload.parse("{\"event\": \"repo:push\", \"data\": " + PUSH + "}");

        assertThat(wrapped.refChanges()).isEqualTo(plain.refChanges()).containsExactly(
                new DeliveryPayload.RefChange(Optional.of("aaa"), Optional.of("bbb"), true),
                new DeliveryPayload.RefChange(Optional.empty(), Optional.of("ccc"), false),
                new DeliveryPayload.RefChange(Optional.of("ddd"), Optional.empty(), false));
        assertThat(wrapped.repositoryUuid()).contains("{repo}");
    }

    @Test
    void bodyWithoutPushOrRepositoryHasNeither() {
        DeliveryPayload payload = DeliveryPayload.parse("{\"event\": \"pullrequest:created\", \"data\": {\"pullrequest\": {\"id\": 3}}}");

        assertThat(payload.refChanges()).isEmpty();
        assertThat(payload.repositoryUuid()).isEmpty();
        assertThat(payload.pullRequest()).isPresent();
    }
}
