package org.myomap.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Paths no route serves answer 404 problem+json too, not the server's default page. */
public class UnknownPathHandler {

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route().last().handler(ctx -> {
            ProblemType type = ProblemType.NOT_FOUND;
            String path = ctx.request().path();
            Problem problem = new Problem(type.uri(), type.title(), type.status(), "Nothing is served at " + path, path, null);
            try {
                ctx.response().setStatusCode(type.status())
                        .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                        .end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                ctx.fail(e);
            }
        });
    }
}
