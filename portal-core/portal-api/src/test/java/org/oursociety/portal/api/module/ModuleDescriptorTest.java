package org.oursociety.portal.api.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleDescriptorTest {

    @Test
    void aWellFormedModuleIsAccepted() {
        ModuleDescriptor forum = new ModuleDescriptor("forum", "Forum", "/forum", "1.0.0", 10);

        assertThat(forum.id()).isEqualTo("forum");
        assertThat(forum.contextPath()).isEqualTo("/forum");
        assertThat(new ModuleDescriptor("pb-2", "Budget", "/budget/v2", "1", 20).id()).isEqualTo("pb-2");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "f", "Forum", "2forum", "-forum", "for_um", "for um", "forum/x",
            "a1234567890123456789012345678901234567890"})
    void badIdsAreRefused(String id) {
        assertThatThrownBy(() -> new ModuleDescriptor(id, "Forum", "/forum", "1.0", 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("module id");
    }

    @Test
    void idsUpToFortyCharactersAreAccepted() {
        String forty = "a" + "b".repeat(39);
        assertThat(new ModuleDescriptor(forty, "Long", "/long", "1", 1).id()).hasSize(40);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "forum", "/forum/", "/", "http://x/forum"})
    void badContextPathsAreRefused(String contextPath) {
        assertThatThrownBy(() -> new ModuleDescriptor("forum", "Forum", contextPath, "1.0", 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("context path");
    }

    @Test
    void nameAndVersionAreRequired() {
        assertThatThrownBy(() -> new ModuleDescriptor("forum", null, "/forum", "1.0", 10))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new ModuleDescriptor("forum", "Forum", "/forum", null, 10))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("version");
    }
}
