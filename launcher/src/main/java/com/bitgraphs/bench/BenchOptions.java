package com.bitgraphs.bench;

import java.util.List;

/**
 * Options every benchmark takes: {@code --commits N --repositories N --seed N --port-offset N --verify N}.
 *
 * @param portOffset WildFly's port offset: HTTP on 8080 + offset, management on 9990 + offset
 * @param verify     how many repositories to check against git at the end (the smallest ones, to stay cheap)
 */
public record BenchOptions(int commits, int repositories, long seed, int portOffset, int verify) {

    public static final BenchOptions DEFAULTS = new BenchOptions(200_000, 20, 42, 500, 2);

    public static BenchOptions parse(List<String> args) {
        BenchOptions options = DEFAULTS;
        for (int i = 0; i < args.size(); i += 2) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            long value;
            try {
                value = Long.parseLong(args.get(i + 1).replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, not " + args.get(i + 1));
            }
            options = switch (option) {
                case "--commits" -> new BenchOptions(positive(option, value), options.repositories, options.seed, options.portOffset, options.verify);
                case "--repositories" -> new BenchOptions(options.commits, positive(option, value), options.seed, options.portOffset, options.verify);
                case "--seed" -> new BenchOptions(options.commits, options.repositories, value, options.portOffset, options.verify);
                case "--port-offset" -> new BenchOptions(options.commits, options.repositories, options.seed, (int) value, options.verify);
                case "--verify" -> new BenchOptions(options.commits, options.repositories, options.seed, options.portOffset, (int) value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            };
        }
        if (options.commits < options.repositories) {
            throw new IllegalArgumentException("--commits must be at least --repositories");
        }
        if (options.portOffset < 0 || options.portOffset > 50_000) {
            throw new IllegalArgumentException("--port-offset must be between 0 and 50000");
        }
        return options;
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    public int managementPort() {
        return 9990 + portOffset;
    }

    private static int positive(String option, long value) {
        if (value < 1 || value > 10_000_000) {
            throw new IllegalArgumentException(option + " must be between 1 and 10,000,000");
        }
        return (int) value;
    }
}
