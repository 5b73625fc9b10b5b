package org.myomap.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM settings are written out in four places that cannot read one another: README's run command, the two
 * ways of building the JVM image, and the benchmarks, which measure the service as README runs it. A setting
 * changed in one and not the others would make the benchmarks measure something nobody runs. Plain Java.
 */
class JvmSettingsTest {

    private static final Pattern README_RUN = Pattern.compile("MALLOC_ARENA_MAX=(\\d+) java (-XX:SharedArchiveFile=[^ ]+ .*?) -jar quarkus-run\\.jar");
    private static final Pattern DOCKERFILE = Pattern.compile("JDK_JAVA_OPTIONS=\"([^\"]+)\"");
    private static final Pattern IMAGE_SCRIPT = Pattern.compile("'JDK_JAVA_OPTIONS=([^']+)'");
    private static final Pattern BENCHES = Pattern.compile("JAVA_OPTS=\\$\\{JAVA_OPTS:-\"([^\"]+)\"\\}");
    private static final Pattern ARENAS = Pattern.compile("MALLOC_ARENA_MAX[=:-]+\\{?(\\d+)");

    @Test
    void bothJvmImagesAndTheBenchmarksUseReadmesJvmSettings() throws IOException {
        Matcher readme = find(README_RUN, "README.md");
        String settings = withoutArchivePath(readme.group(2));

        assertEquals(settings, withoutArchivePath(find(DOCKERFILE, "src/main/docker/Dockerfile.jvm").group(1)), "Dockerfile.jvm");
        assertEquals(settings, withoutArchivePath(find(IMAGE_SCRIPT, "src/main/docker/build-jvm-image.sh").group(1)),
                "build-jvm-image.sh");
        assertEquals(settings, withoutArchivePath(find(BENCHES, "src/bench/bench-common.sh").group(1)), "bench-common.sh");
    }

    @Test
    void bothJvmImagesAndTheBenchmarksUseReadmesMallocArenas() throws IOException {
        String arenas = find(README_RUN, "README.md").group(1);

        assertEquals(arenas, find(ARENAS, "src/main/docker/Dockerfile.jvm").group(1), "Dockerfile.jvm");
        assertEquals(arenas, find(ARENAS, "src/main/docker/build-jvm-image.sh").group(1), "build-jvm-image.sh");
        assertEquals(arenas, find(ARENAS, "src/bench/bench-common.sh").group(1), "bench-common.sh");
    }

    /** The image maps the archive from /deployments, README and the benches from the working directory. */
    private static String withoutArchivePath(String settings) {
        return settings.replaceFirst("-XX:SharedArchiveFile=\\S*app-cds\\.jsa", "-XX:SharedArchiveFile=app-cds.jsa");
    }

    private static Matcher find(Pattern pattern, String file) throws IOException {
        Matcher matcher = pattern.matcher(Files.readString(Path.of(file)));
        if (!matcher.find()) {
            throw new AssertionError(file + " no longer writes the JVM settings as " + pattern);
        }
        return matcher;
    }
}
