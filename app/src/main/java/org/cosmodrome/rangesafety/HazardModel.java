package org.cosmodrome.rangesafety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.cosmodrome.physics.atmosphere.WindProfile;
import org.cosmodrome.physics.dispersion.DispersionModel;
import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.hazard.CasualtyExpectation;
import org.cosmodrome.physics.hazard.Settlement;
import org.cosmodrome.physics.hazard.SettledLand;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a footprint assessment needs besides the trajectory: the go/no-go thresholds, the dispersion model, the
 * casualty area of each spent stage and where people live. Read from the data set's {@code range-safety.json}, whose
 * every number states its basis. Immutable.
 *
 * @param minContainment share of a stage's sampled impacts that must fall inside its agreed zone, [0, 1]
 * @param maxCasualtyExpectation largest collective casualty expectation Ec of one launch
 */
public record HazardModel(double minContainment, double maxCasualtyExpectation, DispersionModel dispersion,
        List<CasualtyArea> casualtyAreas, SettledLand population) {

    /** The classpath resource the Baikonur data set keeps the model in. */
    public static final String RESOURCE = "/baikonur/range-safety.json";

    public HazardModel {
        casualtyAreas = List.copyOf(casualtyAreas);
    }

    /**
     * The debris area of a spent stage; {@code *} matches any vehicle or stage, the most specific entry wins.
     *
     * @param debrisArea projected area of the body, m²
     */
    public record CasualtyArea(String vehicle, String stage, double debrisArea, String basis) {
    }

    /** @return the casualty area in m² of one piece of {@code stage} of {@code vehicle} */
    public double casualtyArea(String vehicle, String stage) {
        CasualtyArea best = null;
        int bestScore = -1;
        for (CasualtyArea a : casualtyAreas) {
            boolean vehicleMatches = a.vehicle().equals(vehicle) || a.vehicle().equals("*");
            boolean stageMatches = a.stage().equals(stage) || a.stage().equals("*");
            if (vehicleMatches && stageMatches) {
                int score = (a.vehicle().equals("*") ? 0 : 2) + (a.stage().equals("*") ? 0 : 1);
                if (score > bestScore) {
                    best = a;
                    bestScore = score;
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no casualty area for " + vehicle + " " + stage);
        }
        return CasualtyExpectation.casualtyArea(best.debrisArea());
    }

    /** This model with other thresholds. */
    public HazardModel withThresholds(double containment, double casualtyExpectation) {
        return new HazardModel(containment, casualtyExpectation, dispersion, casualtyAreas, population);
    }

    /** Reads the data set's model from the classpath. */
    public static HazardModel baikonur() {
        try (InputStream in = HazardModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model in the format of {@code range-safety.json}. */
    public static HazardModel read(InputStream in) {
        File file = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(in, File.class);
        DispersionFile d = file.dispersion();
        DispersionModel dispersion = new DispersionModel(d.separationTimeS(), d.speedFraction(),
                Math.toRadians(d.flightPathAngleDeg()), Math.toRadians(d.headingDeg()),
                d.ballisticCoefficientFraction(), WindProfile.CALM, d.windSpeedMps());
        List<Settlement> settlements = file.population().settlements().stream()
                .map(s -> Settlement.ofPopulation(s.name(), GeodeticPoint.ofDegrees(s.latitude(), s.longitude()),
                        s.population()))
                .toList();
        return new HazardModel(file.thresholds().minContainment(), file.thresholds().maxCasualtyExpectation(),
                dispersion, file.casualtyAreas().stream()
                        .map(a -> new CasualtyArea(a.vehicle(), a.stage(), a.debrisAreaM2(), a.basis())).toList(),
                new SettledLand(file.population().backgroundPerKm2(), settlements));
    }

    record File(Thresholds thresholds, DispersionFile dispersion, List<AreaFile> casualtyAreas,
            PopulationFile population) {
    }

    record Thresholds(double minContainment, double maxCasualtyExpectation, String basis) {
    }

    record DispersionFile(double separationTimeS, double speedFraction, double flightPathAngleDeg, double headingDeg,
            double ballisticCoefficientFraction, double windSpeedMps, String basis) {
    }

    record AreaFile(String vehicle, String stage, double debrisAreaM2, String basis) {
    }

    record PopulationFile(double backgroundPerKm2, String backgroundBasis, String settlementsBasis,
            List<SettlementFile> settlements) {
    }

    record SettlementFile(String name, double latitude, double longitude, long population) {
    }
}
