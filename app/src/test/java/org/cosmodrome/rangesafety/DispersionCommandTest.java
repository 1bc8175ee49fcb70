package org.cosmodrome.rangesafety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

class DispersionCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DispersionCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOnePointPerSampledImpactWithItsStagePlusEllipsesAndZones() {
        int code = run("--vehicle", "Soyuz-2.1a", "--pad", "31/6", "--inclination", "51.6", "--samples", "200",
                "--seed", "1", "--threads", "2", "--format", "geojson");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(DispersionCommand.GO);
        DocumentContext geojson = JsonPath.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(geojson.read("$.type", String.class)).isEqualTo("FeatureCollection");
        List<String> boosters = geojson.read("$.features[?(@.properties.kind == 'impact' "
                + "&& @.properties.stage == 'boosters')].geometry.type");
        assertThat(boosters).hasSize(200).containsOnly("Point");
        assertThat(geojson.read("$.features[?(@.properties.kind == 'impact')].properties.stage", List.class))
                .hasSize(600);
        assertThat(geojson.read("$.features[?(@.properties.kind == 'ellipse')].geometry.type", List.class))
                .hasSize(9).containsOnly("Polygon");
        assertThat(geojson.read("$.features[?(@.properties.kind == 'drop-zone')].id", List.class))
                .containsExactly("zone-ulytau", "zone-altai-ust-kan");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("dispersion: GO");
    }

    @Test
    void theSameSeedPrintsTheSameFootprintOnOneThreadAndOnTwo() {
        run("--vehicle", "proton-m", "--pad", "81/24", "--inclination", "51.5", "--samples", "120", "--threads", "1");
        String one = out.toString(StandardCharsets.UTF_8);
        out.reset();
        run("--vehicle", "proton-m", "--pad", "81/24", "--inclination", "51.5", "--samples", "120", "--threads", "2");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(one);
    }

    @Test
    void namesTheInclinationWhenNoCorridorFlies() {
        assertThat(run("--vehicle", "Soyuz-2.1a", "--pad", "31/6", "--inclination", "70"))
                .isEqualTo(DispersionCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--inclination: no corridor");
    }

    @Test
    void namesAnUnknownPadAndAVehicleWithoutAModel() {
        assertThat(run("--vehicle", "Soyuz-2.1a", "--pad", "99/9", "--inclination", "51.6"))
                .isEqualTo(DispersionCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--pad: no pad '99/9'");
        assertThat(run("--vehicle", "Vikram-1", "--pad", "31/6", "--inclination", "51.6"))
                .isEqualTo(DispersionCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--vehicle: no trajectory model");
    }

    @Test
    void requiresTheVehicle() {
        assertThat(run("--pad", "31/6", "--inclination", "51.6")).isEqualTo(DispersionCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--vehicle is required");
    }
}
