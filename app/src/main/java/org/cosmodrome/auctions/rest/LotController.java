package org.cosmodrome.auctions.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.cosmodrome.auctions.Asset;
import org.cosmodrome.auctions.AssetKind;
import org.cosmodrome.auctions.Assets;
import org.cosmodrome.auctions.AuctionFormat;
import org.cosmodrome.auctions.LotPrices;
import org.cosmodrome.auctions.IncrementTable;
import org.cosmodrome.auctions.Inventory;
import org.cosmodrome.auctions.Lot;
import org.cosmodrome.auctions.LotDraft;
import org.cosmodrome.auctions.LotId;
import org.cosmodrome.auctions.LotStatus;
import org.cosmodrome.auctions.Lots;
import org.cosmodrome.auctions.PriceConversion;
import org.cosmodrome.auctions.SoftClose;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.IfMatch;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/lots")
@Tag(name = "Lots", description = "The auction catalogue: lots of decommissioned equipment with their terms; public, "
        + "except drafts and reserve prices")
class LotController {

    private final Lots lots;
    private final Assets assets;
    private final Inventory inventory;
    private final LotPrices prices;
    private final CurrentActor currentActor;

    LotController(Lots lots, Assets assets, Inventory inventory, LotPrices prices, CurrentActor currentActor) {
        this.lots = lots;
        this.assets = assets;
        this.inventory = inventory;
        this.prices = prices;
        this.currentActor = currentActor;
    }

    record TierBody(@NotNull @PositiveOrZero Long from, @NotNull @Positive Long increment) {
    }

    record SoftCloseBody(@NotNull @PositiveOrZero Integer windowSeconds, @NotNull @PositiveOrZero Integer extensionSeconds,
            @NotNull @PositiveOrZero Integer capSeconds) {
    }

