package org.myomap.common.contract;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Serves the contract at /q/openapi (YAML, or JSON with {@code Accept: application/json}, {@code ?format=json} or
 * the {@code .json} path), where Swagger UI reads it. Quarkus' SmallRye OpenAPI extension did this before, but it
 * parses, models, filters and writes the document out again during every start (about 0.4 s on two cores, with
 * scanning off); this serves the file as written and reads it only when first asked for.
 */
@Singleton
public class ContractRoute {

    static final String PATH = "/q/openapi";
    private static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

    private volatile ContractDocument document;

    void register(@Observes Router router) {
        for (String path : new String[] {PATH, PATH + ".json", PATH + ".yaml", PATH + ".yml"}) {
            // On a worker: the first request reads the file and the first JSON one converts it.
            router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).blockingHandler(this::serve, false);
            router.options(path).handler(ctx -> ctx.response().putHeader("Allow", ALLOWED_METHODS).setStatusCode(204).end());
        }
    }

    private void serve(RoutingContext ctx) {
        ContractDocument contract = document();
        boolean json = ContractDocument.wantsJson(ctx.normalizedPath(), ctx.request().getHeader("Accept"), ctx.request().getParam("format"));
        ctx.response().putHeader("Content-Type", (json ? "application/json" : "application/yaml") + ";charset=UTF-8")
                .end(Buffer.buffer(json ? contract.json() : contract.yaml()));
    }

    private ContractDocument document() {
        ContractDocument loaded = document;
        if (loaded == null) {
            loaded = ContractDocument.fromClassPath();
            document = loaded;
        }
        return loaded;
    }
}
