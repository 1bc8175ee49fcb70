package org.cosmodrome.platform;

/**
 * One module's part of the shipped data set. Loaders run in {@link org.springframework.core.annotation.Order} before
 * the application accepts requests (vehicles and organisations before the pads that refer to them). An
 * implementation takes {@link ReferenceData#lock()} in its own transaction, loads each record whose key
 * {@link ReferenceData#firstSighting(String, String)} reports new, and skips a record whose id users have already
 * taken through the app.
 */
public interface ReferenceDataLoader {

    /** Loads what is new in this module's part of the data set. */
    void load();
}
