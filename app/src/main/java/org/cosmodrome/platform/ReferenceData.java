package org.cosmodrome.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped data set (Baikonur by default) and the ledger of which of its records have been loaded, which makes
 * loading idempotent: a restart never inserts a record twice, and a record that users changed or deleted through
 * the app is never written back. Records added to the data set in a later release are loaded on the next start.
 * <p>
 * Loaders hold a transaction and the data-set lock ({@link #lock()}) while they load, so several instances starting
 * on one database load each record once.
 */
@Component
public class ReferenceData {

    private static final long DATA_SET_LOCK = 0x436F736D6FL;

    private final JdbcClient jdbc;
    private final ResourceLoader resources;
    private final ReferenceDataSettings settings;
    private final JsonMapper json;

    ReferenceData(JdbcClient jdbc, ResourceLoader resources, ReferenceDataSettings settings, JsonMapper json) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.settings = settings;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /** Whether the data set is to be loaded at start-up. */
    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Reads one file of the data set.
     *
     * @param file e.g. {@code "pads.json"}, holding a JSON array (or, for single records, one object)
     * @throws UncheckedIOException when the file is missing or malformed: a broken data set stops the start-up
     */
    public <T> List<T> read(String file, Class<T> recordType) {
        Resource resource = resources.getResource(settings.location() + file);
        try (InputStream in = resource.getInputStream()) {
            var tree = json.readTree(in);
            if (tree.isArray()) {
                return json.readerForListOf(recordType).readValue(tree);
            }
            return List.of(json.treeToValue(tree, recordType));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the data set file " + resource.getDescription(), e);
        }
    }

    /** Takes the transaction-scoped lock that serialises data-set loading between app instances. */
    public void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(DATA_SET_LOCK).query(Object.class).single();
    }

    /**
     * Records that {@code key} of {@code dataSet} is being loaded now.
     *
     * @return {@code true} the first time a key is seen (load it), {@code false} ever after (leave it alone)
     */
    public boolean firstSighting(String dataSet, String key) {
        return jdbc.sql("insert into platform.reference_record (data_set, record_key) values (?, ?)"
                        + " on conflict do nothing")
                .params(dataSet, key)
                .update() == 1;
    }
}
