package org.myomap.common.db;

/**
 * A database the service can start for itself when no external one is configured. Implementations are found
 * with {@link java.util.ServiceLoader}, so a build without one simply requires an external database.
 */
public interface LocalDatabase {

    /** Starts the local database and points the datasource at it, unless a JDBC URL is already configured. */
    void startUnlessExternalConfigured();
}
