package com.bitgraphs.simulator.pullrequests;

import com.bitgraphs.simulator.members.Member;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Picks reviewers and their approvals for a derived pull request from a random source seeded by the simulator seed,
 * the repository and the pull request id, so that every run derives the same ones.
 */
public final class ReviewerChoice {
    private ReviewerChoice() {
    }

    public static List<Participant> choose(long seed, String repository, int id, Member author, List<Member> members,
                                           OffsetDateTime createdOn, OffsetDateTime closedOn) {
        Random random = new Random(seed ^ stableHash(repository + "#" + id));
        List<Member> candidates = new ArrayList<>(members.stream().filter(m -> !m.equals(author)).toList());
        int count = Math.min(candidates.size(), random.nextInt(3));
        long span = Math.max(0, Duration.between(createdOn, closedOn).getSeconds());
        List<Participant> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Member reviewer = candidates.remove(random.nextInt(candidates.size()));
            boolean approved = random.nextInt(4) != 0;
            OffsetDateTime when = createdOn.plusSeconds(span == 0 ? 0 : (long) (random.nextDouble() * span));
            chosen.add(new Participant(reviewer, "REVIEWER", approved, approved ? "approved" : null,
                    approved ? when : null));
        }
        return List.copyOf(chosen);
    }

    private static long stableHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
