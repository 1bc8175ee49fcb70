package org.cosmodrome.auctions.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.cosmodrome.auctions.BidKind;
import org.cosmodrome.auctions.BidOutcome;
import org.cosmodrome.auctions.Bidding;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.platform.web.ProblemTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bidding in the console: a bidder registers and bids from the lot's page; the seller records deposits, payments and
 * refusals there; the seller's side and overseers read the results of the closed lots. Each form answers by going
 * back to the lot's page with what became of it.
 */
@Controller
class BiddingPages {

    private final Bidding bidding;
    private final ProblemTexts problems;
    private final MessageSource messages;

    BiddingPages(Bidding bidding, ProblemTexts problems, MessageSource messages) {
        this.bidding = bidding;
        this.problems = problems;
        this.messages = messages;
    }

    private static String back(String lotId) {
        return "redirect:/auctions/lots/" + lotId;
    }

    private String refused(RuntimeException e, Locale locale) {
        String code = e instanceof RuleViolation v ? v.code() : e instanceof InvalidField f ? f.code()
                : e instanceof org.cosmodrome.platform.AccessDenied d ? d.code() : "record-not-found";
        return problems.describe(code, e.getMessage(), locale);
    }

    /** Does a seller's or bidder's step on a lot, then goes back to the lot's page with the refusal, if any. */
    private String attempt(String lotId, Runnable step, RedirectAttributes flash, Locale locale) {
        try {
            step.run();
        } catch (RuleViolation | RecordNotFound | org.cosmodrome.platform.AccessDenied e) {
            flash.addFlashAttribute("bidProblem", refused(e, locale));
        }
        return back(lotId);
    }

    @PostMapping("/auctions/lots/{id}/registration")
    String register(@PathVariable String id, RedirectAttributes flash, Locale locale) {
        try {
            bidding.register(id);
            flash.addFlashAttribute("bidNotice", messages.getMessage("bidding.registered", null, locale));
        } catch (RuleViolation | RecordNotFound e) {
            flash.addFlashAttribute("bidProblem", refused(e, locale));
        }
        return back(id);
    }

    @PostMapping("/auctions/lots/{id}/bids")
    String bid(@PathVariable String id, @RequestParam(required = false) BidKind kind,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String maximum,
            RedirectAttributes flash, Locale locale) {
        try {
            BidKind k = kind == null ? BidKind.BID : kind;
            Long value = wholeUnits("amount", amount);
            if (k != BidKind.ACCEPT && value == null) {
                throw new InvalidField("amount", "bid-amount-required", "A bid needs an amount.");
            }
            BidOutcome outcome = bidding.bid(id, k, value, wholeUnits("maximum", maximum));
            if (outcome instanceof BidOutcome.Refused r) {
                String code = "bid-" + r.refusal().name().toLowerCase(Locale.ROOT).replace('_', '-');
                flash.addFlashAttribute("bidProblem", problems.describe(code, r.reason(), locale));
            } else {
                BidOutcome.Accepted a = (BidOutcome.Accepted) outcome;
                flash.addFlashAttribute("bidNotice", messages.getMessage(
                        a.leading() ? "bidding.accepted.leading" : "bidding.accepted.outbid", null, locale));
            }
        } catch (RuleViolation | InvalidField | RecordNotFound e) {
            flash.addFlashAttribute("bidProblem", refused(e, locale));
        }
        return back(id);
    }

    private static Long wholeUnits(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(" ", "").replace("\u00a0", ""));
            if (value.signum() <= 0) {
                throw new InvalidField(field, "bid-not-positive", "Amounts must be positive.");
            }
            return value.stripTrailingZeros().longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidField(field, "bid-not-whole-units",
                    "Amounts are whole units of the lot's currency, without fractions.");
        }
    }

    @PostMapping("/auctions/lots/{id}/registrations/{bidder}/deposit")
    String deposit(@PathVariable String id, @PathVariable String bidder, RedirectAttributes flash, Locale locale) {
        return attempt(id, () -> bidding.recordDeposit(id, bidder), flash, locale);
    }

    @PostMapping("/auctions/lots/{id}/offers/{round}/payment")
    String paid(@PathVariable String id, @PathVariable int round, RedirectAttributes flash, Locale locale) {
        return attempt(id, () -> bidding.recordPayment(id, round), flash, locale);
    }

    @PostMapping("/auctions/lots/{id}/offers/{round}/refusal")
    String refusedOffer(@PathVariable String id, @PathVariable int round, RedirectAttributes flash, Locale locale) {
        return attempt(id, () -> bidding.refuseOffer(id, round), flash, locale);
    }

    @GetMapping(value = "/auctions/results.csv", produces = "text/csv")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<String> resultsCsv() {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"lot-results.csv\"")
                .body(org.cosmodrome.auctions.LotResult.csv(bidding.results()));
    }

    @GetMapping("/auctions/results")
    String results(Model model) {
        model.addAttribute("nav", "auctions");
        model.addAttribute("results", bidding.results());
        return "auctions/results";
    }
}
