package org.cosmodrome.planning.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The solver's working model of a manifest: the pads, drop zones and caps as facts, one {@link LaunchSlot} per
 * request, and the score.
 */
@PlanningSolution
public class ManifestSolution {

    @ProblemFactCollectionProperty
    private List<Pad> pads;
    @ProblemFactCollectionProperty
    private List<DropZone> dropZones;
    @ProblemFactCollectionProperty
    private List<HazardCap> caps;
    @PlanningEntityCollectionProperty
    private List<LaunchSlot> slots;
    @PlanningScore
    private HardMediumSoftLongScore score;

    ManifestSolution() {
        // for the solver's planning clone
    }

    public ManifestSolution(List<Pad> pads, List<DropZone> dropZones, List<HazardCap> caps, List<LaunchSlot> slots) {
        this.pads = pads;
        this.dropZones = dropZones;
        this.caps = caps;
        this.slots = slots;
    }

    public List<Pad> getPads() {
        return pads;
    }

    public List<DropZone> getDropZones() {
        return dropZones;
    }

    public List<HazardCap> getCaps() {
        return caps;
    }

    public List<LaunchSlot> getSlots() {
        return slots;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
