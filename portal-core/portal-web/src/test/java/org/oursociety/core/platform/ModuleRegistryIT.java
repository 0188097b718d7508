package org.oursociety.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.internal.module.ModuleRegistry.RegisteredModule;
import org.oursociety.portal.api.internal.module.ModuleRegistry;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.module.ModuleDescriptor;
import org.oursociety.portal.api.testing.TestDatabase;

/** Module WARs registering in core.module_registration, and the list the header is built from. */
class ModuleRegistryIT {

    private static TestDatabase db;
    private static DataSource ds;

    private ModuleRegistry registry;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.create();
        ds = db.dataSource();
        SchemaMigrator.migrate(ds, "core", ModuleRegistryIT.class.getClassLoader());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void emptyRegistry() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("delete from core.module_registration");
        }
        registry = new ModuleRegistry(ds);
    }

    @Test
    void aRegisteredModuleIsActiveWithItsVersionAndStartTime() throws SQLException {
        ModuleDescriptor forum = new ModuleDescriptor("forum", "Forum", "/forum", "1.2.0", 10);

        registry.register(forum);

        List<RegisteredModule> active = registry.active();
        assertThat(active).hasSize(1);
        assertThat(active.get(0).module()).isEqualTo(forum);
        assertThat(active.get(0).getContextPath()).isEqualTo("/forum");
        assertThat(active.get(0).startedAt()).isCloseTo(Instant.now(), within(30, ChronoUnit.SECONDS));
    }

    @Test
    void registeringAgainUpdatesTheModuleInsteadOfAddingIt() throws Exception {
        registry.register(new ModuleDescriptor("forum", "Forum", "/forum", "1.2.0", 10));
        Instant firstStart = registry.active().get(0).startedAt();
        Thread.sleep(5);

        registry.register(new ModuleDescriptor("forum", "Discussions", "/talk", "1.3.0", 40));

        assertThat(registry.active()).singleElement().satisfies(m -> {
            assertThat(m.module()).isEqualTo(new ModuleDescriptor("forum", "Discussions", "/talk", "1.3.0", 40));
            assertThat(m.startedAt()).isAfter(firstStart);
        });
    }

    @Test
    void aWithdrawnModuleIsNotListedUntilItRegistersAgain() throws SQLException {
        registry.register(new ModuleDescriptor("forum", "Forum", "/forum", "1.0", 10));
        registry.register(new ModuleDescriptor("budget", "Budget", "/budget", "1.0", 20));

        registry.withdraw("forum");
        assertThat(registry.active()).extracting(RegisteredModule::getId).containsExactly("budget");

        registry.register(new ModuleDescriptor("forum", "Forum", "/forum", "1.1", 10));
        assertThat(registry.active()).extracting(RegisteredModule::getId).containsExactly("forum", "budget");
    }

    @Test
    void withdrawingAnUnknownModuleChangesNothing() throws SQLException {
        registry.register(new ModuleDescriptor("forum", "Forum", "/forum", "1.0", 10));

        registry.withdraw("no-such-module");

        assertThat(registry.active()).extracting(RegisteredModule::getId).containsExactly("forum");
    }

    @Test
    void modulesAreListedByNavOrderThenName() throws SQLException {
        registry.register(new ModuleDescriptor("directory", "Directory", "/directory", "1.0", 30));
        registry.register(new ModuleDescriptor("forum", "Forum", "/forum", "1.0", 10));
        registry.register(new ModuleDescriptor("budget", "Budget", "/budget", "1.0", 20));
        registry.register(new ModuleDescriptor("events", "Events", "/events", "1.0", 10));

        assertThat(registry.active()).extracting(RegisteredModule::getId)
                .containsExactly("events", "forum", "budget", "directory");
    }
}
