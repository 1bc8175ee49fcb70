package org.cosmodrome.visitors;

/**
 * A place from which visitors watch launches.
 *
 * @param basis where the coordinates and capacity come from; ASSUMPTION where no source gives them
 */
public record ViewingPoint(String id, String name, double latitude, double longitude, int capacity, String basis) {
}
