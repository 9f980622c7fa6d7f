package vn.directives.query.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules the query side follows, each a function of the root package it is
 * checked under: {@code vn.directives.query} for the real code, a package of fixtures that break
 * the rule on purpose to show the rule bites. Every rule fails when its subject matches no class
 * (ArchUnit's default), so a package name that matches nothing cannot pass silently.
 */
final class ArchitectureRules {

    /** Packages under the root that are not features: shared by all features, depending on none. */
    private static final Set<String> NOT_FEATURES = Set.of("infrastructure", "common", "security");

    private ArchitectureRules() {
    }

    /** Infrastructure serves every feature, so it may know none of them. */
    static ArchRule infrastructureDoesNotDependOnFeatures(String root) {
        return noClasses().that().resideInAPackage(root + ".infrastructure..")
                .should().dependOnClassesThat(areInAFeatureUnder(root))
                .as("infrastructure under " + root + " does not depend on feature packages");
    }

    /**
     * No two packages under the root depend on each other, directly or around a loop. Sign-in
     * ({@code security}) counts as part of the infrastructure here: the two are one layer that the
     * features stand on (and sign-in is on its way into the platform module).
     */
    static ArchRule noCyclesBetweenPackages(String root) {
        return slices().assignedFrom(firstPackageUnder(root)).should().beFreeOfCycles()
                .as("the packages under " + root + " are free of cycles");
    }

    /** Controllers are entry points for HTTP, never for other code. */
    static ArchRule controllersArePackagePrivate(String root) {
        return classes().that().resideInAPackage(root + "..").and(areControllers())
                .should().notHaveModifier(PUBLIC)
                .as("controllers under " + root + " are package-private");
    }

    private static SliceAssignment firstPackageUnder(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String name = type.getPackageName();
                if (!name.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                String first = name.substring(root.length() + 1).split("\\.")[0];
                return SliceIdentifier.of(first.equals("security") ? "infrastructure" : first);
            }

            @Override
            public String getDescription() {
                return "the first package under " + root;
            }
        };
    }

    private static DescribedPredicate<JavaClass> areControllers() {
        return DescribedPredicate.describe("controllers",
                type -> type.isAnnotatedWith(RestController.class) || type.isAnnotatedWith(Controller.class));
    }

    private static DescribedPredicate<JavaClass> areInAFeatureUnder(String root) {
        return DescribedPredicate.describe("are in a feature package under " + root, type -> {
            String name = type.getPackageName();
            if (!name.startsWith(root + ".")) {
                return false;
            }
            String first = name.substring(root.length() + 1).split("\\.")[0];
            return !NOT_FEATURES.contains(first);
        });
    }
}
