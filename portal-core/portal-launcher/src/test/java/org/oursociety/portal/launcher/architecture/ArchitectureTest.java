package org.oursociety.portal.launcher.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oursociety.forum.archfixture.application.UsesBudget;
import org.oursociety.forum.archfixture.application.UsesCore;
import org.oursociety.forum.archfixture.application.UsesInternals;
import org.oursociety.forum.archfixture.domain.CleanTopic;
import org.oursociety.forum.archfixture.domain.ForumTopic;

/**
 * The rules every WAR is built by (docs/ARCHITECTURE.md, "Rules the modules copy"), checked on the
 * compiled classes of the whole reactor: portal-api, portal-web and the three modules. The launcher runs
 * it because it is built last, after every WAR it depends on.
 *
 * <ul>
 *   <li>Modules use portal-api's contracts, never its {@code internal} packages nor the core's code.</li>
 *   <li>Modules never import each other ({@code org.oursociety.forum|budget|directory}).</li>
 *   <li>Domain packages know nothing of pages or HTTP: no JSF, servlet or JAX-RS, no {@code web} or
 *       {@code rest} package.</li>
 * </ul>
 *
 * Each rule is also run on a small fixture (test classes in {@code org.oursociety.forum.archfixture}): it
 * must flag exactly the classes that break it and pass the clean one, so that a rule that matches nothing
 * (a renamed package) cannot pass silently.
 */
class ArchitectureTest {

    static final String[] MODULES = {"org.oursociety.forum..", "org.oursociety.budget..", "org.oursociety.directory.."};

    static final ArchRule MODULES_KEEP_OUT_OF_INTERNALS = noClasses().that().resideInAnyPackage(MODULES)
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.oursociety.portal.api.internal..", "org.oursociety.core..")
            .because("modules use portal-api's contracts, never the core's implementation");

    static final ArchRule FORUM_ALONE =
            alone("org.oursociety.forum..", "org.oursociety.budget..", "org.oursociety.directory..");
    static final ArchRule BUDGET_ALONE =
            alone("org.oursociety.budget..", "org.oursociety.forum..", "org.oursociety.directory..");
    static final ArchRule DIRECTORY_ALONE =
            alone("org.oursociety.directory..", "org.oursociety.forum..", "org.oursociety.budget..");

    static final ArchRule DOMAIN_KNOWS_NO_WEB = noClasses().that().resideInAPackage("org.oursociety..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.servlet..",
                    "jakarta.ws.rs..", "org.oursociety..web..", "org.oursociety..rest..")
            .because("domain classes hold the rules and are tested without a container");

    static final List<ArchRule> RULES = List.of(MODULES_KEEP_OUT_OF_INTERNALS, FORUM_ALONE, BUDGET_ALONE,
            DIRECTORY_ALONE, DOMAIN_KNOWS_NO_WEB);

    @Test
    void theReactorKeepsEveryRule() {
        JavaClasses classes = reactorClasses();
        assertThat(classes.contain("org.oursociety.portal.api.area.AreaAccess"))
                .as("portal-api's classes are imported (build the reactor first)").isTrue();
        assertThat(classes.contain("org.oursociety.core.area.domain.Area"))
                .as("portal-web's classes are imported").isTrue();
        RULES.forEach(rule -> rule.check(classes));
    }

    @Test
    void eachRuleCatchesWhatItForbidsAndNothingElse() {
        Map<ArchRule, Set<Class<?>>> offenders = Map.of(
                MODULES_KEEP_OUT_OF_INTERNALS, Set.of(UsesInternals.class, UsesCore.class),
                FORUM_ALONE, Set.of(UsesBudget.class),
                DOMAIN_KNOWS_NO_WEB, Set.of(ForumTopic.class));
        List<Class<?>> fixture = List.of(UsesInternals.class, UsesCore.class, UsesBudget.class, ForumTopic.class,
                CleanTopic.class);

        JavaClasses classes = new ClassFileImporter().importClasses(fixture);

        offenders.forEach((rule, expected) -> {
            List<String> violations = rule.evaluate(classes).getFailureReport().getDetails();
            fixture.forEach(type -> assertThat(violations.stream().anyMatch(v -> v.contains("<" + type.getName())))
                    .as("%s on %s", rule.getDescription(), type.getSimpleName())
                    .isEqualTo(expected.contains(type)));
        });
    }

    private static ArchRule alone(String module, String... others) {
        return noClasses().that().resideInAPackage(module).should().dependOnClassesThat().resideInAnyPackage(others)
                .because("modules share only portal-api; they talk over their REST APIs");
    }

    /** Every WAR's and jar's {@code target/classes} in this reactor. */
    static JavaClasses reactorClasses() {
        Path root = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../..").normalize();
        List<Path> compiled = Stream.of("portal-core/portal-api", "portal-core/portal-web", "module-forum",
                        "module-budget/budget-engine", "module-budget/budget-web", "module-directory")
                .map(module -> root.resolve(module).resolve("target/classes"))
                .filter(Files::isDirectory)
                .toList();
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(compiled);
    }
}
