package org.myomap.common.db;

/**
 * Fired on the preparation thread once the schema is migrated, before session endpoints open: observers do the
 * start's own writes (the catalogue store). An observer that throws because the database went away again is run
 * again with the next attempt; any other failure stops the service, as a failed migration does.
 */
public record SchemaMigrated() {
}
