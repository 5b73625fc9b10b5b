package org.myomap.support.fuzz;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

/** One generated request: the contract operation it aims at and exactly what is sent. */
public record FuzzRequest(String operationId, String method, String contractPath, String target, Map<String, String> headers,
        String body, boolean ownClinic) {

    public HttpRequest toHttp(URI base) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + target))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return request.method(method, publisher).build();
    }

    @Override
    public String toString() {
        String shownBody = body == null ? "" : " body " + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
        Map<String, String> shownHeaders = new java.util.TreeMap<>(headers);
        shownHeaders.computeIfPresent("Authorization", (k, v) -> v.length() > 30 ? v.substring(0, 30) + "..." : v);
        return operationId + ": " + method + " " + (target.length() > 300 ? target.substring(0, 300) + "..." : target) + " " + shownHeaders + shownBody;
    }
}
