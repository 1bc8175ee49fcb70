package org.cosmodrome.manifest.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cosmodrome.manifest.ManifestPlanning;
import org.cosmodrome.planning.ScheduleFormat;
import org.cosmodrome.planning.ScheduleFormatException;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.platform.InvalidField;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/schedule")
@Tag(name = "Schedule exchange", description = "Solve a manifest problem in the schedule-v1 exchange format"
        + " (docs/formats/schedule-v1.md) without storing anything")
class ScheduleController {

    private final ManifestPlanning planning;

    ScheduleController(ManifestPlanning planning) {
        this.planning = planning;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Solve a schedule-v1 problem", description = "Answers the plan in schedule-v1; a problem"
            + " that is not valid schedule-v1 is refused with 400 naming the field.")
    ResponseEntity<String> solve(@RequestBody String problem) {
        ScheduleProblem parsed;
        try {
            parsed = ScheduleFormat.read(problem);
        } catch (ScheduleFormatException e) {
            throw new InvalidField(e.field(), "schedule.invalid", e.getMessage());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(ScheduleFormat.write(planning.solve(parsed)));
    }
}
