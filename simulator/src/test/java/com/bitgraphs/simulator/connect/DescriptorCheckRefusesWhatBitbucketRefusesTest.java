package com.bitgraphs.simulator.connect;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A descriptor without key, baseUrl or JWT authentication, with an unknown scope, or with a context parameter its
 * scopes do not cover, is refused; one without scopes asks for all; module URLs and webhook subscriptions are read.
 */
class DescriptorCheckRefusesWhatBitbucketRefusesTest {

    @Test
    void incompleteDescriptorsAreRefused() {
        assertThatThrownBy(() -> Descriptor.parse(valid().remove("key").build()))
                .isInstanceOf(DescriptorRefused.class).hasMessageContaining("key");
        assertThatThrownBy(() -> Descriptor.parse(valid().remove("baseUrl").build()))
                .isInstanceOf(DescriptorRefused.class).hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> Descriptor.parse(valid().add("authentication",
                Json.createObjectBuilder().add("type", "none")).build())).isInstanceOf(DescriptorRefused.class);
        assertThatThrownBy(() -> Descriptor.parse(valid().add("scopes",
                Json.createArrayBuilder().add("repository").add("admin:everything")).build()))
                .isInstanceOf(DescriptorRefused.class).hasMessageContaining("admin:everything");
        assertThatThrownBy(() -> Descriptor.parse(valid().add("scopes", Json.createArrayBuilder().add("account"))
                .add("modules", Json.createObjectBuilder().add("repoPage", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("url", "/r?id={repository.uuid}")))).build()))
                .isInstanceOf(DescriptorRefused.class).hasMessageContaining("repository scope");
    }

    @Test
    void validDescriptorIsRead() {
        Descriptor descriptor = Descriptor.parse(valid().add("modules", Json.createObjectBuilder()
                .add("webhooks", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("event", "repo:push").add("url", "/hook")))
                .add("repoPage", Json.createArrayBuilder().add(Json.createObjectBuilder().add("url", "/r")))).build());
        assertThat(descriptor.baseUrl()).isEqualTo("https://app.example.com/base");
        assertThat(descriptor.scopes()).contains("repository", "pullrequest", "webhook");
        assertThat(descriptor.webhooks()).containsEntry("repo:push", List.of("/hook"));
        assertThat(descriptor.page("repoPage")).hasValue("/r");
        assertThat(descriptor.installedUrl()).isEqualTo("/installed");
    }

    private static JsonObjectBuilder valid() {
        return Json.createObjectBuilder()
                .add("key", "bitgraphs").add("name", "Bitgraphs").add("description", "d")
                .add("baseUrl", "https://app.example.com/base/")
                .add("authentication", Json.createObjectBuilder().add("type", "jwt"))
                .add("lifecycle", Json.createObjectBuilder().add("installed", "/installed"));
    }
}
