package org.cosmodrome.publicapi;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * LL2's ids made from Cosmodrome's: LL2 numbers pads, locations, agencies and launcher configurations with integers
 * and launches with UUIDs, where Cosmodrome uses text ids ({@code 31-6}, {@code roscosmos}, {@code soyuz-2-1a},
 * {@code progress-ms-35}). Derived, not stored, so they are the same on every installation and after every restart:
 * an integer is the CRC-32 of {@code kind:id}, in 0 to 2^31-1; a launch's UUID is the name-based (version 3) UUID of
 * {@code cosmodrome:launch:id}. Two records of one kind could in principle share an integer; a test checks the data
 * set has no such pair.
 */
public final class Ll2Ids {

    private Ll2Ids() {
    }

    /** The LL2 integer id of the record {@code id} of {@code kind} ({@code pad}, {@code agency}, ...). */
    public static int number(String kind, String id) {
        CRC32 crc = new CRC32();
        crc.update((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() & 0x7fffffffL);
    }

    /** The LL2 UUID of a launch. */
    public static UUID launch(String id) {
        return UUID.nameUUIDFromBytes(("cosmodrome:launch:" + id).getBytes(StandardCharsets.UTF_8));
    }
}
