package com.koto;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The console is a thin layer on the modules' services (STYLE.md, the walking skeleton's "the view never touches a
 * repository"): it calls the public API of a module (public types of its top-level package), never its entities,
 * repositories, SQL or transactions; and no module depends on the console.
 */
@AnalyzeClasses(packages = "com.koto", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleLayeringTest {

    private static final String CONSOLE = "com.koto.console..";

    /** A public type directly in a module's package ({@code com.koto.content.LessonLibrary}), i.e. its API. */
    private static final com.tngtech.archunit.base.DescribedPredicate<JavaClass> MODULE_API =
            describe("a public type of a module's top-level package", c -> resideInAPackage("com.koto.*").test(c)
                    && c.getModifiers().contains(JavaModifier.PUBLIC)
                    && (c.getEnclosingClass().isEmpty() || c.getEnclosingClass().get().getModifiers().contains(JavaModifier.PUBLIC)));

    @ArchTest
    static final ArchRule theConsoleCallsOnlyTheModulesPublicApi = classes().that().resideInAPackage(CONSOLE)
            .should().onlyDependOnClassesThat(resideInAPackage(CONSOLE).or(resideOutsideOfPackage("com.koto..")).or(MODULE_API))
            .because("views bind fields and call services; everything else of a module is its own business");

    @ArchTest
    static final ArchRule theConsoleNeverTouchesPersistence = noClasses().that().resideInAPackage(CONSOLE)
            .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
            .orShould().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.jdbc..",
                    "org.springframework.data.jpa..", "java.sql..", "javax.sql..", "org.springframework.transaction..")
            .because("entities, repositories, SQL and transactions belong to the modules' services");

    @ArchTest
    static final ArchRule noModuleDependsOnTheConsole = noClasses().that().resideOutsideOfPackage(CONSOLE)
            .should().dependOnClassesThat().resideInAPackage(CONSOLE)
            .because("the console is the outermost layer: modules and the API work without it");
}
