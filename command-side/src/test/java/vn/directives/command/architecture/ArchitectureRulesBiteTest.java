package vn.directives.command.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each architecture rule reports a class that breaks it on purpose (the fixtures under
 * {@code vn.directives.archfixtures.command}): a rule that could not fail would prove nothing.
 */
class ArchitectureRulesBiteTest {

    private static final String FIXTURES = "vn.directives.archfixtures.command";

    @Test
    void spring_in_the_event_contract_is_reported() {
        assertReports(ArchitectureRules.contractHasNoSpring(FIXTURES + ".contract"), "contract",
                "SpringInTheContract");
    }

    @Test
    void an_aggregate_reading_the_clock_is_reported() {
        assertReports(ArchitectureRules.aggregatesDoNotReadTheClock(FIXTURES + ".clock"), "clock",
                "ClockReadingAggregate.overdue", "LocalDate.now()");
    }

    @Test
    void infrastructure_depending_on_a_feature_is_reported() {
        assertReports(ArchitectureRules.infrastructureDoesNotDependOnFeatures(FIXTURES + ".layers"), "layers",
                "FeatureAwareInfrastructure", "FeatureRule");
    }

    @Test
    void a_package_cycle_is_reported() {
        assertReports(ArchitectureRules.noCyclesBetweenPackages(FIXTURES + ".cycles"), "cycles",
                "Cycle detected", "first", "second");
    }

    @Test
    void a_public_controller_is_reported() {
        assertReports(ArchitectureRules.controllersArePackagePrivate(FIXTURES + ".controllers"), "controllers",
                "PublicController");
    }

    private static void assertReports(ArchRule rule, String fixture, String... named) {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + "." + fixture);
        assertThat(classes).as("fixture classes of " + fixture).isNotEmpty();
        String report = rule.evaluate(classes).getFailureReport().toString();
        assertThat(report).as(rule.getDescription()).contains(named);
    }
}
