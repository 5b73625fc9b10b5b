package org.myomap.common.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Start-up work that runs on a daemon thread of its own, beside the boot, and is taken where it is first needed. */
public final class Background {

    private Background() {
    }

    /** Runs the work on a new daemon thread with the caller's context class loader. */
    public static <T> CompletableFuture<T> start(String threadName, Supplier<T> work) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return CompletableFuture.supplyAsync(() -> {
            Thread.currentThread().setContextClassLoader(loader);
            return work.get();
        }, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The work's result once it is done; a failure is thrown as the work threw it. */
    public static <T> T join(CompletableFuture<T> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
