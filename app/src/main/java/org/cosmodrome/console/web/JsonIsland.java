package org.cosmodrome.console.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes data for a page's scripts into a {@code <script type="application/json">} element. Characters that could
 * close the element or open markup are escaped as JSON unicode escapes, so records cannot inject markup.
 */
final class JsonIsland {

    private JsonIsland() {
    }

    static String of(JsonMapper json, Object value) {
        return json.writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
