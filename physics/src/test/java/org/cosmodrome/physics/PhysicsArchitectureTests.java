package org.cosmodrome.physics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Physics is a library the app uses, not a part of it: nothing in it may reach for Spring. */
@AnalyzeClasses(packages = "org.cosmodrome.physics", importOptions = ImportOption.DoNotIncludeTests.class)
class PhysicsArchitectureTests {

    @ArchTest
    static final ArchRule noSpring = noClasses()
            .that().resideInAPackage("org.cosmodrome.physics..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");
}
