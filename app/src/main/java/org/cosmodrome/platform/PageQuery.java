package org.cosmodrome.platform;

/**
 * Which page of a listing to return.
 *
 * @param page zero-based page number, at least 0
 * @param size records per page, 1 to {@value #MAX_SIZE}
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageQuery {
        if (page < 0) {
            throw new InvalidField("page", "paging.page.negative", "page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidField("size", "paging.size.out-of-range",
                    "size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    /** The first {@value #DEFAULT_SIZE} records. */
    public static PageQuery first() {
        return new PageQuery(0, DEFAULT_SIZE);
    }

    /** Everything, for internal readers such as the console map; bounded by {@value #MAX_SIZE}. */
    public static PageQuery all() {
        return new PageQuery(0, MAX_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
