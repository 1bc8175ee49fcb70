package org.cosmodrome.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cosmodrome.platform.ReferenceDataLoader;
import org.cosmodrome.platform.Role;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo account per role, created on the first start of the embedded database so that a fresh installation can
 * be tried at once. Their passwords are random and printed once, at creation. Never created when an external
 * database is configured ({@code COSMODROME_DB_URL}) or {@code cosmodrome.identity.demo-accounts=false}.
 */
@Component
@Order(40)
class DemoAccounts implements ReferenceDataLoader {

    /** The demo users: who they are and what they may do. */
    record Demo(String username, String displayName, String organization, Role role) {
    }

    static final List<Demo> DEMOS = List.of(
            new Demo("operator", "Spaceport operator (TsENKI)", "tsenki", Role.SPACEPORT_OPERATOR),
            new Demo("lessee", "Lessee (Roscosmos)", "roscosmos", Role.LESSEE),
            new Demo("host", "Host authority (KazCosmos)", "kazcosmos", Role.HOST_AUTHORITY),
            new Demo("skyroot", "Launch provider (Skyroot Aerospace)", "skyroot-aerospace", Role.LAUNCH_PROVIDER),
            new Demo("hyimpulse", "Launch provider (HyImpulse)", "hyimpulse", Role.LAUNCH_PROVIDER),
            new Demo("auditor", "Auditor (Ministry of AI and Digital Development)",
                    "kz-ministry-ai-digital-development", Role.AUDITOR),
            new Demo("bidder", "Bidder (Deep Blue Aerospace)", "deep-blue-aerospace", Role.BIDDER));

    private final Accounts accounts;
    private final IdentitySettings settings;
    private final Environment environment;

    DemoAccounts(Accounts accounts, IdentitySettings settings, Environment environment) {
        this.accounts = accounts;
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void load() {
        String externalUrl = environment.getProperty("spring.datasource.url");
        if (!settings.demoAccounts() || (externalUrl != null && !externalUrl.isBlank())) {
            return;
        }
        List<String> created = new ArrayList<>();
        for (Demo demo : DEMOS) {
            if (accounts.findByUsername(demo.username()).isEmpty()) {
                String password = accounts.generatePassword();
                accounts.create(new Accounts.NewAccount(demo.username(), demo.displayName(), demo.organization(),
                        Set.of(demo.role()), password));
                created.add(String.format("    %-10s %-24s %-20s %s", demo.username(), password, demo.role(),
                        demo.organization()));
            }
        }
        if (!created.isEmpty()) {
            System.out.println();
            System.out.println("  Demo accounts (embedded database only; the passwords are shown this once):");
            System.out.println(String.format("    %-10s %-24s %-20s %s", "user", "password", "role", "organisation"));
            created.forEach(System.out::println);
            System.out.println("  Add your own with ./cosmodrome user add; turn these off with"
                    + " --cosmodrome.identity.demo-accounts=false");
            System.out.println();
        }
    }
}
