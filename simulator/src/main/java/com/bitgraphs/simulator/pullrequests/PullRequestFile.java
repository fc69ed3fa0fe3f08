package com.bitgraphs.simulator.pullrequests;

import com.bitgraphs.simulator.git.CommitLog;
import com.bitgraphs.simulator.git.ServedRepository;
import com.bitgraphs.simulator.http.JsonBuilders;
import com.bitgraphs.simulator.members.Member;
import com.bitgraphs.simulator.members.MemberDirectory;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the OPEN and DECLINED pull requests (any state, in fact) that history cannot show, from
 * {@code bitgraphs-pullrequests.json} inside the repository directory, or {@code <name>.bitgraphs-pullrequests.json}
 * beside it. The format is documented in the module's README.
 */
public record PullRequestFile(MemberDirectory members) {
    public static final String FILE_NAME = "bitgraphs-pullrequests.json";

    public static Optional<Path> locate(ServedRepository repository) {
        Path inside = repository.directory().resolve(FILE_NAME);
        Path beside = repository.directory().resolveSibling(repository.name() + "." + FILE_NAME);
        return Files.isRegularFile(inside) ? Optional.of(inside)
                : Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
    }

    public List<PullRequest> read(ServedRepository repository, Path file) {
        try (JsonReader reader = JsonBuilders.reader(Files.newBufferedReader(file))) {
            List<PullRequest> result = new ArrayList<>();
            for (JsonValue value : reader.readObject().getJsonArray("pullrequests")) {
                result.add(toPullRequest(repository, value.asJsonObject()));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PullRequest toPullRequest(ServedRepository repository, JsonObject json) {
        Member author = member(json.getString("author", "")).orElse(members.admin());
        String state = json.getString("state", "OPEN");
        String source = json.getString("source");
        String destination = json.getString("destination", repository.mainBranch());
        OffsetDateTime created = OffsetDateTime.parse(json.getString("created_on"));
        OffsetDateTime updated = OffsetDateTime.parse(json.getString("updated_on", json.getString("created_on")));
        List<Participant> participants = new ArrayList<>();
        List<String> approvers = strings(json, "approved_by");
        for (String email : strings(json, "reviewers")) {
            boolean approved = approvers.contains(email);
            member(email).ifPresent(m -> participants.add(new Participant(m, "REVIEWER", approved,
                    approved ? "approved" : null, approved ? updated : null)));
        }
        return new PullRequest(json.getInt("id"), json.getString("title", source), state, author, source,
                commitOf(repository, json.getString("source_commit", source)), destination,
                commitOf(repository, destination), null, state.equals("OPEN") ? null : author,
                created, updated, List.copyOf(participants), json.getInt("comment_count", 0),
                json.getInt("task_count", 0));
    }

    private Optional<Member> member(String email) {
        return members.byEmail(email);
    }

    private static List<String> strings(JsonObject json, String key) {
        return json.containsKey(key) ? json.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList() : List.of();
    }

    private static String commitOf(ServedRepository repository, String revision) {
        try {
            return CommitLog.resolve(repository.git(), revision).name();
        } catch (RuntimeException e) {
            // A branch deleted since, or never pushed: Bitbucket still shows the pull request
            return CommitLog.resolve(repository.git(), "HEAD").name();
        }
    }
}
