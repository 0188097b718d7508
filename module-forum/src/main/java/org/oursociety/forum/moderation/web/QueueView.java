package org.oursociety.forum.moderation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oursociety.forum.moderation.application.ModerationService;
import org.oursociety.forum.platform.ForumNames;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.platform.web.ForumPages;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * {@code /forum/{area}/queue.xhtml}: flagged and hidden posts for the area's moderators, each with agree (keep
 * hidden, optionally delete and silence the author), disagree (restore) and ignore, and a reason for the log.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An entry as the page shows it. */
    public record Row(UUID postId, UUID topicId, String title, String author, String bodyHtml, boolean hidden,
                      long flags, List<String> reasons) implements Serializable {
    }

    @Inject
    ModerationService moderation;

    @Inject
    ForumNames names;

    @Inject
    CurrentUser currentUser;

    private String area;
    private List<Row> rows = List.of();
    private final Map<UUID, String> reason = new HashMap<>();
    private final Map<UUID, String> silenceDays = new HashMap<>();
    private final Map<UUID, Boolean> deletePost = new HashMap<>();

    public void load() {
        area = ForumPages.currentArea();
        try {
            if (area == null) {
                throw Refusal.notFound();
            }
            refresh();
        } catch (Refusal refused) {
            ForumPages.refuseView(refused);
        }
    }

    private void refresh() {
        List<ModerationService.QueueEntry> entries = moderation.queue(currentUser.user(), area);
        Map<UUID, String> authors = names.of(entries.stream().map(e -> e.post().authorId()).distinct().toList(),
                ForumPages.locale());
        rows = entries.stream().map(e -> new Row(e.post().id(), e.topic().id(), e.topic().title(),
                authors.get(e.post().authorId()), e.post().bodyHtml(), e.post().hidden(), e.openFlags(), e.reasons()))
                .toList();
    }

    public void decide(Row row, String decision) {
        try {
            String days = silenceDays.get(row.postId());
            Integer silence = null;
            if (days != null && !days.isBlank()) {
                try {
                    silence = Integer.valueOf(days.strip());
                } catch (NumberFormatException e) {
                    throw Refusal.invalid("days", ForumText.of("forum.silence.days", 1, 365));
                }
            }
            moderation.review(currentUser.user(), row.postId(), decision, reason.get(row.postId()),
                    Boolean.TRUE.equals(deletePost.get(row.postId())), silence);
            ForumPages.info(ForumText.of("forum.queue.decided").in(ForumPages.locale()));
            refresh();
        } catch (Refusal refused) {
            ForumPages.show(refused, Map.of());
        }
    }

    public String getArea() {
        return area;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Map<UUID, String> getReason() {
        return reason;
    }

    public Map<UUID, String> getSilenceDays() {
        return silenceDays;
    }

    public Map<UUID, Boolean> getDeletePost() {
        return deletePost;
    }
}
