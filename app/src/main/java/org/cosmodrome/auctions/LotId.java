package org.cosmodrome.auctions;

/** A lot's id: 1-64 lowercase letters, digits and dashes, such as {@code baiterek-2025-a1}. */
public record LotId(String value) {

    public LotId {
        if (value == null || !value.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("a lot id is 1-64 lowercase letters, digits and dashes");
        }
    }

    public static LotId of(String value) {
        return new LotId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
