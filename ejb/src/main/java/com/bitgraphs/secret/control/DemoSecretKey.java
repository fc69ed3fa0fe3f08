package com.bitgraphs.secret.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The demo's key: generated once and kept in a file under the demo's own directory, so secrets sealed by
 * one demo run still open after a restart (an ephemeral key would orphan every installed tenant). Only for
 * the demo: the key sits beside the data it protects, which is no protection at all in production.
 */
public final class DemoSecretKey {

    /** The key id demo-sealed values carry, so they are recognisable and never open with a production key. */
    public static final String KEY_ID = "demo";

    private DemoSecretKey() {
    }

    /** Reads the key from the file, creating the file (owner-readable only, where the file system allows) if absent. */
    public static SecretKeys loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return SecretKeys.parse(Files.readString(file, StandardCharsets.US_ASCII).strip(), KEY_ID);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the demo secret key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String spec = KEY_ID + ":" + Base64.getEncoder().encodeToString(key) + "\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, spec, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException raced) {
            // Another node of the demo created it first: use theirs
        }
    }
}
