package com.bitgraphs.bench.workspace;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A file's content at one point of history, immutable so that branches share it. Written once as a blob with a
 * fast-import mark; merges and renames refer to the mark instead of writing the content again.
 *
 * @param lines  the text lines, empty for a binary
 * @param binary the bytes of a binary file, null for text
 * @param mark   the fast-import mark of its blob
 */
record FileBody(List<String> lines, byte[] binary, int mark) {

    static FileBody text(List<String> lines, int mark) {
        return new FileBody(List.copyOf(lines), null, mark);
    }

    static FileBody binary(byte[] bytes, int mark) {
        return new FileBody(List.of(), bytes, mark);
    }

    boolean isBinary() {
        return binary != null;
    }

    byte[] bytes() {
        if (binary != null) {
            return binary;
        }
        StringBuilder text = new StringBuilder(lines.size() * 32);
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
