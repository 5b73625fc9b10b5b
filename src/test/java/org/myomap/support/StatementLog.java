package org.myomap.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Every SQL statement Hibernate sends (entity queries, native queries, inserts), for tests that prove how many
 * statements a request costs. Tests run one at a time, so what is seen during one request is that request's.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementLog implements StatementInspector {

    private static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        SEEN.add(sql);
        return sql;
    }

    /** The statements sent while {@code request} ran. */
    public static List<String> during(Runnable request) {
        SEEN.clear();
        request.run();
        return List.copyOf(SEEN);
    }
}
