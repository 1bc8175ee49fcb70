package org.cosmodrome.auctions.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.cosmodrome.auctions.Asset;
import org.cosmodrome.auctions.AssetKind;
import org.cosmodrome.auctions.Assets;
import org.cosmodrome.auctions.AuctionFormat;
import org.cosmodrome.auctions.LotPrices;
import org.cosmodrome.auctions.Inventory;
import org.cosmodrome.auctions.Lot;
import org.cosmodrome.auctions.LotId;
import org.cosmodrome.auctions.LotStanding;
import org.cosmodrome.auctions.LotStatus;
import org.cosmodrome.auctions.Lots;
import org.cosmodrome.auctions.PriceConversion;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auction catalogue (lots with filters) and a lot's page: its terms, assets, price in the other currency, deposit,
 * time left and bid history. Public; drafts and reserve prices only for the operator, the host authority and auditors,
 * who also see the bidders' organisations where others see "Bidder N".
 */
@Controller
class AuctionPages {

    private final Lots lots;
    private final Assets assets;
    private final Inventory inventory;
    private final LotPrices prices;
    private final Organizations organizations;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final BiddingPanel biddingPanel;

    /** The statuses of lots that are bid on here, whose page shows the bidding. */
    private static final Set<LotStatus> BIDDING = java.util.EnumSet.of(LotStatus.PUBLISHED, LotStatus.CLOSED,
            LotStatus.SOLD, LotStatus.UNSOLD);

    AuctionPages(Lots lots, Assets assets, Inventory inventory, LotPrices prices, Organizations organizations,
            CurrentActor currentActor, Clock clock, BiddingPanel biddingPanel) {
        this.lots = lots;
        this.assets = assets;
        this.inventory = inventory;
        this.prices = prices;
        this.organizations = organizations;
        this.currentActor = currentActor;
        this.clock = clock;
        this.biddingPanel = biddingPanel;
    }

    /** One row of the catalogue. */
    record LotRow(Lot lot, Set<AssetKind> kinds, BigDecimal startingPrice, PriceConversion converted) {
    }

    /** One standing price in the bid history, with the bidder as the viewer may see it. */
    record HistoryRow(int number, String organization, int bidderNumber, BigDecimal amount, boolean automatic,
            java.time.Instant at) {
    }

    /** The time left until a lot closes, in whole days, hours and minutes. */
    record TimeLeft(long days, long hours, long minutes) {
    }

    @GetMapping("/auctions")
    String catalogue(@RequestParam(required = false) String status, @RequestParam(required = false) String format,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String currency,
            @RequestParam(required = false) String q, Model model) {
        LotStatus selectedStatus = parse(LotStatus.class, status);
        AuctionFormat selectedFormat = parse(AuctionFormat.class, format);
        AssetKind selectedKind = parse(AssetKind.class, kind);
        String selectedCurrency = "EUR".equals(currency) || "KZT".equals(currency) ? currency : null;
        String text = q == null || q.isBlank() ? null : q.strip();
        List<LotRow> rows = lots.catalogue(new Lots.Filter(selectedStatus, selectedFormat, selectedKind,
                        selectedCurrency, null, text), currentActor.get(), PageQuery.all()).items().stream()
                .map(this::row).toList();
        model.addAttribute("nav", "auctions");
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", LotStatus.values());
        model.addAttribute("formats", AuctionFormat.values());
        model.addAttribute("kinds", AssetKind.values());
        model.addAttribute("currencies", List.of("EUR", "KZT"));
        model.addAttribute("selectedStatus", selectedStatus);
        model.addAttribute("selectedFormat", selectedFormat);
        model.addAttribute("selectedKind", selectedKind);
        model.addAttribute("selectedCurrency", selectedCurrency);
        model.addAttribute("q", text);
        return "auctions/catalogue";
    }

