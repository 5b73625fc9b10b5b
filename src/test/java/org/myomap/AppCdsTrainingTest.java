package org.myomap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppCdsTrainingTest {

    @Test
    void linksOnlyTheClassesTheLogShowsReadFromAJarOrDirectory() {
        List<String> log = List.of(
                "java.lang.Object source: shared objects file",
                "org.hibernate.Session source: shared objects file (top)",
                "org.hibernate.boot.archive.spi.InputStreamAccess source: file:/srv/myomap/lib/main/org.hibernate.orm.hibernate-core-7.2.4.Final.jar",
                "org.myomap.Main source: jar:file:/srv/myomap/app/myomap.jar!/",
                "org.myomap.catalogue.Catalogue source: file:/srv/myomap/classes/",
                "java.sql.Driver source: jrt:/java.sql",
                "java.lang.invoke.LambdaForm$MH/0x00007fe8ba000400 source: __JVM_LookupDefineClass__",
                "jdk.internal.reflect.GeneratedMethodAccessor1 source: __ClassDefiner__",
                "jdk.proxy2.$Proxy12 source: __dynamic_proxy__",
                "");

        assertThat(AppCdsTraining.loadedFromJars(log)).containsExactly(
                "org.hibernate.boot.archive.spi.InputStreamAccess", "org.myomap.Main", "org.myomap.catalogue.Catalogue");
    }
}
