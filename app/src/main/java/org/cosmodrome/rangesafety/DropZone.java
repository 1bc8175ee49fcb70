package org.cosmodrome.rangesafety;

import java.util.List;

import org.cosmodrome.platform.LocalizedName;

/**
 * An area where spent stages or fairings of the cosmodrome's launches fall, agreed with the state it lies in.
 *
 * @param country ISO 3166-1 alpha-2 code of the state it lies in
 * @param stageKinds which stages of which vehicles it receives, in words
 * @param polygon its outline
 * @param outline how the outline was drawn when it is an ellipse around the reference locality; {@code null} for an
 *     outline taken as published
 * @param approximate whether the outline was drawn from a locality and sizes rather than taken from a published one
 * @param geometryBasis how the outline was drawn, in one or two sentences
 * @param areaKm2 the area a source states, in square kilometres; {@code null} where no source states one (the drawn
 *     outline's area is {@code polygon().areaKm2()})
 * @param confidence how far to trust the record, in the data set's words
 */
public record DropZone(DropZoneId id, LocalizedName name, String country, String region, List<String> stageKinds,
        GroundPolygon polygon, ZoneOutline outline, boolean approximate, String geometryBasis,
        ReferenceLocality referenceLocality, Double areaKm2, String notes, String confidence, List<String> sources) {

    public DropZone {
        stageKinds = List.copyOf(stageKinds);
        sources = List.copyOf(sources);
    }

    /**
     * The point the zone is drawn around and the console draws ground lines to: the outline's own centre where it has
     * one, else the reference locality.
     */
    public GeoPoint centre() {
        return outline == null ? referenceLocality.position() : outline.centreOr(referenceLocality.position());
    }
}
