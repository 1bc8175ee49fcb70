package org.cosmodrome;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * House rules of the app's main code that the compiler cannot check (see the project's STYLE guide). Module
 * boundaries themselves are checked by {@link ModularityTests}.
 */
@AnalyzeClasses(packages = "org.cosmodrome", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Dependencies come in through constructors, so a class can be built (and tested) without a container. */
    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    /** JSON controllers live in a module's {@code rest} package, page controllers in its {@code web} package. */
    @ArchTest
    static final ArchRule controllersLiveInRestOrWebPackages = classes()
            .that().areMetaAnnotatedWith(Controller.class)
            .should().resideInAnyPackage("..rest..", "..web..");

    /** Names say what a class is in the spaceport's words, not that it manages or helps. */
    @ArchTest
    static final ArchRule noVagueClassNames = noClasses()
            .should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Helper")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Impl");

    /**
     * The domain code in a module's base package knows nothing of how it is served: the HTTP adapters depend on it,
     * never the other way round.
     */
    @ArchTest
    static final ArchRule domainDoesNotDependOnWebAdapters = noClasses()
            .that().resideInAPackage("org.cosmodrome.*")
            .should().dependOnClassesThat().resideInAnyPackage("org.cosmodrome..rest..", "org.cosmodrome..web..");
}
