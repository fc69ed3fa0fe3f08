package com.bitgraphs.bitbucket.control;

import com.bitgraphs.bitbucket.entity.Commit;
import com.bitgraphs.bitbucket.entity.DiffstatEntry;
import com.bitgraphs.bitbucket.entity.Repository;
import com.bitgraphs.connect.control.SharedSecret;
import com.bitgraphs.simulator.Simulator;
import com.bitgraphs.simulator.SimulatorConfig;
import com.bitgraphs.simulator.faults.FaultSettings;
import com.bitgraphs.simulator.fixtures.FixtureRepository;
import com.bitgraphs.simulator.fixtures.GitOracle;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client against the simulator with every fault on (a tight rolling-hour limit answered 429 with
 * Retry-After, 5xx, slow answers and answers that hang past the client's timeout): it reads every commit and every diffstat to the end, each page once,
 * with exactly git's content, and sends nothing but GET. Waiting moves a shared clock instead of sleeping.
 */
class ClientFetchesEveryPageOnceUnderFaultsTest {

    /** The simulator's and the client's time; the client's sleeper moves it. */
    private static final class SharedClock extends Clock {
        private volatile Instant now = Instant.parse("2026-06-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        synchronized void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final SharedClock clock = new SharedClock();
    private Simulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void everyCommitAndDiffstatArrivesOnceDespiteRateLimitsAndFailures() {
        Path fixture = FixtureRepository.get();
        String repository = fixture.getFileName().toString();
        simulator = Simulator.start(SimulatorConfig.defaults()
                .withWorkspace("faulty")
                .withRepositories(List.of(fixture))
                .withClock(clock)
                .withFaults(new FaultSettings(15, true, 0.25, List.of(500, 502, 503), 0.1, 5, 0.05, 1_500)));
        BitbucketClient client = client(new Random(11));

        List<String> hashes = new ArrayList<>();
        int pages = client.forEachPage(api -> api.commits("faulty", repository, null, null, 5), Commit.class,
                page -> page.values().forEach(commit -> hashes.add(commit.hash())));
        Map<String, int[]> expectedLines = new GitOracle(fixture).numstatTotals(hashes);
        for (String hash : hashes) {
            int[] lines = {0, 0};
            client.forEachPage(api -> api.diffstat("faulty", repository, hash, 50), DiffstatEntry.class,
                    page -> page.values().forEach(entry -> {
                        lines[0] += entry.linesAdded();
                        lines[1] += entry.linesRemoved();
                    }));
            assertThat(lines).as("lines of " + hash).containsExactly(expectedLines.get(hash));
        }

        List<String> gitCommits = new GitOracle(fixture).revList();
        assertThat(hashes).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(gitCommits);
        assertThat(pages).isEqualTo((gitCommits.size() + 4) / 5);
        JsonObject counters = simulator.counters().toJson(true);
        assertThat(counters.getJsonObject("statuses").keySet()).as("faults were injected").contains("429", "200");
        assertThat(counters.getJsonObject("methods").keySet()).as("only GETs were sent").containsExactly("GET");
        assertThat(counters.getJsonObject("served").values()).as("each page served once")
                .allSatisfy(count -> assertThat(count.toString()).isEqualTo("1"));
        assertThat(client.statistics().retries()).isPositive();
    }

    @Test
    void repositoriesOfTheWorkspaceAreListed() {
        Path fixture = FixtureRepository.get();
        simulator = Simulator.start(SimulatorConfig.defaults().withWorkspace("listed").withRepositories(List.of(fixture)).withClock(clock));

        List<Repository> repositories = new ArrayList<>();
        client(new Random(3)).forEachPage(api -> api.repositories("listed", 100), Repository.class,
                page -> repositories.addAll(page.values()));

        assertThat(repositories).extracting(Repository::slug).containsExactly(fixture.getFileName().toString());
        assertThat(repositories.get(0).uuid()).startsWith("{");
    }

    private BitbucketClient client(Random random) {
        Sleeper sleeper = clock::advance;
        CallStatistics statistics = new CallStatistics();
        BitbucketCalls calls = new BitbucketCalls(new RequestBudget(1000, clock, sleeper),
                new Backoff(Duration.ofMillis(500), Duration.ofMinutes(1), random), sleeper, 8, statistics);
        // Reads time out after a second, before the simulator's hanging answers (1.5 s) come
        return new BitbucketClientFactory(Duration.ofSeconds(5), Duration.ofSeconds(1))
                .create(URI.create(simulator.baseUrl()), new BearerAuthentication(SharedSecret.of(simulator.token())), calls, statistics);
    }
}
