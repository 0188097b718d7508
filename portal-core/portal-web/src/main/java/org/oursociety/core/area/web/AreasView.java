package org.oursociety.core.area.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.oursociety.core.area.application.AreaChange;
import org.oursociety.core.area.application.AreaRefused;
import org.oursociety.core.area.application.AreaService;
import org.oursociety.core.area.application.NewArea;
import org.oursociety.core.area.domain.Area;
import org.oursociety.core.area.domain.AreaTree;
import org.oursociety.core.area.domain.AreaType;
import org.oursociety.core.area.domain.Postcode;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code /admin/areas.xhtml}: the area tree, adding an area, and changing, moving or archiving one.
 * Every change goes through {@link AreaService}, which asks {@code AreaAccess} whether the caller may.
 */
@Named
@ViewScoped
public class AreasView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the tree table. */
    public record Row(String slug, String name, String type, int depth, String postcodes, boolean archived) {
    }

    @Inject
    AreaService areas;

    @Inject
    CurrentUser currentUser;

    private List<Row> rows = List.of();
    private final Form adding = new Form();
    private final Form editing = new Form();
    private String selected;
    private boolean confirmingArchive;

    /** The fields of the add and edit forms, as typed. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private String slug;
        private String name;
        private String type;
        private String parent;
        private String description;
        private String postcodes;

        public String getSlug() { return slug; }
        public void setSlug(String slug) { this.slug = slug; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getParent() { return parent; }
        public void setParent(String parent) { this.parent = parent; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getPostcodes() { return postcodes; }
        public void setPostcodes(String postcodes) { this.postcodes = postcodes; }

        List<String> postcodeList() {
            return postcodes == null || postcodes.isBlank() ? List.of()
                    : Arrays.stream(postcodes.split("[,;\\n]")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        }
    }

    @PostConstruct
    void load() {
        AreaTree tree = areas.tree();
        List<Row> loaded = new ArrayList<>();
        tree.roots().forEach(root -> addWithChildren(tree, root, 0, loaded));
        rows = loaded;
    }

    public void add() {
        if (act(() -> areas.create(actor(), new NewArea(adding.slug, adding.name, adding.type, blankToNull(adding.parent),
                adding.description, adding.postcodeList())), "areas.added")) {
            adding.slug = null;
            adding.name = null;
            adding.description = null;
            adding.postcodes = null;
        }
    }

    public void select(String slug) {
        confirmingArchive = false;
        areas.bySlug(slug).ifPresent(area -> {
            selected = slug;
            editing.name = area.name();
            editing.type = area.type().name();
            editing.parent = areas.tree().parentOf(area).map(Area::slug).orElse(null);
            editing.description = area.description();
            editing.postcodes = String.join(", ", area.postcodes().stream().map(Postcode::value).toList());
        });
    }

    public void save() {
        act(() -> areas.change(actor(), selected, new AreaChange(editing.name, editing.description, editing.type,
                blankToNull(editing.parent), editing.postcodeList())), "areas.saved");
    }

    /** "Archive this area" asks first: the page shows a warning with "Yes, archive it" and "No, keep it". */
    public void askToArchive() {
        confirmingArchive = true;
    }

    public void keep() {
        confirmingArchive = false;
    }

    public boolean isConfirmingArchive() {
        return confirmingArchive && selected != null;
    }

    public void archive() {
        confirmingArchive = false;
        if (act(() -> areas.archive(actor(), selected), "areas.archived")) {
            selected = null;
        }
    }

    private boolean act(Supplier<Area> change, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Area area = change.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    java.text.MessageFormat.format(bundle(faces).getString(doneKey), area.name()), null));
            load();
            return true;
        } catch (AreaRefused e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return false;
        }
    }

    private org.oursociety.portal.api.security.PortalUser actor() {
        return currentUser.user().orElseThrow();
    }

    private static ResourceBundle bundle(FacesContext faces) {
        return ResourceBundle.getBundle("org.oursociety.core.area.Areas", faces.getViewRoot().getLocale());
    }

    private static void addWithChildren(AreaTree tree, Area area, int depth, List<Row> into) {
        into.add(new Row(area.slug(), area.name(), area.type().name(), depth,
                String.join(", ", area.postcodes().stream().map(Postcode::value).toList()), area.isArchived()));
        tree.childrenOf(area).forEach(child -> addWithChildren(tree, child, depth + 1, into));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Row> getParents() {
        return rows.stream().filter(r -> !r.archived()).toList();
    }

    public List<String> getTypes() {
        return Arrays.stream(AreaType.values()).map(AreaType::name).toList();
    }

    public Form getAdding() {
        return adding;
    }

    public Form getEditing() {
        return editing;
    }

    public String getSelected() {
        return selected;
    }
}