    @GetMapping("/auctions/lots/{id}")
    String lot(@PathVariable String id, Model model, HttpServletResponse response, Locale locale) {
        Optional<Lot> found;
        try {
            found = inventory.find(LotId.of(id));
        } catch (IllegalArgumentException malformed) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("nav", "auctions");
            model.addAttribute("missingKey", "auctions.lot.notFound");
            model.addAttribute("missingId", id);
            model.addAttribute("backHref", "/auctions");
            model.addAttribute("backKey", "auctions.title");
            return "fragments/not-found";
        }
        Lot lot = found.get();
        if (BIDDING.contains(lot.status())) {
            // The panel closes the lot first if its bidding has ended, so the page shows it as it now stands.
            biddingPanel.addTo(model, id, locale);
            lot = inventory.find(lot.id()).orElseThrow();
        }
        boolean privileged = currentActor.get().readsEverything();
        List<Lots.PriceStep> steps = lots.priceSteps(lot.id());
        Map<String, String> names = privileged ? names(steps, lot.seller(), locale)
                : names(List.of(), lot.seller(), locale);
        List<HistoryRow> history = steps.stream().map(s -> new HistoryRow(s.number(),
                privileged ? names.getOrDefault(s.bidder(), s.bidder()) : null, s.bidderNumber(),
                BigDecimal.valueOf(s.amount()), s.automatic(), s.at())).toList();
        long current = steps.isEmpty() ? lot.startingPrice() : steps.get(steps.size() - 1).amount();
        if (lot.format() == AuctionFormat.DUTCH && model.getAttribute("bidStanding") instanceof LotStanding s) {
            current = s.winningPrice() != null ? s.winningPrice() : s.price();
        }
        model.addAttribute("nav", "auctions");
        model.addAttribute("lot", lot);
        model.addAttribute("sellerName", names.getOrDefault(lot.seller(), lot.seller()));
        model.addAttribute("assets", assets.findAll(lot.assetIds()));
        model.addAttribute("startingPrice", BigDecimal.valueOf(lot.startingPrice()));
        model.addAttribute("currentPrice", BigDecimal.valueOf(current));
        model.addAttribute("deposit", BigDecimal.valueOf(lot.deposit()));
        model.addAttribute("reserve", privileged && lot.reservePrice() != null
                ? BigDecimal.valueOf(lot.reservePrice()) : null);
        model.addAttribute("converted", prices.convert(lot).orElse(null));
        model.addAttribute("timeLeft", timeLeft(lot));
        model.addAttribute("history", history);
        model.addAttribute("privileged", privileged);
        return "auctions/lot";
    }

    private LotRow row(Lot lot) {
        Set<AssetKind> kinds = new LinkedHashSet<>();
        assets.findAll(lot.assetIds()).stream().map(Asset::kind).forEach(kinds::add);
        return new LotRow(lot, kinds, BigDecimal.valueOf(lot.startingPrice()), prices.convert(lot).orElse(null));
    }

    private TimeLeft timeLeft(Lot lot) {
        if (lot.status() != LotStatus.PUBLISHED || lot.closesAt() == null) {
            return null;
        }
        Duration left = Duration.between(clock.instant(), lot.closesAt());
        if (left.isNegative()) {
            left = Duration.ZERO;
        }
        return new TimeLeft(left.toDays(), left.toHoursPart(), left.toMinutesPart());
    }

    private Map<String, String> names(List<Lots.PriceStep> steps, String seller, Locale locale) {
        Set<OrganizationId> ids = new HashSet<>();
        try {
            ids.add(OrganizationId.of(seller));
            steps.forEach(s -> ids.add(OrganizationId.of(s.bidder())));
        } catch (IllegalArgumentException malformed) {
            // a bidder id that is not an organisation id is shown as it is
        }
        Map<String, String> names = new java.util.HashMap<>();
        organizations.displayNames(ids, locale).forEach((id, name) -> names.put(id.value(), name));
        return names;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
