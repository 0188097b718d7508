package org.oursociety.forum.space.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.web.ForumPages;
import org.oursociety.forum.space.application.ForumGate;
import org.oursociety.forum.space.application.SpaceService;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.forum.space.domain.SpaceSettings;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code /forum/{area}/manage.xhtml} for area admins ({@code forum.manage}): who may read and post, the flag
 * threshold, and the categories (add, rename, describe, order, archive).
 */
@Named
@ViewScoped
public class ManageSpaceView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A category being edited on the page. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Category category;
        private String name;
        private String description;
        private int position;

        Row(Category category) {
            this.category = category;
            this.name = category.name();
            this.description = category.description();
            this.position = category.position();
        }

        public Category getCategory() {
            return category;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public int getPosition() {
            return position;
        }

        public void setPosition(int position) {
            this.position = position;
        }
    }

    @Inject
    SpaceService spaces;

    @Inject
    ForumGate gate;

    @Inject
    CurrentUser currentUser;

    private String area;
    private List<Row> rows = List.of();
    private String readPolicy;
    private String postPolicy;
    private int flagThreshold;
    private String newName;
    private String newDescription;

    public void load() {
        area = ForumPages.currentArea();
        try {
            if (area == null) {
                throw Refusal.notFound();
            }
            if (currentUser.user().isEmpty()) {
                throw Refusal.signInFirst();
            }
            if (!gate.mayManage(currentUser.user(), area)) {
                throw Refusal.notAllowed();
            }
            refresh();
        } catch (Refusal refused) {
            ForumPages.refuseView(refused);
        }
    }

    private void refresh() {
        SpaceSettings settings = spaces.settings(currentUser.user(), area);
        readPolicy = settings.readPolicy();
        postPolicy = settings.postPolicy();
        flagThreshold = settings.flagThreshold();
        rows = new ArrayList<>(spaces.categories(currentUser.user(), area).stream().map(Row::new).toList());
    }

    public void saveSettings() {
        try {
            spaces.changeSettings(currentUser.user(), area, readPolicy, postPolicy, flagThreshold);
            ForumPages.info(ForumText.of("forum.manage.saved").in(ForumPages.locale()));
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of());
        }
    }

    public void add() {
        try {
            spaces.create(currentUser.user(), area, newName, newDescription);
            newName = null;
            newDescription = null;
            refresh();
            ForumPages.info(ForumText.of("forum.manage.saved").in(ForumPages.locale()));
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of("name", "add:name", "description", "add:description"));
        }
    }

    public void save(Row row) {
        try {
            spaces.change(currentUser.user(), area, row.getCategory().id(), row.getName(), row.getDescription(),
                    row.getPosition(), null);
            refresh();
            ForumPages.info(ForumText.of("forum.manage.saved").in(ForumPages.locale()));
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of());
        }
    }

    public void archive(Row row) {
        try {
            spaces.change(currentUser.user(), area, row.getCategory().id(), null, null, null, true);
            refresh();
            ForumPages.info(ForumText.of("forum.manage.saved").in(ForumPages.locale()));
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of());
        }
    }

    public List<String> getReadPolicies() {
        return List.of(SpaceSettings.EVERYONE, SpaceSettings.MEMBERS);
    }

    public List<String> getPostPolicies() {
        return List.of(SpaceSettings.MEMBERS, SpaceSettings.RESIDENTS);
    }

    public String getArea() {
        return area;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getReadPolicy() {
        return readPolicy;
    }

    public void setReadPolicy(String readPolicy) {
        this.readPolicy = readPolicy;
    }

    public String getPostPolicy() {
        return postPolicy;
    }

    public void setPostPolicy(String postPolicy) {
        this.postPolicy = postPolicy;
    }

    public int getFlagThreshold() {
        return flagThreshold;
    }

    public void setFlagThreshold(int flagThreshold) {
        this.flagThreshold = flagThreshold;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }
}
