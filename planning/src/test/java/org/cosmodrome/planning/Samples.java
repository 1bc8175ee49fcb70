package org.cosmodrome.planning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample problem, as committed under docs/formats/samples. */
final class Samples {

    private Samples() {
    }

    static String baikonurJson() {
        Path path = Path.of("..", "docs", "formats", "samples", "baikonur-sample.json");
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with its request list replaced by {@code requests} (a JSON array). */
    static String baikonurWith(String requests) {
        return with(baikonurJson(), requests);
    }

    /** The problem {@code json} with its request list replaced by {@code requests} (a JSON array). */
    static String with(String json, String requests) {
        return json.substring(0, json.indexOf("\"requests\"")) + "\"requests\": " + requests + "}";
    }
}
