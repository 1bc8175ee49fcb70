package org.cosmodrome.auctions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.Clock;
import java.util.List;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code auctions.json} of the data set: the equipment JV Baiterek put up for sale in 2025 with the decision to
 * decommission it, and its lots, catalogued as {@code HISTORICAL}. Each
 * record is loaded once and never over an edit made through the app; each is checked by the rules a change through
 * the app obeys (but a historical lot may open in the past).
 */
@Component
@Order(80)
class AuctionDataSet implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(AuctionDataSet.class);

    private final ReferenceData referenceData;
    private final Inventory inventory;
    private final Assets assets;
    private final Lots lots;
    private final Ledger ledger;
    private final Clock clock;

    AuctionDataSet(ReferenceData referenceData, Inventory inventory, Assets assets, Lots lots, Ledger ledger,
            Clock clock) {
        this.referenceData = referenceData;
        this.inventory = inventory;
        this.assets = assets;
        this.lots = lots;
        this.ledger = ledger;
        this.clock = clock;
    }

    record DataSet(List<AssetRecord> assets, List<LotRecord> lots) {
    }

    record AssetRecord(String id, AssetKind kind, String description, BigDecimal quantity, AssetUnit unit,
            AssetCondition condition, String siteId, String padId, String location, LocalDate decommissionedOn,
            String decommissionReason, List<String> sources) {
    }

    record TierRecord(long from, long increment) {
    }

    record LotRecord(String id, String title, String description, String seller, AuctionFormat format,
            String currency, long startingPrice, List<TierRecord> increments, BigDecimal depositPercent,
            int paymentDays, Instant opensAt, Instant closesAt, List<String> assets, List<String> sources,
            LotStatus status) {
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        DataSet data = referenceData.read("auctions.json", DataSet.class).get(0);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int loaded = 0;
        for (AssetRecord record : orNone(data.assets())) {
            if (referenceData.firstSighting("assets", record.id())) {
                if (assets.findById(record.id()).isPresent()) {
                    log.warn("Data set asset {} not loaded: that id was entered through the app", record.id());
                    continue;
                }
                Decommissioning decision = record.decommissionedOn() == null ? null
                        : inventory.checkDecommissioning(record.decommissionedOn(), record.decommissionReason());
                Asset asset = inventory.check(new NewAsset(record.id(), record.kind(), record.description(),
                        record.quantity(), record.unit(), record.condition(), record.siteId(), record.padId(),
                        record.location(), null, null, String.join(", ", orNone(record.sources()))), decision, now);
                assets.insert(asset);
                ledger.append("asset.loaded", "asset", asset.id(), List.of(), asset);
                loaded++;
            }
        }
        for (LotRecord record : orNone(data.lots())) {
            if (referenceData.firstSighting("lots", record.id())) {
                LotId id = LotId.of(record.id());
                if (lots.find(id).isPresent()) {
                    log.warn("Data set lot {} not loaded: that id was entered through the app", record.id());
                    continue;
                }
                IncrementTable increments = record.increments() == null ? null : new IncrementTable(
                        record.increments().stream().map(t -> new IncrementTable.Tier(t.from(), t.increment()))
                                .toList());
                Lot lot = inventory.check(id, new LotDraft(record.title(), record.description(), record.seller(),
                        record.format(), record.currency(), record.startingPrice(), null, increments, null, null, null,
                        null, null, record.depositPercent(), record.paymentDays(), null, null, record.opensAt(),
                        record.closesAt(), record.assets(), String.join(", ", orNone(record.sources()))),
                        record.status() == null ? LotStatus.HISTORICAL : record.status(), 0, now);
                inventory.checkAssets(id, lot.assetIds());
                lots.insert(lot);
                ledger.append("lot.loaded", "lot", id.value(), List.of(), lots.find(id).orElseThrow());
                loaded++;
            }
        }
        if (loaded > 0) {
            log.info("Loaded {} assets and lots from the data set", loaded);
        }
    }

    private static <T> List<T> orNone(List<T> list) {
        return list == null ? List.of() : list;
    }
}
