package org.arlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the layer arrows of DESIGN.md: core knows nothing of the screen; chart and cli know no JavaFX. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.arlab");
    }

    @Test
    void coreImportsNoJavaFxAwtOrApp() {
        ArchRule rule = noClasses().that().resideInAPackage("org.arlab.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "org.arlab.app..",
                        "org.arlab.chart..", "org.arlab.cli..", "org.jfree..");
        rule.check(classes);
    }

    @Test
    void chartImportsNoJavaFx() {
        noClasses().that().resideInAPackage("org.arlab.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.arlab.app..", "org.arlab.cli..")
                .check(classes);
    }

    @Test
    void cliImportsNoJavaFx() {
        noClasses().that().resideInAPackage("org.arlab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.arlab.app..")
                .check(classes);
    }

    @Test
    void labPackagesAreIndependentOfEachOther() {
        // A lab reads another lab's state only through the current-series port (app.lab.SeriesPort), never through
        // its package: so a lab can be added, or removed, as one package and one line in app.lab.Labs.
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("org.arlab.app.lab.(*)..").should().notDependOnEachOther().check(classes);
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.arlab.app.lab.fit")).isTrue();
    }

    @Test
    void onlyTheLabListNamesTheLabs() {
        // The window, sessions and export walk app.lab.Labs; the lab packages do not reach back into it.
        noClasses().that().resideInAPackage("org.arlab.app.lab.*..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.arlab.app.lab.Labs").check(classes);
    }

    @Test
    void rulesSeeTheCode() {
        // Guards against a rule that passes because it imported nothing.
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.arlab.core.ar")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.arlab.app")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.arlab.chart")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.arlab.cli")).isTrue();
    }
}
