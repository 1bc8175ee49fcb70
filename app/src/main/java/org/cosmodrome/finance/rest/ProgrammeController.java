package org.cosmodrome.finance.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cosmodrome.finance.Programme;
import org.cosmodrome.finance.Programmes;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes", description = "Capital programmes (Baiterek): budget lines by party, pledges, milestones "
        + "with planned and actual days, payments and the planned-versus-actual S-curve; for signed-in users")
class ProgrammeController {

    private final Programmes programmes;

    ProgrammeController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A programme", description = "Lines, totals as each source states them, pledges, "
            + "milestones (slip in days), payments and cumulative planned and actual spend per month.")
    Programme get(@PathVariable String id) {
        return programmes.find(id).orElseThrow(() -> new RecordNotFound("programme", id));
    }
}
