package org.cosmodrome.rangesafety;

/**
 * Where one stage of a corridor's vehicle comes down.
 *
 * @param stage the stage in the data set's words: {@code boosters}, {@code core}, {@code stage-1}, {@code stage-2},
 *     {@code stage-3}, {@code fairing}
 * @param dropZone the zone it falls in; {@code null} when it falls in the ocean, reaches orbit, or no source names a
 *     zone, which {@code note} then says
 */
public record StageFall(String stage, DropZoneId dropZone, String note) {

    public StageFall {
        if (stage == null || !stage.matches("[a-z0-9][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("a stage is a lowercase slug such as stage-1, was '" + stage + "'");
        }
        if (dropZone == null && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("stage " + stage + " falls in no drop zone: a note must say where");
        }
    }
}
