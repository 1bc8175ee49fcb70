package org.cosmodrome.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.cosmodrome.physics.geodesy.Geodesics;
import org.cosmodrome.physics.reference.FallCase;
import org.cosmodrome.physics.trajectory.BallisticFall;
import org.cosmodrome.physics.trajectory.Impact;
import org.junit.jupiter.api.Test;

class OwnDispersionLoopTest {

    private final FallCase booster = FallCase.baikonur().get(0);

    private DispersedImpacts run(OwnDispersionLoop.Spread spread, int threads, int samples, long seed)
            throws InterruptedException {
        try (FallDispersion d = new OwnDispersionLoop(BallisticFall.standard(), spread, threads)) {
            return d.run(booster, samples, seed);
        }
    }

    @Test
    void givesTheSameImpactsOnOneOrTwoThreads() throws InterruptedException {
        // 600 samples: two full chunks and a partial one
        DispersedImpacts one = run(OwnDispersionLoop.Spread.bench(), 1, 600, 7);
        assertThat(run(OwnDispersionLoop.Spread.bench(), 2, 600, 7)).isEqualTo(one);
        assertThat(run(OwnDispersionLoop.Spread.bench(), 2, 600, 8)).isNotEqualTo(one);
    }

    @Test
    void withoutSpreadEverySampleIsTheNominalFall() throws InterruptedException {
        Impact nominal = BallisticFall.standard().fall(booster.start(), booster.velocityEnu(),
                booster.ballisticCoefficient());
        DispersedImpacts impacts = run(new OwnDispersionLoop.Spread(0, 0, 0), 2, 300, 1);
        for (int i = 0; i < impacts.size(); i++) {
            assertThat(Geodesics.distance(impacts.point(i), nominal.point())).isLessThan(1e-3);
        }
        assertThat(impacts.radius(0.99)).isLessThan(1e-3);
    }

    @Test
    void spreadsTheBoosterOverKilometresNotHundreds() throws InterruptedException {
        // ±1 % of 1.8 km/s and ±0.5° move a 275 km fall by a few km; ±10 % β moves it along track by a few more
        DispersedImpacts impacts = run(OwnDispersionLoop.Spread.bench(), 2, 500, 42);
        assertThat(impacts.radius(0.5)).isBetween(500.0, 10_000.0);
        assertThat(impacts.radius(0.99)).isLessThan(30_000.0);
    }
}
