package org.myomap.common.db;

/**
 * A database the service can start for itself when no external one is configured. Implementations are found
 * with {@link java.util.ServiceLoader}, so a build without one simply requires an external database.
 */
public interface LocalDatabase {

    /**
     * Points the datasource at the local database and starts it, unless a JDBC URL is already configured. It may
     * return before the database is up, when connections to it wait for its start.
     */
    void startUnlessExternalConfigured();
}
