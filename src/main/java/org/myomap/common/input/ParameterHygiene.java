package org.myomap.common.input;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.Problem;
import org.myomap.common.problem.ProblemType;

/**
 * The one place where query and path parameters are checked before an endpoint sees them: a parameter the
 * endpoint does not know is refused (a misspelt filter must not silently widen a listing to every patient),
 * a value that is not of the parameter's type is 400 naming it (JAX-RS would answer 404), dates stay within
 * {@link #EARLIEST}..{@link #LATEST}, and no value carries NUL, control characters or unpaired surrogates.
 */
public class ParameterHygiene {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    static final int MAX_VALUE_LENGTH = 2000;

    /** The query parameters each endpoint declares, read by reflection once per method, not once per request. */
    private static final Map<Method, Map<String, Class<?>>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        Map<String, Class<?>> known = DECLARED.computeIfAbsent(method, ParameterHygiene::queryParameters);
        for (String name : new TreeSet<>(query.keySet())) {
            Class<?> type = known.get(name);
            if (type == null) {
                invalid.add(new Problem.InvalidParam(safeName(name), "is not a parameter of this endpoint; it takes "
                        + (known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known.keySet())))));
                continue;
            }
            for (String value : query.get(name)) {
                String problem = problem(value, type);
                if (problem != null) {
                    invalid.add(new Problem.InvalidParam(name, problem));
                }
            }
        }
        request.getUriInfo().getPathParameters().forEach((name, values) -> values.forEach(value -> {
            String problem = problem(value, String.class);
            if (problem != null) {
                invalid.add(new Problem.InvalidParam(name, problem));
            }
        }));
        if (!invalid.isEmpty()) {
            throw ApiException.withParams(ProblemType.INVALID_PARAMETER, invalid);
        }
    }

    static String problem(String value, Class<?> type) {
        String text = TextRules.problem(value);
        if (text != null) {
            return text;
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            return "must be at most " + MAX_VALUE_LENGTH + " characters";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            try {
                Long.parseLong(value.strip());
                Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                return "must be a whole number";
            }
        }
        if (type == LocalDate.class) {
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                    return "must be a date between " + EARLIEST + " and " + LATEST;
                }
            } catch (DateTimeParseException e) {
                return "must be a date (YYYY-MM-DD)";
            }
        }
        return null;
    }

    private static Map<String, Class<?>> queryParameters(Method method) {
        Map<String, Class<?>> names = new HashMap<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.put(query.value(), parameter.getType());
            }
        }
        return Map.copyOf(names);
    }

    /** An unknown name is echoed back only as far as it is safe to. */
    private static String safeName(String name) {
        String cleaned = name.codePoints().filter(c -> c >= 0x20 && c < 0x7F)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "..." : cleaned;
    }
}
