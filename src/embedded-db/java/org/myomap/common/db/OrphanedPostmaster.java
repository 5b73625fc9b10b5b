package org.myomap.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A postmaster outlives a service that was killed (SIGKILL, OOM): it still holds the data directory, so the
 * next start would fail. It is found through the data directory's own postmaster.pid and shut down (fast
 * shutdown, then a kill if it hangs) before the new start; PostgreSQL then recovers from its WAL as usual.
 */
final class OrphanedPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class.getName());
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(30);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDir) {
        if (!Files.exists(dataDir.resolve("postgresql.conf"))) {
            return; // not initialised yet: initdb needs the directory empty, so no lock file is made here
        }
        // zonky's lock file: held while a running service uses the directory, released when that service dies.
        try (FileChannel channel = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running myomap uses the embedded database in " + dataDir
                        + "; stop it first or set MYOMAP_DB_EMBEDDED_DATA_DIR to another directory");
            }
            stopOrphan(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the embedded database lock in " + dataDir, e);
        }
    }

    private static void stopOrphan(Path dataDir) {
        find(dataDir).ifPresent(postmaster -> {
            LOG.warning("A postmaster of a previous run (pid " + postmaster.pid() + ") still holds " + dataDir + "; stopping it");
            signal(postmaster.pid(), "INT");
            try {
                postmaster.onExit().get(FAST_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                postmaster.destroyForcibly();
                postmaster.onExit().join();
            }
        });
    }

    /** The live process whose pid the data directory records, if it is a postgres process. */
    static Optional<ProcessHandle> find(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            LOG.warning("Cannot signal pid " + pid + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
