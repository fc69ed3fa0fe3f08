package com.bitgraphs.connect.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The query part of a {@link CanonicalRequest}. Every key and value is decoded first, so that
 * {@code a%20b}, {@code a+b} and {@code a b} canonicalise alike, then encoded per RFC 3986 (unreserved
 * characters kept, everything else {@code %XX}). Pairs are sorted by encoded key (Atlassian's Java library
 * and documentation; the Node library sorts decoded keys, which differs only for keys holding reserved
 * characters); a repeated key's values are sorted decoded, as both libraries do, then encoded and joined
 * with {@code ,}. The {@code jwt} parameter carries the token itself and is never part of the hash.
 */
final class CanonicalQuery {

    private static final String TOKEN_PARAMETER = "jwt";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CanonicalQuery() {
    }

    static String of(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        Map<String, List<String>> parameters = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (TOKEN_PARAMETER.equals(key)) {
                continue;
            }
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(encode(key), k -> new ArrayList<>()).add(value);
        }
        return parameters.entrySet().stream()
                .map(parameter -> parameter.getKey() + '='
                        + parameter.getValue().stream().sorted().map(CanonicalQuery::encode).collect(Collectors.joining(",")))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986 percent-encoding of UTF-8: only {@code A-Z a-z 0-9 - . _ ~} stay as they are. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
            }
        }
        return encoded.toString();
    }

    /**
     * Percent-decoding with {@code +} as space, as servlet containers and the Atlassian libraries decode
     * query parameters.
     */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    // No echo of the input: a malformed query may well be an attack, and it ends up in logs
                    throw new IllegalArgumentException("Malformed percent-encoding in the query");
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                int codePoint = raw.codePointAt(i);
                byte[] utf8 = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
