package org.arlab.app.lab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds what makes a lab's presenter testable without a window (DESIGN.md, "A lab is a module"): it knows no JavaFX,
 * no JFreeChart and no view.
 */
class PresenterArchitectureTest {
    private static JavaClasses labs;

    @BeforeAll
    static void load() {
        labs = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.arlab.app.lab");
    }

    @Test
    void presentersKnowNoJavaFxNoChartsAndNoViews() {
        noClasses().that().haveSimpleNameEndingWith("Presenter").or().haveNameMatching(".*Presenter\\$.*")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "org.jfree..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .check(labs);
    }

    @Test
    void presentersAreFinalAndLiveInTheirLabsPackage() {
        classes().that().haveSimpleNameEndingWith("Presenter").should().beTopLevelClasses().andShould()
                .haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL).andShould()
                .resideInAPackage("org.arlab.app.lab.*").check(labs);
    }
}
