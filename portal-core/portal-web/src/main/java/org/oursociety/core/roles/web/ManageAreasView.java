package org.oursociety.core.roles.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.oursociety.core.area.application.AreaRefused;
import org.oursociety.core.area.application.ModuleSwitchService;
import org.oursociety.core.area.application.ModuleSwitchService.ModuleState;
import org.oursociety.core.roles.application.AreaRoleService;
import org.oursociety.core.roles.application.RoleHolder;
import org.oursociety.portal.api.area.AreaAccess;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.area.AreaRole;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * {@code /manage/areas.xhtml}: the areas a platform admin or area admin manages, who holds which
 * role in the chosen one (granting and revoking), and the module switches of every area they manage.
 * The page shows only what {@link AreaAccess} allows; the services check every action again.
 */
@Named
@ViewScoped
public class ManageAreasView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Modules say they are up every minute; two missed beats make them "not seen". */
    private static final Duration QUIET = Duration.ofMinutes(2);

    /** A row of the area list and of the switch grid: the area, indented by its depth. */
    public record ManagedArea(String slug, String name, int depth, boolean mayGrant, boolean maySwitch)
            implements Serializable {

        /** The name indented by depth, for the area list (a select has no other way to show the tree). */
        public String label() {
            return "\u2003".repeat(depth) + name;
        }
    }

    /** A cell of the switch grid: whether the module is on there, and whether by the area's own switch. */
    public record SwitchCell(String moduleId, String moduleName, boolean enabled, boolean own) implements Serializable {
    }

    /** A row of the switch grid. */
    public record SwitchRow(ManagedArea area, List<SwitchCell> cells) implements Serializable {
    }

    /**
     * A module in the chosen area: one row of the page's module table, with its state there and the one
     * control that changes it ({@code on}, {@code off}, or {@code inherit}: follow the area above).
     */
    public record ModuleRow(String id, String name, String running, boolean active, boolean enabled, boolean own,
                            boolean inheritedEnabled, String parentName) implements Serializable {

        /** What the control shows now. */
        public String current() {
            return own ? (enabled ? "on" : "off") : "inherit";
        }
    }

    /** The choices made in the module table, by module id, until "Save" applies those that changed. */
    private final java.util.Map<String, String> choices = new java.util.HashMap<>();
    private List<ModuleRow> moduleRows = List.of();

    @Inject
    CurrentUser currentUser;

    @Inject
    AreaAccess access;

    @Inject
    AreaDirectory directory;

    @Inject
    AreaRoleService roles;

    @Inject
    ModuleSwitchService switches;

    private String area;
    private String email;
    private String role = AreaRole.MODERATOR.id();
    private List<ManagedArea> areas = List.of();
    private List<RoleHolder> holders = List.of();
    private List<ModuleState> modules = List.of();

    /** View action: the signed-out go to sign in; the list and the chosen area are loaded. */
    public void load() throws IOException {
        if (user().isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().redirect("/login.xhtml");
            return;
        }
        reload();
    }

    public void choose() {
        reload();
    }

    public void grant() {
        Optional<String> userId = roles.userIdByEmail(email);
        if (userId.isEmpty()) {
            message("manage:email", FacesMessage.SEVERITY_ERROR, "roles.noSuchUser");
            return;
        }
        try {
            boolean changed = roles.grant(user().orElse(null), area, userId.get(), role);
            access.refreshNow();
            message(null, FacesMessage.SEVERITY_INFO, changed ? "roles.granted" : "roles.alreadyHeld", email.strip(),
                    roleName(role));
            email = null;
        } catch (AreaRefused refused) {
            refusal(refused);
        }
        reload();
    }

    public void revoke(RoleHolder holder) {
        try {
            roles.revoke(user().orElse(null), holder.area(), holder.userId(), holder.role());
            access.refreshNow();
            message(null, FacesMessage.SEVERITY_INFO, "roles.revoked", holder.email(), roleName(holder.role()));
        } catch (AreaRefused refused) {
            refusal(refused);
        }
        reload();
    }

    public void switchOn(String slug, String moduleId) {
        switchTo(slug, moduleId, Boolean.TRUE);
    }

    public void switchOff(String slug, String moduleId) {
        switchTo(slug, moduleId, Boolean.FALSE);
    }

    public void inherit(String slug, String moduleId) {
        switchTo(slug, moduleId, null);
    }

    /** "Save the switches": applies each module whose choice differs from its state, then says so once. */
    public void saveSwitches() {
        int changed = 0;
        try {
            for (ModuleRow row : moduleRows) {
                String wanted = choices.getOrDefault(row.id(), row.current());
                if (wanted.equals(row.current())) {
                    continue;
                }
                switch (wanted) {
                    case "on" -> switches.set(user().orElse(null), area, row.id(), true, true);
                    case "off" -> switches.set(user().orElse(null), area, row.id(), false, true);
                    case "inherit" -> switches.inherit(user().orElse(null), area, row.id());
                    default -> {
                        continue;
                    }
                }
                changed++;
            }
            directory.refreshNow();
            message(null, FacesMessage.SEVERITY_INFO, changed == 0 ? "modules.unchanged" : "modules.switched");
        } catch (AreaRefused refused) {
            refusal(refused);
        }
        reload();
    }

    /** The chosen area's modules, one row each, for the module table. */
    public List<ModuleRow> getModuleRows() {
        return moduleRows;
    }

    public java.util.Map<String, String> getChoices() {
        return choices;
    }

    /** Whether the caller may switch modules in the chosen area. */
    public boolean isMaySwitchHere() {
        return area != null && areas.stream().anyMatch(a -> a.slug().equals(area) && a.maySwitch());
    }

    /** Whether the caller decides residence claims or issues voting codes in the chosen area (the link to that page). */
    public boolean isMayDecideResidence() {
        PortalUser user = user().orElse(null);
        return area != null && (access.can(user, AreaAccess.DECIDE_RESIDENCE, area) || access.can(user, AreaAccess.ISSUE_CODES, area));
    }

    /** The chosen area's name. */
    public String getAreaName() {
        return areas.stream().filter(a -> a.slug().equals(area)).map(ManagedArea::name).findFirst().orElse("");
    }

    /** Whether the caller may revoke this holder's role here: not an inherited one, and within their power. */
    public boolean mayRevoke(RoleHolder holder) {
        return !holder.inherited() && AreaRole.byId(holder.role())
                .map(r -> access.can(user().orElse(null), AreaRoleService.permissionFor(r), holder.area())).orElse(false);
    }

    /** The grid of module switches: every area the caller may switch modules in, against every registered module. */
    public List<SwitchRow> getSwitchRows() {
        AreaMap map = directory.current();
        return areas.stream().filter(ManagedArea::maySwitch)
                .map(a -> new SwitchRow(a, map.bySlug(a.slug()).map(ref -> modules.stream()
                        .map(m -> new SwitchCell(m.id(), m.name(), map.isEnabled(m.id(), ref),
                                map.ownSwitch(m.id(), ref).isPresent())).toList()).orElse(List.of())))
                .toList();
    }

    /** "running", "stopped" or "not seen for N minutes", from the module's last heartbeat. */
    public String state(ModuleState module) {
        ResourceBundle msg = bundle();
        if (!module.active()) {
            return msg.getString("modules.stopped");
        }
        Duration quiet = Duration.between(module.lastSeenAt(), OffsetDateTime.now(Clock.systemUTC()));
        return quiet.compareTo(QUIET) < 0 ? msg.getString("modules.running")
                : MessageFormat.format(msg.getString("modules.notSeen"), quiet.toMinutes());
    }

    /** A bundle text with two arguments, for the buttons' accessible names. */
    public String format(String key, String first, String second) {
        return MessageFormat.format(bundle().getString(key), first, second);
    }

    public String roleName(String roleId) {
        return bundle().getString("role." + roleId);
    }

    private void switchTo(String slug, String moduleId, Boolean enabled) {
        try {
            if (enabled == null) {
                switches.inherit(user().orElse(null), slug, moduleId);
            } else {
                switches.set(user().orElse(null), slug, moduleId, enabled, true);
            }
            directory.refreshNow();
            message(null, FacesMessage.SEVERITY_INFO, "modules.switched");
        } catch (AreaRefused refused) {
            refusal(refused);
        }
        reload();
    }

    private void reload() {
        PortalUser user = user().orElse(null);
        AreaMap map = directory.current();
        List<ManagedArea> managed = map.inTreeOrder().stream()
                .map(a -> new ManagedArea(a.slug(), a.name(), map.depth(a), access.can(user, AreaAccess.GRANT_ROLES, a.slug()),
                        access.can(user, AreaAccess.SWITCH_MODULES, a.slug())))
                .filter(a -> a.mayGrant() || a.maySwitch()).toList();
        // indent from the caller's top area, not from the authority
        int top = managed.stream().mapToInt(ManagedArea::depth).min().orElse(0);
        areas = managed.stream().map(a -> new ManagedArea(a.slug(), a.name(), a.depth() - top, a.mayGrant(),
                a.maySwitch())).toList();
        if (areas.stream().noneMatch(a -> a.slug().equals(area))) {
            area = areas.isEmpty() ? null : areas.get(0).slug();
        }
        holders = List.of();
        if (area != null && areas.stream().anyMatch(a -> a.slug().equals(area) && a.mayGrant())) {
            try {
                holders = roles.holders(user, area);
            } catch (AreaRefused refused) {
                refusal(refused);
            }
        }
        modules = switches.registeredModules();
        moduleRows = List.of();
        choices.clear();
        if (isMaySwitchHere()) {
            map.bySlug(area).ifPresent(here -> {
                Optional<AreaMap.AreaRef> parent = Optional.ofNullable(here.parentId()).flatMap(map::byId);
                moduleRows = modules.stream().map(m -> new ModuleRow(m.id(), m.name(), state(m), m.active(),
                        map.isEnabled(m.id(), here), map.ownSwitch(m.id(), here).isPresent(),
                        parent.map(p -> map.isEnabled(m.id(), p)).orElse(false),
                        parent.map(AreaMap.AreaRef::name).orElse(null))).toList();
                moduleRows.forEach(r -> choices.put(r.id(), r.current()));
            });
        }
    }

    private void refusal(AreaRefused refused) {
        // The services' reasons are English sentences for API callers; the page says it in the bundle's words.
        String key = switch (refused.kind()) {
            case FORBIDDEN -> "manage.forbidden";
            case NOT_FOUND -> "manage.notFound";
            case CONFLICT -> "manage.conflict";
            case BAD_INPUT -> "manage.badInput";
        };
        message(null, FacesMessage.SEVERITY_ERROR, key);
    }

    private void message(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(severity, MessageFormat.format(bundle().getString(key), args), null));
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "rolesMsg");
    }

    private Optional<PortalUser> user() {
        return currentUser.user();
    }

    public List<ManagedArea> getAreas() {
        return areas;
    }

    public boolean isMayGrantHere() {
        return areas.stream().anyMatch(a -> a.slug().equals(area) && a.mayGrant());
    }

    public List<RoleHolder> getHolders() {
        return holders;
    }

    public List<ModuleState> getModules() {
        return modules;
    }

    public List<String> getRoleIds() {
        return List.of(AreaRole.MODERATOR.id(), AreaRole.AREA_ADMIN.id());
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
