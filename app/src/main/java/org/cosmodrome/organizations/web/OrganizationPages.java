package org.cosmodrome.organizations.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cosmodrome.organizations.Agreement;
import org.cosmodrome.organizations.Agreements;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for the parties of the spaceport and the agreements between them. */
@Controller
class OrganizationPages {

    private final Organizations organizations;
    private final Agreements agreements;
    private final CurrentActor currentActor;

    OrganizationPages(Organizations organizations, Agreements agreements, CurrentActor currentActor) {
        this.organizations = organizations;
        this.agreements = agreements;
        this.currentActor = currentActor;
    }

    @GetMapping("/organizations")
    String organizations(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("nav", "organizations");
        model.addAttribute("q", q);
        model.addAttribute("organizations", organizations.find(null, null, q, PageQuery.all()).items());
        return "organizations/organizations";
    }

    @GetMapping("/agreements")
    String agreements(Model model) {
        List<Agreement> all = agreements.find(Agreements.Filter.visibleTo(currentActor.get()), PageQuery.all()).items();
        Set<OrganizationId> parties = new HashSet<>();
        all.forEach(a -> parties.addAll(a.parties()));
        model.addAttribute("nav", "agreements");
        model.addAttribute("agreements", all);
        model.addAttribute("partyNames", organizations.displayNames(parties, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "organizations/agreements";
    }
}
