package org.myomap.common.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where and how the embedded PostgreSQL runs when no external database is configured. */
@ConfigMapping(prefix = "myomap.db.embedded")
public interface EmbeddedDatabaseConfig {

    /** Set to false to require an external database even when none is configured (then start-up fails). */
    @WithDefault("true")
    boolean enabled();

    /** The data directory; it survives restarts, so what was stored before is still there. */
    @WithDefault("${user.home}/.myomap/postgres")
    Path dataDir();

    /** The TCP port on localhost; 0 picks a free one at each start. */
    @WithDefault("0")
    int port();
}
