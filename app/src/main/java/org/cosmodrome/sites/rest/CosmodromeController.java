package org.cosmodrome.sites.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.sites.AnnualLaunchCount;
import org.cosmodrome.sites.Cosmodrome;
import org.cosmodrome.sites.LaunchRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cosmodrome")
@Tag(name = "Cosmodrome", description = "The spaceport's own facts and launch record")
class CosmodromeController {

    private final LaunchRecord launchRecord;

    CosmodromeController(LaunchRecord launchRecord) {
        this.launchRecord = launchRecord;
    }

    @GetMapping
    @Operation(summary = "The cosmodrome: names, reference point, time zone, lease area")
    Cosmodrome cosmodrome() {
        return launchRecord.cosmodrome().orElseThrow(() -> new RecordNotFound("cosmodrome", "default"));
    }

    @GetMapping("/launches-per-year")
    @Operation(summary = "Launches per calendar year, with the basis of each count (null where unverified)")
    List<AnnualLaunchCount> launchesPerYear() {
        return launchRecord.launchesPerYear();
    }
}
