package org.cosmodrome.rangesafety;

import java.util.ArrayList;
import java.util.List;

import org.cosmodrome.physics.dispersion.DispersionEllipse;
import org.cosmodrome.physics.dispersion.Estimate;
import org.cosmodrome.physics.dispersion.ImpactFootprint;
import org.cosmodrome.physics.dispersion.Proportion;
import org.cosmodrome.physics.geodesy.GeodeticPoint;

/**
 * A finished analysis as stored and served: the verdict, the findings and each stage's footprint statistics, the 1, 2
 * and 3σ ellipses as rings, and the sampled impact points (up to {@link #STORED_IMPACTS} per stage; the statistics
 * use all of them). Coordinates are [longitude, latitude] in degrees, the GeoJSON order.
 */
public record AnalysisResult(Verdict verdict, Interval casualtyExpectation, List<Assessment.Finding> findings,
        List<Stage> stages, List<String> inOrbit, List<Evacuation> evacuations, List<TrackPoint> track) {

    /** Impacts kept per stage for maps and exports. */
    public static final int STORED_IMPACTS = 5_000;

    public AnalysisResult {
        findings = List.copyOf(findings);
        stages = List.copyOf(stages);
        inOrbit = List.copyOf(inOrbit);
        evacuations = List.copyOf(evacuations);
        track = List.copyOf(track);
    }

    /** A settlement inside the corridor's drop zones, to be cleared for the launch. */
    public record Evacuation(String settlement, long population, double latitude, double longitude) {
    }

    /** An estimate and its 95% interval. */
    public record Interval(double estimate, double lower, double upper) {
        static Interval of(Estimate e) {
            return new Interval(e.value(), e.lower(), e.upper());
        }

        static Interval of(Proportion p) {
            return new Interval(p.estimate(), p.lower(), p.upper());
        }
    }

    /**
     * @param zone the drop zone the corridor assigns, or {@code null} when the stage needs none
     * @param samples landed samples; {@code failures} the samples that did not come down
     * @param covarianceM2 {{σ_ee, σ_en}, {σ_en, σ_nn}} in the east-north plane at the mean, m²
     * @param containment share inside the zone, or {@code null} without a zone
     * @param impactsStored how many of the samples {@code impacts} holds
     */
    public record Stage(String stage, String zone, int pieces, int samples, int failures, double residualPropellantKg,
            double casualtyAreaM2, double[] mean, double[][] covarianceM2, double meanTimeOfFlightS,
            Interval containment, Interval casualtyExpectation, List<Ellipse> ellipses, int impactsStored,
            List<double[]> impacts) {
    }

    /**
     * @param orientationDeg azimuth of the major axis, degrees clockwise from north
     * @param probability share of a bivariate normal inside it
     */
    public record Ellipse(int sigmas, double semiMajorM, double semiMinorM, double orientationDeg,
            double probability, List<double[]> ring) {
    }

    /** A point of the nominal ascent, for the ground track and the altitude chart. */
    public record TrackPoint(double timeS, double longitude, double latitude, double altitudeM, double speedMps) {
    }

    static AnalysisResult of(Assessment assessment, List<TrackPoint> track) {
        return of(assessment, track, STORED_IMPACTS);
    }

    /** @param keptImpacts impact points to keep per stage */
    static AnalysisResult of(Assessment assessment, List<TrackPoint> track, int keptImpacts) {
        List<Stage> stages = new ArrayList<>();
        for (Assessment.StageAssessment s : assessment.stages()) {
            ImpactFootprint f = s.footprint();
            List<Ellipse> ellipses = new ArrayList<>();
            for (int k = 1; k <= 3; k++) {
                DispersionEllipse e = f.ellipse(k);
                ellipses.add(new Ellipse(k, e.semiMajor(), e.semiMinor(), Math.toDegrees(e.orientation()),
                        e.probability(), lonLat(e.ring(72))));
            }
            int kept = Math.min(keptImpacts, f.samples());
            List<double[]> impacts = new ArrayList<>(kept);
            for (int i = 0; i < kept; i++) {
                GeodeticPoint p = f.impact(i);
                impacts.add(new double[] {round(p.longitudeDegrees()), round(p.latitudeDegrees())});
            }
            stages.add(new Stage(s.stage(), s.zoneId(), f.pieces(), f.samples(), f.failures(),
                    f.residualPropellant(), s.casualtyArea(),
                    new double[] {round(f.mean().longitudeDegrees()), round(f.mean().latitudeDegrees())},
                    f.covariance(), f.meanTimeOfFlight(),
                    s.containment() == null ? null : Interval.of(s.containment()),
                    Interval.of(s.casualtyExpectation()), ellipses, kept, impacts));
        }
        return new AnalysisResult(assessment.verdict(), Interval.of(assessment.casualtyExpectation()),
                assessment.findings(), stages, assessment.inOrbit(), assessment.evacuated().stream()
                        .map(s -> new Evacuation(s.name(), s.population(), s.centre().latitudeDegrees(),
                                s.centre().longitudeDegrees()))
                        .toList(), track);
    }

    private static List<double[]> lonLat(List<GeodeticPoint> ring) {
        return ring.stream().map(p -> new double[] {round(p.longitudeDegrees()), round(p.latitudeDegrees())})
                .toList();
    }

    /** Five decimals of a degree: about a metre. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
