package org.cosmodrome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The endpoints the application serves, read from its own request mappings, so that tests about "every endpoint"
 * keep up with new controllers by themselves.
 */
public final class Endpoints {

    /**
     * One method and path pattern a controller answers.
     *
     * @param method the HTTP method, or {@code null} when the mapping answers every method
     * @param handler the controller class
     */
    public record Endpoint(HttpMethod method, String pattern, Class<?> handler) {

        /** Whether a controller of the application (rather than of a framework) answers it. */
        public boolean ownedByTheApp() {
            return handler.getName().startsWith("org.cosmodrome.");
        }

        public boolean isWrite() {
            return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                    || method == HttpMethod.DELETE;
        }

        public boolean underTheApi() {
            return pattern.startsWith("/api/");
        }

        /** The pattern with every {@code {variable}} replaced by {@code value}. */
        public String path(String value) {
            return pattern.replaceAll("\\{[^}]+}", value);
        }

        @Override
        public String toString() {
            return (method == null ? "ANY" : method.name()) + " " + pattern + " (" + handler.getSimpleName() + ")";
        }
    }

    private Endpoints() {
    }

    /** Every method and pattern of {@code mapping}, sorted by pattern and method. */
    public static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(null, pattern.getPatternString(), handler.getBeanType()));
                }
                for (RequestMethod method : methods) {
                    endpoints.add(new Endpoint(method.asHttpMethod(), pattern.getPatternString(),
                            handler.getBeanType()));
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::pattern)
                .thenComparing(e -> e.method() == null ? "" : e.method().name()));
        return endpoints.stream().distinct().toList();
    }
}
