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

    @Test
    void aModuleDeclaresPermissionsInItsOwnNameOnly() {
        PermissionDeclaration moderate = new PermissionDeclaration("forum.moderate", Grantee.MODERATOR, Grantee.AREA_ADMIN);

        ModuleDescriptor forum = new ModuleDescriptor("forum", "Forum", "/forum", "1.0", 10, java.util.List.of(moderate));

        assertThat(forum.permissions()).containsExactly(moderate);
        assertThat(moderate.grantedTo()).containsExactlyInAnyOrder(Grantee.MODERATOR, Grantee.AREA_ADMIN);
        assertThat(new ModuleDescriptor("forum", "Forum", "/forum", "1.0", 10).permissions()).isEmpty();
        assertThatThrownBy(() -> new ModuleDescriptor("forum", "Forum", "/forum", "1.0", 10, java.util.List.of(
                new PermissionDeclaration("area.manage", Grantee.MODERATOR))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forum.<verb>");
        assertThatThrownBy(() -> new ModuleDescriptor("forum", "Forum", "/forum", "1.0", 10, java.util.List.of(
                new PermissionDeclaration("forumx.moderate", Grantee.MODERATOR))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModuleDescriptor("forum", "Forum", "/forum", "1.0", 10, java.util.List.of(
                moderate, new PermissionDeclaration("forum.moderate", Grantee.AREA_ADMIN))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "forum", "Forum.moderate", "forum.", ".moderate", "forum moderate", "forum.mod erate"})
    void badPermissionIdsAreRefused(String id) {
        assertThatThrownBy(() -> new PermissionDeclaration(id, Grantee.MODERATOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permission id");
    }

    @Test
    void aPermissionIsGivenToSomebody() {
        assertThatThrownBy(() -> new PermissionDeclaration("forum.moderate", java.util.Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
    }
}
