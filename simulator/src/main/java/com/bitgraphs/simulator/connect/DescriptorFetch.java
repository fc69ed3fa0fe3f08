package com.bitgraphs.simulator.connect;

import com.bitgraphs.simulator.http.JsonBuilders;
import jakarta.json.JsonException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches an app's descriptor over HTTP and checks it, as Bitbucket does when an admin installs an app by URL.
 */
public record DescriptorFetch(HttpClient http) {

    public Descriptor fetch(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new DescriptorRefused("Descriptor at " + url + " answered " + response.statusCode());
            }
            try (var reader = JsonBuilders.reader(new StringReader(response.body()))) {
                return Descriptor.parse(reader.readObject());
            }
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new DescriptorRefused("Descriptor at " + url + " is not valid: " + e.getMessage());
        } catch (IOException e) {
            throw new DescriptorRefused("Descriptor at " + url + " could not be fetched: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DescriptorRefused("Interrupted");
        }
    }
}
