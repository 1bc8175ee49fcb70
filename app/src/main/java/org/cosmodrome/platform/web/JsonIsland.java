package org.cosmodrome.platform.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes data for a page's scripts into a {@code <script type="application/json">} element. Characters that could
 * close the element or open markup are escaped as JSON unicode escapes, so records cannot inject markup.
 */
public final class JsonIsland {

    private JsonIsland() {
    }

    /** {@code value} as JSON that is safe inside a {@code <script type="application/json">} element. */
    public static String of(JsonMapper json, Object value) {
        return json.writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
