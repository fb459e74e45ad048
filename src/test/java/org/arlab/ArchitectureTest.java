package org.arlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the layer arrows of DESIGN.md (core knows nothing of the screen; chart and cli know no JavaFX) and keeps the
 * standard streams and {@code System.exit} to the command-line entry points.
 */
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

    /** The command-line entry points: the only code that may write to the standard streams or end the process. */
    private static final DescribedPredicate<JavaClass> ENTRY_POINTS = DescribedPredicate.describe(
            "the entry point org.arlab.Launcher or the package org.arlab.cli",
            c -> c.getName().equals("org.arlab.Launcher") || c.getPackageName().equals("org.arlab.cli")
                    || c.getPackageName().startsWith("org.arlab.cli."));

    @Test
    void onlyTheEntryPointAndTheCommandsUseTheStandardStreams() {
        // the window says things on its status line, in a dialog or in the formula panel; what has no screen left
        // goes to the log
        noClasses().that(DescribedPredicate.not(ENTRY_POINTS))
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }

    @Test
    void onlyTheEntryPointEndsTheProcess() {
        noClasses().that(DescribedPredicate.not(DescribedPredicate.describe("org.arlab.Launcher or "
                + "org.arlab.cli.ArLabCommand", (JavaClass c) -> c.getName().equals("org.arlab.Launcher")
                        || c.getName().equals("org.arlab.cli.ArLabCommand"))))
                .should().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .check(classes);
    }

    @Test
    void theStreamRulesWouldSeeAnOffender() {
        // the rules above pass because nothing offends, not because they cannot see: the entry point does use both
        JavaClass launcher = classes.get(Launcher.class);
        org.assertj.core.api.Assertions.assertThat(launcher.getFieldAccessesFromSelf())
                .anySatisfy(a -> org.assertj.core.api.Assertions.assertThat(a.getTarget().getName()).isEqualTo("err"));
        org.assertj.core.api.Assertions.assertThat(launcher.getMethodCallsFromSelf())
                .anySatisfy(c -> org.assertj.core.api.Assertions.assertThat(c.getTarget().getName()).isEqualTo("exit"));
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
