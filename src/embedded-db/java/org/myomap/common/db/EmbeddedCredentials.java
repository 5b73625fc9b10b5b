package org.myomap.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded database's superuser password: made once, kept beside the data in a file only its owner can
 * read, and required (scram-sha-256) of every connection, so another local user cannot read patient data.
 */
final class EmbeddedCredentials {

    static final String USER = "postgres";
    private static final String FILE = "myomap-db-password";
    private static final String HBA = """
            # Written by myomap: every connection, local or TCP on loopback, needs the password (scram-sha-256).
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private final Path file;

    private EmbeddedCredentials(Path file) {
        this.file = file;
    }

    static EmbeddedCredentials in(Path dataDir) {
        return new EmbeddedCredentials(dataDir.resolve(FILE));
    }

    boolean exist() {
        return Files.isRegularFile(file);
    }

    String password() {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    void write(String password) {
        writeOwnerOnly(file, password);
    }

    /** Idempotent, on every start: a crash after the password was set but before this leaves no trust rule. */
    void requirePasswordsIn(Path dataDir) {
        Path hba = dataDir.resolve("pg_hba.conf");
        try {
            if (!Files.exists(hba) || !Files.readString(hba).equals(HBA)) {
                writeOwnerOnly(hba, HBA);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + hba, e);
        }
    }

    static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Written beside the target and moved over it, so a crash never leaves half a file. */
    private static void writeOwnerOnly(Path target, String content) {
        try {
            Path temp = target.resolveSibling(target.getFileName() + ".new");
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, content, StandardCharsets.US_ASCII);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
