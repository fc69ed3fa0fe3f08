package com.bitgraphs.bench.workspace;

import java.util.Random;

/**
 * How many files a commit touches, shaped like real histories: most commits touch one to five files, a tail
 * touches tens, and one in a hundred touches hundreds (imports, formatting, renamed packages).
 */
final class FilesPerCommit {

    private FilesPerCommit() {
    }

    static int sample(Random random) {
        int percent = random.nextInt(1000);
        if (percent < 450) {
            return 1;
        }
        if (percent < 700) {
            return 2;
        }
        if (percent < 820) {
            return 3;
        }
        if (percent < 880) {
            return 4 + random.nextInt(2);
        }
        if (percent < 955) {
            return 6 + random.nextInt(15);
        }
        if (percent < 990) {
            return 21 + random.nextInt(80);
        }
        return 101 + random.nextInt(300);
    }
}
