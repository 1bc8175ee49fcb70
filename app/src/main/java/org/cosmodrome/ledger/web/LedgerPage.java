package org.cosmodrome.ledger.web;

import java.time.Clock;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.ledger.LedgerVerification;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.EndpointPolicy;
import org.cosmodrome.platform.EndpointRules;
import org.cosmodrome.platform.PageQuery;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The ledger in the console: whether the chain holds, its head, and the latest entries the viewer may see. */
@Controller
class LedgerPage {

    private final Ledger ledger;
    private final LedgerVerification verification;
    private final CurrentActor currentActor;
    private final Clock clock;

    LedgerPage(Ledger ledger, LedgerVerification verification, CurrentActor currentActor, Clock clock) {
        this.ledger = ledger;
        this.verification = verification;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/ledger")
    String ledger(Model model) {
        model.addAttribute("nav", "ledger");
        model.addAttribute("report", verification.verify());
        model.addAttribute("entries", ledger.find(new Ledger.Filter(null, null, null, null, null),
                currentActor.get(), new PageQuery(0, 100)).items());
        model.addAttribute("head", ledger.headBefore(clock.instant().plusSeconds(1)).orElse(null));
        return "ledger/ledger";
    }

    @Component
    static class Endpoints implements EndpointPolicy {
        @Override
        public void declare(EndpointRules rules) {
            rules.get("/ledger").authenticated();
        }
    }
}
