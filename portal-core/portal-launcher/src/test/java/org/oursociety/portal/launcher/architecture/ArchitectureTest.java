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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oursociety.budget.archfixture.BudgetCount;
import org.oursociety.forum.archfixture.domain.ForumTopic;
import org.oursociety.forum.archfixture.web.ForumTopicView;
import org.oursociety.portal.api.internal.archfixture.InternalSecret;

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
 * Each rule is also shown to fail on a small set of offending classes, so that a rule that matches
 * nothing (a renamed package) cannot pass silently.
 */
class ArchitectureTest {

    static final String[] MODULES = {"org.oursociety.forum..", "org.oursociety.budget..", "org.oursociety.directory.."};

    /** Implementation classes of portal-api not yet under {@code internal} (their owners are changing them now). */
    static final String[] API_IMPLEMENTATION = {
            "org.oursociety.portal.api.rest.ProblemMappers", "org.oursociety.portal.api.rest.ProblemMappers$*",
            "org.oursociety.portal.api.rest.RequestBodyFilter", "org.oursociety.portal.api.web.SecurityHeadersFilter",
            "org.oursociety.portal.api.web.StaleFormFilter", "org.oursociety.portal.api.web.InputGuardFilter",
            "org.oursociety.portal.api.web.ErrorDispatchFilter", "org.oursociety.portal.api.web.ErrorStatus",
            "org.oursociety.portal.api.rest.JsonShape", "org.oursociety.portal.api.rest.JsonShape$*",
            "org.oursociety.portal.api.rest.StrictJsonReader"};

    static final ArchRule MODULES_KEEP_OUT_OF_INTERNALS = noClasses().that().resideInAnyPackage(MODULES)
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.oursociety.portal.api.internal..", "org.oursociety.core..")
            .orShould().dependOnClassesThat().haveNameMatching(namesMatching(API_IMPLEMENTATION))
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
    void eachRuleCatchesWhatItForbids() {
        JavaClasses offenders = new ClassFileImporter().importClasses(ForumTopic.class, ForumTopicView.class,
                BudgetCount.class, InternalSecret.class);

        assertThat(MODULES_KEEP_OUT_OF_INTERNALS.evaluate(offenders).hasViolation()).isTrue();
        assertThat(FORUM_ALONE.evaluate(offenders).hasViolation()).isTrue();
        assertThat(DOMAIN_KNOWS_NO_WEB.evaluate(offenders).hasViolation()).isTrue();
    }

    private static ArchRule alone(String module, String... others) {
        return noClasses().that().resideInAPackage(module).should().dependOnClassesThat().resideInAnyPackage(others)
                .because("modules share only portal-api; they talk over their REST APIs");
    }

    private static String namesMatching(String... names) {
        return String.join("|", Stream.of(names).map(n -> n.replace(".", "\\.").replace("$", "\\$").replace("*", ".*"))
                .toList());
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
