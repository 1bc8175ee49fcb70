package org.cosmodrome.auctions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.Pads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The equipment inventory and the lots made of it: records assets, decommissions them, drafts lots from
 * decommissioned assets no other lot holds, edits drafts, publishes them and withdraws published lots nobody has bid
 * on. Every record is checked whole before anything is stored, and every change is entered in the ledger in its
 * transaction.
 */
@Service
public class Inventory {

    static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    static final Set<String> LOT_CURRENCIES = Set.of("EUR", "KZT");
    static final Set<String> BOOK_CURRENCIES = Set.of("KZT", "EUR", "USD", "RUB");

    private final Assets assets;
    private final Lots lots;
    private final Pads pads;
    private final Organizations organizations;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;

    Inventory(Assets assets, Lots lots, Pads pads, Organizations organizations, Ledger ledger,
            CurrentActor currentActor, Clock clock) {
        this.assets = assets;
        this.lots = lots;
        this.pads = pads;
        this.organizations = organizations;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Records an asset, in service.
     *
     * @throws InvalidField when a field is missing or out of range, or names a pad that does not exist
     * @throws RuleViolation naming {@code id} when the id is taken
     */
    @Transactional
    public Asset recordAsset(NewAsset draft) {
        Asset asset = check(draft, null, now());
        if (assets.findById(asset.id()).isPresent()) {
            throw new RuleViolation("asset.id.taken", "id", "An asset with id '" + asset.id() + "' already exists");
        }
        assets.insert(asset);
        ledger.append("asset.recorded", "asset", asset.id(), List.of(), asset);
        return assets.findById(asset.id()).orElseThrow();
    }

    /**
     * Decommissions an asset, which makes it available for a lot.
     *
     * @param on the day of the decision, or {@code null} for today
     * @throws RecordNotFound when there is no such asset
     * @throws InvalidField naming {@code reason} when it is missing, or {@code on} when it is in the future
     * @throws RuleViolation when the asset is already decommissioned
     */
    @Transactional
    public Asset decommission(String id, LocalDate on, String reason) {
        Asset asset = assets.findById(id).orElseThrow(() -> new RecordNotFound("asset", id));
        Decommissioning decision = checkDecommissioning(on, reason);
        if (asset.decommissioned()) {
            throw new RuleViolation("asset.decommissioned.already", null,
                    "Asset '" + id + "' was decommissioned on " + asset.decommissioning().on());
        }
        assets.decommission(id, decision);
        ledger.append("asset.decommissioned", "asset", id, List.of(), decision);
        return assets.findById(id).orElseThrow();
    }

    /**
     * Drafts a lot of decommissioned assets that no other lot holds.
     *
     * @throws InvalidField naming the field when a term is missing or inconsistent, or an asset does not exist
     * @throws RuleViolation naming {@code id} when the id is taken, or {@code assets[i]} when that asset is in
     *         service or in another lot
     */
    @Transactional
    public Lot draft(LotId id, LotDraft draft) {
        Lot lot = check(id, draft, LotStatus.DRAFT, 0, now());
        if (lots.find(id).isPresent()) {
            throw new RuleViolation("lot.id.taken", "id", "A lot with id '" + id + "' already exists");
        }
        checkAssets(id, lot.assetIds());
        lots.insert(lot);
        Lot stored = lots.find(id).orElseThrow();
        ledger.append("lot.drafted", "lot", id.value(), List.of(), stored);
        return stored;
    }

    /**
     * Replaces the terms and assets of a draft.
     *
     * @param expectedVersion the version the caller last read, or {@code null} to overwrite whatever is stored
     * @throws RecordNotFound when there is no such lot
     * @throws RuleViolation when the lot is no longer a draft, changed since {@code expectedVersion}, or an asset is
     *         in service or in another lot
     */
    @Transactional
    public Lot revise(LotId id, LotDraft draft, Integer expectedVersion) {
        Lot current = lots.findForUpdate(id).orElseThrow(() -> new RecordNotFound("lot", id.value()));
        if (current.status() != LotStatus.DRAFT) {
            throw new RuleViolation("lot.not-draft", "status", "Lot '" + id + "' is " + current.status()
                    + "; only a draft can be edited");
        }
        int version = expectedVersion == null ? current.version() : expectedVersion;
        Lot lot = check(id, draft, LotStatus.DRAFT, version, current.recordedAt());
        checkAssets(id, lot.assetIds());
        if (!lots.update(lot, version)) {
            throw new RuleViolation("lot.version.stale", "version", "Lot '" + id
                    + "' was changed by someone else since version " + version + "; read it again and retry");
        }
        Lot revised = lots.find(id).orElseThrow();
        ledger.append("lot.revised", "lot", id.value(), List.of(), revised);
        return revised;
    }

    /**
     * Publishes a draft: it goes into the public catalogue and takes registrations.
     *
     * @throws RuleViolation when the lot is not a draft, or its opening is already past
     */
    @Transactional
    public Lot publish(LotId id) {
        Lot lot = lots.findForUpdate(id).orElseThrow(() -> new RecordNotFound("lot", id.value()));
        if (lot.status() != LotStatus.DRAFT) {
            throw new RuleViolation("lot.not-draft", "status", "Lot '" + id + "' is " + lot.status()
                    + "; only a draft can be published");
        }
        if (lot.opensAt().isBefore(now())) {
            throw new RuleViolation("lot.opening.past", "opensAt", "Lot '" + id + "' was to open at " + lot.opensAt()
                    + ", which is past; move the opening first");
        }
        lots.updateStatus(id, LotStatus.PUBLISHED);
        ledger.append("lot.published", "lot", id.value(), List.of(), Map.of("status", LotStatus.PUBLISHED.name()));
        return lots.find(id).orElseThrow();
    }

    /**
     * Withdraws a published lot nobody has bid on.
     *
     * @param reason why, or {@code null}
     * @throws RuleViolation when the lot is not published or has bids
     */
    @Transactional
    public Lot withdraw(LotId id, String reason) {
        Lot lot = lots.findForUpdate(id).orElseThrow(() -> new RecordNotFound("lot", id.value()));
        if (lot.status() != LotStatus.PUBLISHED) {
            throw new RuleViolation("lot.not-published", "status", "Lot '" + id + "' is " + lot.status()
                    + "; only a published lot can be withdrawn");
        }
        if (lots.bidCount(id) > 0) {
            throw new RuleViolation("lot.has-bids", null, "Lot '" + id + "' has bids and can no longer be withdrawn");
        }
        lots.updateStatus(id, LotStatus.WITHDRAWN);
        ledger.append("lot.withdrawn", "lot", id.value(), List.of(), Map.of("status", LotStatus.WITHDRAWN.name(),
                "reason", reason == null ? "" : reason));
        return lots.find(id).orElseThrow();
    }

    /** Whether {@code lot} may be shown to the current actor: drafts only to those who read everything. */
    public boolean visible(Lot lot) {
        return lot.status() != LotStatus.DRAFT || currentActor.get().readsEverything();
    }

    /** The lot if it exists and the current actor may see it. */
    public Optional<Lot> find(LotId id) {
        return lots.find(id).filter(this::visible);
    }

    /** The asset {@code draft} describes, recorded now by the current actor, if every field is acceptable. */
    Asset check(NewAsset draft, Decommissioning decommissioning, Instant now) {
        if (draft.id() == null || !draft.id().matches(ID_PATTERN)) {
            throw new InvalidField("id", "asset.id.malformed", "id must be 1-64 lowercase letters, digits and dashes");
        }
        if (draft.kind() == null) {
            throw new InvalidField("kind", "required", "kind is required");
        }
        if (draft.description() == null || draft.description().isBlank()) {
            throw new InvalidField("description", "required", "description is required");
        }
        if (draft.quantity() == null || draft.quantity().signum() <= 0) {
            throw new InvalidField("quantity", "asset.quantity.not-positive", "quantity must be more than 0");
        }
        if (draft.quantity().scale() > 3 || draft.quantity().precision() - draft.quantity().scale() > 11) {
            throw new InvalidField("quantity", "asset.quantity.out-of-range",
                    "quantity has at most 11 digits before and 3 after the point");
        }
        if (draft.unit() == null) {
            throw new InvalidField("unit", "required", "unit is required");
        }
        if (draft.condition() == null) {
            throw new InvalidField("condition", "required", "condition is required");
        }
        if (draft.location() == null || draft.location().isBlank()) {
            throw new InvalidField("location", "required", "location is required");
        }
        String site = draft.siteId();
        if (draft.padId() != null) {
            Optional<Pad> pad = padOf(draft.padId());
            if (pad.isEmpty()) {
                throw new InvalidField("padId", "asset.pad.unknown", "pad '" + draft.padId() + "' does not exist");
            }
            if (site != null && !site.equals(pad.get().site())) {
                throw new InvalidField("siteId", "asset.site.not-of-pad",
                        "pad " + pad.get().designation() + " is at site " + pad.get().site() + ", not " + site);
            }
            site = pad.get().site();
        }
        if (site != null && !site.matches("[0-9A-Za-z-]{1,20}")) {
            throw new InvalidField("siteId", "asset.site.malformed", "siteId is a site number such as 45");
        }
        if (draft.bookValue() != null && !BOOK_CURRENCIES.contains(draft.bookValue().currency())) {
            throw new InvalidField("bookValue.currency", "asset.book-currency.unknown",
                    "bookValue.currency must be KZT, EUR, USD or RUB");
        }
        return new Asset(draft.id(), draft.kind(), draft.description().strip(), draft.quantity(), draft.unit(),
                draft.condition(), site, draft.padId(), draft.location().strip(), draft.bookValue(), draft.photoUrl(),
                decommissioning, draft.source() == null ? currentActor.get().user() : draft.source(), now,
                currentActor.get().user());
    }

    Decommissioning checkDecommissioning(LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "required", "reason is required");
        }
        LocalDate today = LocalDate.ofInstant(now(), LotPrices.BAIKONUR);
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw new InvalidField("on", "asset.decommissioned.future", "on is in the future");
        }
        return new Decommissioning(day, reason.strip());
    }

    /** The lot {@code draft} describes, if every term is acceptable; its assets are checked separately. */
    Lot check(LotId id, LotDraft draft, LotStatus status, int version, Instant recordedAt) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new InvalidField("title", "required", "title is required");
        }
        String seller = draft.seller() == null ? currentActor.get().organization() : draft.seller();
        if (seller == null || organizationOf(seller).isEmpty()) {
            throw new InvalidField("seller", "lot.seller.unknown", "seller '" + seller + "' is not an organisation");
        }
        if (draft.format() == null) {
            throw new InvalidField("format", "required", "format is required");
        }
        if (draft.currency() == null || !LOT_CURRENCIES.contains(draft.currency())) {
            throw new InvalidField("currency", "lot.currency.unknown", "currency must be EUR or KZT");
        }
        if (draft.startingPrice() == null || draft.startingPrice() <= 0) {
            throw new InvalidField("startingPrice", "lot.price.not-positive", "startingPrice must be more than 0");
        }
        long start = draft.startingPrice();
        BigDecimal deposit = draft.depositPercent();
        if (deposit == null || deposit.signum() < 0 || deposit.compareTo(BigDecimal.valueOf(100)) > 0
                || deposit.scale() > 2) {
            throw new InvalidField("depositPercent", "lot.deposit.out-of-range",
                    "depositPercent must be between 0 and 100 with at most two decimals");
        }
        if (draft.paymentDays() == null || draft.paymentDays() < 1 || draft.paymentDays() > 90) {
            throw new InvalidField("paymentDays", "lot.payment-days.out-of-range", "paymentDays must be 1 to 90");
        }
        if (draft.viewingFrom() != null && draft.viewingTo() != null
                && draft.viewingTo().isBefore(draft.viewingFrom())) {
            throw new InvalidField("viewingTo", "lot.viewing.before-start", "viewingTo is before viewingFrom");
        }
        if ((draft.viewingFrom() == null) != (draft.viewingTo() == null)) {
            throw new InvalidField(draft.viewingFrom() == null ? "viewingFrom" : "viewingTo", "required",
                    "viewingFrom and viewingTo go together");
        }
        if (draft.opensAt() == null) {
            throw new InvalidField("opensAt", "required", "opensAt is required");
        }
        if (draft.assetIds().isEmpty()) {
            throw new InvalidField("assets", "required", "a lot sells at least one asset");
        }
        Instant opensAt = draft.opensAt().truncatedTo(ChronoUnit.MICROS);
        Instant closesAt = draft.closesAt() == null ? null : draft.closesAt().truncatedTo(ChronoUnit.MICROS);
        if (draft.format() == AuctionFormat.ENGLISH) {
            for (String dutchOnly : dutchFieldsGiven(draft)) {
                throw new InvalidField(dutchOnly, "lot.term.dutch-only", dutchOnly + " is a term of Dutch lots only");
            }
            if (draft.increments() == null) {
                throw new InvalidField("increments", "required", "an English lot needs increments");
            }
            if (closesAt == null) {
                throw new InvalidField("closesAt", "required", "an English lot needs closesAt");
            }
            if (!closesAt.isAfter(opensAt)) {
                throw new InvalidField("closesAt", "lot.close.not-after-opening", "closesAt must be after opensAt");
            }
            if (draft.reservePrice() != null && draft.reservePrice() < start) {
                throw new InvalidField("reservePrice", "lot.reserve.below-start",
                        "reservePrice must not be below startingPrice");
            }
            SoftClose softClose = draft.softClose() == null ? SoftClose.NONE : draft.softClose();
            try {
                new EnglishTerms(start, draft.reservePrice(), draft.increments(), opensAt, closesAt, softClose);
            } catch (IllegalArgumentException e) {
                throw new InvalidField("startingPrice", "lot.terms.invalid", e.getMessage());
            }
            return new Lot(id, draft.title().strip(), draft.description(), seller, draft.format(), draft.currency(),
                    start, draft.reservePrice(), draft.increments(), softClose, null, null, null, null, deposit,
                    draft.paymentDays(), draft.viewingFrom(), draft.viewingTo(), opensAt, closesAt, closesAt, status,
                    draft.assetIds(), draft.source(), version, recordedAt, currentActor.get().user());
        }
        if (draft.reservePrice() != null) {
            throw new InvalidField("reservePrice", "lot.term.english-only", "a Dutch lot has no reserve price");
        }
        if (draft.increments() != null) {
            throw new InvalidField("increments", "lot.term.english-only", "a Dutch lot has no increments");
        }
        if (draft.softClose() != null) {
            throw new InvalidField("softClose", "lot.term.english-only", "a Dutch lot has no soft close");
        }
        if (draft.dutchFloor() == null || draft.dutchFloor() <= 0) {
            throw new InvalidField("dutchFloor", "required", "a Dutch lot needs a positive dutchFloor");
        }
        if (draft.dutchFloor() > start) {
            throw new InvalidField("dutchFloor", "lot.floor.above-start", "dutchFloor must not be above startingPrice");
        }
        if (draft.dutchStep() == null || draft.dutchStep() <= 0) {
            throw new InvalidField("dutchStep", "required", "a Dutch lot needs a positive dutchStep");
        }
        if (draft.dutchStepSeconds() == null || draft.dutchStepSeconds() <= 0) {
            throw new InvalidField("dutchStepSeconds", "required", "a Dutch lot needs a positive dutchStepSeconds");
        }
        if (draft.sealedRoundSeconds() != null && draft.sealedRoundSeconds() <= 0) {
            throw new InvalidField("sealedRoundSeconds", "lot.sealed-round.not-positive",
                    "sealedRoundSeconds must be more than 0");
        }
        if (closesAt != null) {
            throw new InvalidField("closesAt", "lot.term.english-only",
                    "a Dutch lot closes when its price is accepted or reaches the floor");
        }
        try {
            new DutchTerms(start, draft.dutchFloor(), draft.dutchStep(),
                    java.time.Duration.ofSeconds(draft.dutchStepSeconds()), opensAt,
                    draft.sealedRoundSeconds() == null ? null
                            : java.time.Duration.ofSeconds(draft.sealedRoundSeconds()));
        } catch (IllegalArgumentException e) {
            throw new InvalidField("dutchStep", "lot.terms.invalid", e.getMessage());
        }
        return new Lot(id, draft.title().strip(), draft.description(), seller, draft.format(), draft.currency(), start,
                null, null, null, draft.dutchFloor(), draft.dutchStep(), draft.dutchStepSeconds(),
                draft.sealedRoundSeconds(), deposit, draft.paymentDays(), draft.viewingFrom(), draft.viewingTo(),
                opensAt, null, null, status, draft.assetIds(), draft.source(), version, recordedAt,
                currentActor.get().user());
    }

    /**
     * Checks that every asset exists, is decommissioned, is listed once and is in no lot but {@code lot}; locks them
     * until the transaction ends.
     */
    void checkAssets(LotId lot, List<String> ids) {
        assets.lock(ids);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String at = "assets[" + i + "]";
            String id = ids.get(i);
            if (!seen.add(id)) {
                throw new InvalidField(at, "lot.asset.duplicate", "asset '" + id + "' is listed twice");
            }
            Optional<Asset> asset = id == null ? Optional.empty() : assets.findById(id);
            if (asset.isEmpty()) {
                throw new InvalidField(at, "lot.asset.unknown", "there is no asset '" + id + "'");
            }
            if (!asset.get().decommissioned()) {
                throw new RuleViolation("lot.asset.in-service", at,
                        "asset '" + id + "' is in service; decommission it before selling it");
            }
            Optional<LotId> other = assets.lotOf(id);
            if (other.isPresent() && !other.get().equals(lot)) {
                throw new RuleViolation("lot.asset.in-another-lot", at,
                        "asset '" + id + "' is already in lot '" + other.get() + "'");
            }
        }
    }

    private static List<String> dutchFieldsGiven(LotDraft draft) {
        List<String> given = new java.util.ArrayList<>();
        if (draft.dutchFloor() != null) {
            given.add("dutchFloor");
        }
        if (draft.dutchStep() != null) {
            given.add("dutchStep");
        }
        if (draft.dutchStepSeconds() != null) {
            given.add("dutchStepSeconds");
        }
        if (draft.sealedRoundSeconds() != null) {
            given.add("sealedRoundSeconds");
        }
        return given;
    }

    private Optional<Pad> padOf(String id) {
        try {
            return pads.findById(PadId.of(id));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private Optional<?> organizationOf(String id) {
        try {
            return organizations.findById(OrganizationId.of(id));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
