package vn.directives.query.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The query side follows the architecture rules ({@link ArchitectureRules}). */
class ArchitectureTest {

    private static final String ROOT = "vn.directives.query";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void infrastructure_does_not_depend_on_feature_packages() {
        ArchitectureRules.infrastructureDoesNotDependOnFeatures(ROOT).check(production);
    }

    @Test
    void packages_are_free_of_cycles() {
        ArchitectureRules.noCyclesBetweenPackages(ROOT).check(production);
    }

    @Test
    void controllers_are_package_private() {
        ArchitectureRules.controllersArePackagePrivate(ROOT).check(production);
    }
}
