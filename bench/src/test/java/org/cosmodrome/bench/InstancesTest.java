package org.cosmodrome.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.SolveOptions;
import org.junit.jupiter.api.Test;

class InstancesTest {

    @Test
    void committedInstancesAreWhatTheGeneratorWritesForTheirSeeds() throws Exception {
        for (Map.Entry<String, ScheduleProblem> e : InstanceGenerator.all().entrySet()) {
            assertThat(Files.readString(Path.of("instances", e.getKey())))
                    .as("instances/%s: regenerate with InstanceGenerator", e.getKey())
                    .isEqualTo(ScheduleJson.write(e.getValue()));
        }
    }

    @Test
    void readingWhatWasWrittenGivesTheSameProblem() {
        ScheduleProblem decade = InstanceGenerator.decade(InstanceGenerator.DECADE_SEED);
        assertThat(ScheduleJson.readProblem(ScheduleJson.write(decade))).isEqualTo(decade);
    }

    @Test
    void theBaikonurYearHasItsFourPadsTheToxicCapAndAbout20Requests() {
        ScheduleProblem year = InstanceGenerator.baikonur2027(InstanceGenerator.BAIKONUR_2027_SEED);

        assertThat(year.pads()).extracting(ScheduleProblem.Pad::id).containsExactly("31/6", "81/24", "200/39", "45/1");
        assertThat(year.caps()).containsExactly(new ScheduleProblem.Cap("TOXIC", 8));
        assertThat(year.requests()).hasSizeBetween(18, 22);
        assertThat(year.requests().stream().filter(r -> r.vehicle().equals("Proton-M"))).hasSizeGreaterThan(8);
        assertThat(year.corridors()).extracting(ScheduleProblem.Corridor::inclination).contains(51.6, 64.8, 97.6);
    }

    @Test
    void demandGrowsAbout17AndAHalfPercentAYearOverTheDecade() {
        ScheduleProblem decade = InstanceGenerator.decade(InstanceGenerator.DECADE_SEED);
        long first = decade.requests().stream().filter(r -> r.desired().getYear() == 2027).count();
        long last = decade.requests().stream().filter(r -> r.desired().getYear() == 2036).count();

        // 1.175^9 = 4.27; desired days near a year's end may fall in the next year, hence the tolerance
        assertThat((double) last / first).isBetween(3.8, 4.8);
    }

    @Test
    void theStressInstanceHas5000RequestsOnTenPadsAndGreedyPlansItWithoutBreakingARule() {
        ScheduleProblem scale = InstanceGenerator.scale(InstanceGenerator.SCALE_SEED);

        assertThat(scale.requests()).hasSize(5000);
        assertThat(scale.pads()).hasSize(10);
        assertThat(new PlanChecker().check(scale, new GreedyFirstFit().solve(scale, SolveOptions.seconds(1))))
                .isEmpty();
    }
}
