package org.cosmodrome.auctions.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cosmodrome.auctions.Asset;
import org.cosmodrome.auctions.AssetCondition;
import org.cosmodrome.auctions.AssetKind;
import org.cosmodrome.auctions.AssetUnit;
import org.cosmodrome.auctions.Assets;
import org.cosmodrome.auctions.Decommissioning;
import org.cosmodrome.auctions.Inventory;
import org.cosmodrome.auctions.NewAsset;
import org.cosmodrome.organizations.Money;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
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
@RequestMapping("/api/v1/assets")
@Tag(name = "Assets", description = "The equipment inventory and the decisions to decommission it; public")
class AssetController {

    private final Assets assets;
    private final Inventory inventory;

    AssetController(Assets assets, Inventory inventory) {
        this.assets = assets;
        this.inventory = inventory;
    }

    record MoneyBody(@NotNull @DecimalMin("0") BigDecimal amount,
            @NotBlank @Pattern(regexp = "KZT|EUR|USD|RUB", message = "must be KZT, EUR, USD or RUB") String currency) {
    }

    record AssetBody(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}",
                    message = "must be 1-64 lowercase letters, digits and dashes") String id,
            @NotNull AssetKind kind,
            @NotBlank @Size(max = 2000) String description,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal quantity,
            @NotNull AssetUnit unit,
            @NotNull AssetCondition condition,
            @Size(max = 20) String siteId,
            @Size(max = 40) String padId,
            @NotBlank @Size(max = 1000) String location,
            @Valid MoneyBody bookValue,
            @Size(max = 2000) String photoUrl,
            @Size(max = 1000) String source) {

        NewAsset toDraft() {
            return new NewAsset(id, kind, description, quantity, unit, condition, siteId, padId, location,
                    bookValue == null ? null : new Money(bookValue.amount(), bookValue.currency()), photoUrl, source);
        }
    }

    /** @param on the day of the decision; today when left out */
    record DecommissioningBody(LocalDate on, @NotBlank @Size(max = 2000) String reason) {
    }

    record AssetView(String id, AssetKind kind, String description, BigDecimal quantity, AssetUnit unit,
            AssetCondition condition, String siteId, String padId, String location, Money bookValue,
            String photoUrl, boolean decommissioned, Decommissioning decommissioning, String lot, String source,
            Instant recordedAt, String recordedBy) {

        static AssetView of(Asset a, String lot) {
            return new AssetView(a.id(), a.kind(), a.description(), a.quantity(), a.unit(), a.condition(),
                    a.siteId(), a.padId(), a.location(), a.bookValue(), a.photoUrl(), a.decommissioned(),
                    a.decommissioning(), lot, a.source(), a.recordedAt(), a.recordedBy());
        }
    }

    @GetMapping
    @Operation(summary = "List assets", description = "By id.")
    Page<AssetView> list(@RequestParam(required = false) AssetKind kind,
            @RequestParam(required = false) String site, @RequestParam(required = false) String pad,
            @RequestParam(required = false) Boolean decommissioned, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        return assets.find(new Assets.Filter(kind, site, pad, decommissioned), new PageQuery(page, size))
                .map(this::view);
    }

    @GetMapping("/{id}")
    AssetView get(@PathVariable String id) {
        return view(assets.findById(id).orElseThrow(() -> new RecordNotFound("asset", id)));
    }

    @PostMapping
    @Operation(summary = "Record an asset", description = "In service until decommissioned.")
    ResponseEntity<AssetView> create(@Valid @RequestBody AssetBody body) {
        Asset asset = inventory.recordAsset(body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/assets/" + asset.id())).body(view(asset));
    }

    @PostMapping("/{id}/decommissioning")
    @Operation(summary = "Decommission an asset", description = "With the reason; the asset may then be put in a lot.")
    AssetView decommission(@PathVariable String id, @Valid @RequestBody DecommissioningBody body) {
        return view(inventory.decommission(id, body.on(), body.reason()));
    }

    private AssetView view(Asset asset) {
        return AssetView.of(asset, assets.lotOf(asset.id()).map(Object::toString).orElse(null));
    }
}
