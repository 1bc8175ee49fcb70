package org.cosmodrome;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of the monolith: no cycles between capability modules, and no module reaching into another
 * module's sub-packages (only a module's base package is its API; {@code platform} is open to all).
 */
class ModularityTests {

    // physics and planning are libraries in their own Maven modules that share the org.cosmodrome prefix; as
    // application modules their sub-packages (geodesy, trajectory, ...) would count as internals nobody may use.
    private static final ApplicationModules MODULES = ApplicationModules.of(CosmodromeApplication.class,
            resideInAnyPackage("org.cosmodrome.physics..", "org.cosmodrome.planning.."));

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    /**
     * Range safety sits below the manifest, which will ask it for a launch's corridor and zones: it may use the
     * platform, the ledger, sites and vehicles, and never the manifest. Its package-info declares the same, so
     * {@link #modulesHaveNoCyclesAndUseOnlyEachOthersApi()} refuses anything else; this names the rule.
     */
    @Test
    void rangeSafetyUsesOnlyThePlatformLedgerSitesAndVehicles() {
        ApplicationModule rangeSafety = MODULES.getModuleByName("rangesafety").orElseThrow();

        assertThat(rangeSafety.getDirectDependencies(MODULES).uniqueModules()
                .map(module -> module.getIdentifier().toString()))
                .isSubsetOf("platform", "ledger", "sites", "vehicles").doesNotContain("manifest");
    }

    /** Writes the module canvases and C4 diagrams to {@code target/spring-modulith-docs} for reading, not checking. */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
