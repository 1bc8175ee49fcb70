package org.cosmodrome.auctions.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cosmodrome.auctions.BidderRegistration;
import org.cosmodrome.auctions.Bidding;
import org.cosmodrome.auctions.LotOffer;
import org.cosmodrome.auctions.LotStanding;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.web.JsonIsland;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a lot's page shows of its bidding: the standing, the bid history, the viewer's registration and bid form, the
 * seller's registrations and offers, and the texts of the live script. The model attributes are named {@code bid*}.
 */
@Component
class BiddingPanel {

    private final Bidding bidding;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final JsonMapper json;

    BiddingPanel(Bidding bidding, CurrentActor currentActor, MessageSource messages, JsonMapper json) {
        this.bidding = bidding;
        this.currentActor = currentActor;
        this.messages = messages;
        this.json = json;
    }

    void addTo(Model model, String lotId, Locale locale) {
        Actor viewer = currentActor.get();
        LotStanding standing = bidding.standing(lotId);
        Map<String, Integer> numbers = bidding.bidderNumbers(lotId);
        List<BidderRegistration> registrations = viewer.isAnonymous() ? List.of()
                : bidding.registrations(lotId, viewer);
        BidderRegistration own = registrations.stream().filter(r -> viewer.actsFor(r.bidder())).findFirst()
                .orElse(null);
        List<LotOffer> offers = viewer.isAnonymous() ? List.of() : bidding.offers(lotId, viewer);
        model.addAttribute("bidStanding", standing);
        String winner = standing.winner();
        model.addAttribute("bidWinner", winner == null ? null : viewer.readsEverything() || viewer.actsFor(winner)
                ? winner : messages.getMessage("auctions.history.bidderNumber",
                        new Object[] {numbers.getOrDefault(winner, 0)}, locale));
        model.addAttribute("bidRegistration", own);
        model.addAttribute("bidCanBid", viewer.has(Role.BIDDER) && "PUBLISHED".equals(standing.status()));
        model.addAttribute("bidSeller", viewer.has(Role.SPACEPORT_OPERATOR));
        model.addAttribute("bidRegistrations", viewer.readsEverything() ? registrations : List.of());
        model.addAttribute("bidOffers", offers);
        model.addAttribute("bidLiveTexts", JsonIsland.of(json, liveTexts(locale)));
    }

    private Map<String, Object> liveTexts(Locale locale) {
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String key : List.of("days", "hours", "minutes", "seconds", "closing", "ended")) {
            texts.put(key, messages.getMessage("bidding.live." + key, null, locale));
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String status : List.of("PUBLISHED", "CLOSED", "SOLD", "UNSOLD")) {
            statuses.put(status, messages.getMessage("bidding.status." + status, null, locale));
        }
        texts.put("status", statuses);
        texts.put("bidderNumber", messages.getMessage("auctions.history.bidderNumber", new Object[] {"{0}"}, locale));
        texts.put("automatic", messages.getMessage("auctions.history.automatic", null, locale));
        return texts;
    }

}
