package org.cosmodrome.permits.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cosmodrome.permits.DropZoneCharge;
import org.cosmodrome.permits.DropZonePermits;
import org.cosmodrome.permits.DropZoneTariff;
import org.cosmodrome.permits.DropZoneTariffs;
import org.cosmodrome.permits.ResidentNotice;
import org.cosmodrome.permits.ResidentNotices;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Drop-zone fees", description = "The drop zones' tariffs, the charges for the launches that used them"
        + " (private to the payer and the zone's operator) and the notices to the zones' residents")
class DropZoneFeeController {

    private final DropZoneTariffs tariffs;
    private final DropZonePermits permits;
    private final ResidentNotices notices;

    DropZoneFeeController(DropZoneTariffs tariffs, DropZonePermits permits, ResidentNotices notices) {
        this.tariffs = tariffs;
        this.permits = permits;
        this.notices = notices;
    }

    /** @param validTo the last day in force (inclusive), or {@code null} until replaced */
    record TariffView(String id, String zone, BigDecimal yearlyFee, int launchesIncluded, BigDecimal extraLaunchFee,
            String currency, String payer, String operator, LocalDate validFrom, LocalDate validTo, String note,
            List<String> sources) {
        static TariffView of(DropZoneTariff t) {
            return new TariffView(t.id(), t.zone(), t.yearlyFee(), t.launchesIncluded(), t.extraLaunchFee(),
                    t.currency(), t.payer(), t.operator(), t.validFrom(), t.validTo(), t.note(), t.sources());
        }
    }

    record ChargeView(String id, String launch, String zone, String tariff, int year, DropZoneCharge.Kind kind,
            BigDecimal amount, String currency, String payer, String operator, Instant recordedAt) {
        static ChargeView of(DropZoneCharge c) {
            return new ChargeView(c.id(), c.launch(), c.zone(), c.tariff(), c.year(), c.kind(), c.amount(),
                    c.currency(), c.payer(), c.operator(), c.recordedAt());
        }
    }

    /** @param notifiedAt when the residents were told; at most a few minutes ahead of the server's clock */
    record NoticeBody(@NotBlank @Size(max = 100) String launch, @NotBlank @Size(max = 63) String zone,
            @NotNull Instant notifiedAt, @NotBlank @Size(max = 200) String notifiedBy,
            @NotBlank @Size(max = 200) String channel, @Size(max = 4000) String text) {
    }

    /**
     * @param launchedAt when the launch flew through the zone, {@code null} while it has not
     * @param inTime whether the notice came at least 24 hours before {@code launchedAt}; {@code null} while the launch
     *        has not flown through the zone
     */
    record NoticeView(String id, String launch, String zone, Instant notifiedAt, String notifiedBy, String channel,
            String text, Instant recordedAt, String recordedBy, Instant launchedAt, Boolean inTime) {
        static NoticeView of(ResidentNotice n, Instant launchedAt) {
            return new NoticeView(n.id(), n.launch(), n.zone(), n.notifiedAt(), n.notifiedBy(), n.channel(),
                    n.text(), n.recordedAt(), n.recordedBy(), launchedAt,
                    launchedAt == null ? null : n.inTimeFor(launchedAt));
        }
    }

    @GetMapping("/drop-zone-tariffs")
    @Operation(summary = "Every drop zone's tariffs, by zone, newest first")
    List<TariffView> tariffs() {
        return tariffs.all().stream().map(TariffView::of).toList();
    }

    @GetMapping("/drop-zone-tariffs/{id}")
    @Operation(summary = "One tariff")
    TariffView tariff(@PathVariable String id) {
        return tariffs.findById(id).map(TariffView::of).orElseThrow(() -> new RecordNotFound("drop-zone tariff", id));
    }

    @GetMapping("/drop-zone-charges")
    @Operation(summary = "The charges for the use of drop zones the caller may see",
            description = "Visible to the payer, the zone's operator, the spaceport operator, the host authority and"
                    + " auditors. The yearly fee is charged at a year's first use of a zone, the extra-launch fee at"
                    + " each use beyond the launches it includes.")
    List<ChargeView> charges(@RequestParam(required = false) String zone,
            @RequestParam(required = false) Integer year) {
        return permits.charges(blankToNull(zone), year).stream().map(ChargeView::of).toList();
    }

    @GetMapping("/drop-zone-notices")
    @Operation(summary = "Notices to the zones' residents, newest first, with whether each came in time",
            description = "A notice is in time when given at least 24 hours before the launch flew through the zone.")
    List<NoticeView> notices(@RequestParam(required = false) String launch,
            @RequestParam(required = false) String zone) {
        return notices.find(blankToNull(launch), blankToNull(zone)).stream()
                .map(n -> NoticeView.of(n, permits.launchedAt(n.launch(), n.zone()).orElse(null))).toList();
    }

    @PostMapping("/drop-zone-notices")
    @Operation(summary = "Record a notice given to a zone's residents of a launch")
    ResponseEntity<NoticeView> recordNotice(@Valid @RequestBody NoticeBody body) {
        ResidentNotice notice = permits.recordNotice(new DropZonePermits.NoticeRequest(body.launch(), body.zone(),
                body.notifiedAt(), body.notifiedBy(), body.channel(), body.text()));
        return ResponseEntity.created(URI.create("/api/v1/drop-zone-notices?launch=" + notice.launch()))
                .body(NoticeView.of(notice, permits.launchedAt(notice.launch(), notice.zone()).orElse(null)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
