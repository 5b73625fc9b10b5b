package org.myomap.common.problem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Describes a failure for the log without its messages: a database error's message quotes the statement's
 * values and the row that failed (patient references, notes). Class names, SQLSTATE and the first frame of our
 * own code are enough to find the cause.
 */
public final class SafeErrors {

    private SafeErrors() {
    }

    /** The failure and its causes, outermost first (at most eight: enough, and safe from cycles). */
    static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < 8; t = t.getCause() == t ? null : t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    public static String describe(Throwable failure) {
        List<String> chain = new ArrayList<>();
        for (Throwable t : causes(failure)) {
            String kind = t.getClass().getName();
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                kind += "[SQLSTATE " + sql.getSQLState() + "]";
            }
            chain.add(kind + ownFrame(t));
        }
        return String.join(" <- ", chain);
    }

    private static String ownFrame(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("org.myomap.")) {
                return " at " + frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return "";
    }
}
