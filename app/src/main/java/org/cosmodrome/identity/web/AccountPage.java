package org.cosmodrome.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.cosmodrome.identity.Accounts;
import org.cosmodrome.identity.IssuedToken;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.web.ProblemTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's account: who they are, and their API tokens. A new token's secret is shown once, on the
 * page that follows its issue.
 */
@Controller
class AccountPage {

    private final Accounts accounts;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final ProblemTexts problems;

    AccountPage(Accounts accounts, CurrentActor currentActor, Clock clock, ProblemTexts problems) {
        this.problems = problems;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/account")
    String account(Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("nav", "account");
        model.addAttribute("account", accounts.findByUsername(actor.user()).orElseThrow());
        model.addAttribute("tokens", accounts.tokensOf(actor.user()));
        model.addAttribute("now", clock.instant());
        return "identity/account";
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam(required = false) String name, @RequestParam(required = false) Integer days,
            RedirectAttributes redirect, Model model, HttpServletResponse response, java.util.Locale locale) {
        try {
            IssuedToken token = accounts.issueToken(currentActor.get().user(), name,
                    days == null ? null : Duration.ofDays(days));
            redirect.addFlashAttribute("issued", token);
            return "redirect:/account";
        } catch (InvalidField refused) {
            response.setStatus(422);
            model.addAttribute("error", problems.describe(refused.code(), refused.getMessage(), locale));
            return account(model);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable String id, RedirectAttributes redirect) {
        try {
            accounts.revokeToken(UUID.fromString(id));
            redirect.addFlashAttribute("revoked", id);
        } catch (IllegalArgumentException | RecordNotFound unknown) {
            redirect.addFlashAttribute("revoked", null);
        }
        return "redirect:/account";
    }
}