    record LotBody(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 8000) String description,
            @Size(max = 80) String seller,
            @NotNull AuctionFormat format,
            @NotBlank @Pattern(regexp = "EUR|KZT", message = "must be EUR or KZT") String currency,
            @NotNull @Positive Long startingPrice,
            @Positive Long reservePrice,
            List<@Valid @NotNull TierBody> increments,
            @Valid SoftCloseBody softClose,
            @Positive Long dutchFloor,
            @Positive Long dutchStep,
            @Positive Integer dutchStepSeconds,
            @Positive Integer sealedRoundSeconds,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal depositPercent,
            @NotNull @Min(1) @Max(90) Integer paymentDays,
            LocalDate viewingFrom,
            LocalDate viewingTo,
            @NotNull Instant opensAt,
            Instant closesAt,
            @NotEmpty List<@NotBlank String> assets) {

        LotDraft toDraft() {
            IncrementTable table = null;
            if (increments != null) {
                try {
                    table = new IncrementTable(increments.stream()
                            .map(t -> new IncrementTable.Tier(t.from(), t.increment())).toList());
                } catch (IllegalArgumentException e) {
                    throw new InvalidField("increments", "lot.increments.invalid", e.getMessage());
                }
            }
            SoftClose close = softClose == null ? null : new SoftClose(Duration.ofSeconds(softClose.windowSeconds()),
                    Duration.ofSeconds(softClose.extensionSeconds()), Duration.ofSeconds(softClose.capSeconds()));
            return new LotDraft(title, description, seller, format, currency, startingPrice, reservePrice, table, close,
                    dutchFloor, dutchStep, dutchStepSeconds, sealedRoundSeconds, depositPercent, paymentDays,
                    viewingFrom, viewingTo, opensAt, closesAt, assets, null);
        }
    }

    record CreateLotBody(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}",
                    message = "must be 1-64 lowercase letters, digits and dashes") String id,
            @NotNull @Valid LotBody lot) {
    }

    record WithdrawalBody(@Size(max = 2000) String reason) {
    }

    record SoftCloseView(long windowSeconds, long extensionSeconds, long capSeconds) {
    }

    record AssetSummary(String id, AssetKind kind, String description, BigDecimal quantity, String unit,
            String condition, String siteId, String padId, String location) {

        static AssetSummary of(Asset a) {
            return new AssetSummary(a.id(), a.kind(), a.description(), a.quantity(), a.unit().name(),
                    a.condition().name(), a.siteId(), a.padId(), a.location());
        }
    }

    /**
     * @param reservePrice only for the operator, the host authority and auditors; never sent to anyone else
     * @param converted the starting price in the other currency, or {@code null} when there is no rate
     *        ({@code rateNote} says so)
     */
    record LotView(String id, String title, String description, String seller, AuctionFormat format, String currency,
            long startingPrice, Long reservePrice, List<IncrementTable.Tier> increments, SoftCloseView softClose,
            Long dutchFloor, Long dutchStep, Integer dutchStepSeconds, Integer sealedRoundSeconds,
            BigDecimal depositPercent, long deposit, int paymentDays, LocalDate viewingFrom, LocalDate viewingTo,
            Instant opensAt, Instant firstClosesAt, Instant closesAt, LotStatus status, List<AssetSummary> assets,
            PriceConversion converted, String rateNote, String source, int version) {
    }

    @GetMapping
    @Operation(summary = "The lot catalogue", description = "Latest opening first; drafts only for the operator, the "
            + "host authority and auditors.")
    Page<LotView> list(@RequestParam(required = false) LotStatus status,
            @RequestParam(required = false) AuctionFormat format,
            @Parameter(description = "lots selling at least one asset of this kind") @RequestParam(required = false)
            AssetKind kind,
            @RequestParam(required = false) String currency, @RequestParam(required = false) String seller,
            @Parameter(description = "words in the title or description") @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        return lots.catalogue(new Lots.Filter(status, format, kind, currency, seller, q), currentActor.get(),
                new PageQuery(page, size)).map(this::view);
    }

    @GetMapping("/{id}")
    ResponseEntity<LotView> get(@PathVariable String id) {
        Lot lot = inventory.find(parse(id)).orElseThrow(() -> new RecordNotFound("lot", id));
        return ResponseEntity.ok().eTag(Integer.toString(lot.version())).body(view(lot));
    }

    @PostMapping
    @Operation(summary = "Draft a lot", description = "Of decommissioned assets no other lot holds.")
    ResponseEntity<LotView> create(@Valid @RequestBody CreateLotBody body) {
        Lot lot = inventory.draft(LotId.of(body.id()), body.lot().toDraft());
        return ResponseEntity.created(URI.create("/api/v1/lots/" + lot.id().value()))
                .eTag(Integer.toString(lot.version())).body(view(lot));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a draft lot",
            description = "Send If-Match with the ETag last read to refuse overwriting someone else's change.")
    ResponseEntity<LotView> replace(@PathVariable String id, @Valid @RequestBody LotBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Lot lot = inventory.revise(parse(id), body.toDraft(), IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(Integer.toString(lot.version())).body(view(lot));
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish a draft lot", description = "Its opening must not be past.")
    ResponseEntity<LotView> publish(@PathVariable String id) {
        Lot lot = inventory.publish(parse(id));
        return ResponseEntity.ok().eTag(Integer.toString(lot.version())).body(view(lot));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw a published lot", description = "Only while nobody has bid on it.")
    ResponseEntity<LotView> withdraw(@PathVariable String id,
            @Valid @RequestBody(required = false) WithdrawalBody body) {
        Lot lot = inventory.withdraw(parse(id), body == null ? null : body.reason());
        return ResponseEntity.ok().eTag(Integer.toString(lot.version())).body(view(lot));
    }

    private LotView view(Lot l) {
        boolean privileged = currentActor.get().readsEverything();
        PriceConversion converted = prices.convert(l).orElse(null);
        return new LotView(l.id().value(), l.title(), l.description(), l.seller(), l.format(), l.currency(),
                l.startingPrice(), privileged ? l.reservePrice() : null,
                l.increments() == null ? null : l.increments().tiers(),
                l.softClose() == null ? null : new SoftCloseView(l.softClose().window().toSeconds(),
                        l.softClose().extension().toSeconds(), l.softClose().cap().toSeconds()),
                l.dutchFloor(), l.dutchStep(), l.dutchStepSeconds(), l.sealedRoundSeconds(), l.depositPercent(),
                l.deposit(), l.paymentDays(), l.viewingFrom(), l.viewingTo(), l.opensAt(), l.firstClosesAt(),
                l.closesAt(), l.status(), assets.findAll(l.assetIds()).stream().map(AssetSummary::of).toList(),
                converted, converted == null ? "no rate" : null, l.source(), l.version());
    }

    private static LotId parse(String id) {
        try {
            return LotId.of(id);
        } catch (RuntimeException malformed) {
            throw new RecordNotFound("lot", id);
        }
    }
}
