package org.myomap.common.http;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which browser origins may call the service (MYOMAP_CORS_ORIGINS); none by default. */
@ConfigMapping(prefix = "myomap.cors")
public interface CorsConfig {

    /** Exact origins, e.g. {@code https://app.example.org}: scheme, host and port as the browser sends them. */
    Optional<List<String>> origins();
}
