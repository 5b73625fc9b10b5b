package org.myomap.catalogue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "myomap.catalogue")
public interface CatalogueConfig {

    /** How long clients and caches may reuse a catalogue response without asking again (Cache-Control max-age). */
    @WithDefault("PT5M")
    Duration cacheMaxAge();
}
