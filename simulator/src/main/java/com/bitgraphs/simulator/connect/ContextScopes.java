package com.bitgraphs.simulator.connect;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module URL's context parameters need the matching scope: {@code {repository.*}} needs {@code repository},
 * {@code {pullrequest.*}} needs {@code pullrequest}, {@code {user.*}} needs {@code account}. Workspace parameters
 * need none.
 */
final class ContextScopes {
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z_]+)\\.[a-z_.]+}");
    private static final Map<String, String> SCOPE_OF = Map.of(
            "repository", "repository", "pullrequest", "pullrequest", "user", "account");

    private ContextScopes() {
    }

    static void check(String url, Set<String> scopes) {
        Matcher matcher = PARAMETER.matcher(url);
        while (matcher.find()) {
            String needed = SCOPE_OF.get(matcher.group(1));
            if (needed != null && !scopes.contains(needed)) {
                throw new DescriptorRefused("Module URL " + url + " uses " + matcher.group()
                        + " without the " + needed + " scope");
            }
        }
    }
}
