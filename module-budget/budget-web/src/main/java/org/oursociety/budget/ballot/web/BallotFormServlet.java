package org.oursociety.budget.ballot.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oursociety.budget.ballot.application.BallotRequest;
import org.oursociety.budget.ballot.application.BallotService;
import org.oursociety.budget.ballot.domain.BallotChoice;
import org.oursociety.budget.round.application.RoundService;
import org.oursociety.budget.round.domain.BallotKind;
import org.oursociety.budget.round.domain.Round;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;
import org.oursociety.portal.api.security.PortalUser;

/**
 * The ballot pages' form posts, {@code POST /budget/{area}/ballot-form}: plain HTML forms, so a ballot
 * works without JavaScript. Step {@code check} reads the choices and sends the voter to the review
 * page (or back to the ballot, where the problem is shown); step {@code confirm} casts the ballot and
 * sends them to the confirmation. Every answer is a 303, so a reload never posts twice. The form
 * carries the session's CSRF token, as API calls with the cookie do.
 */
@WebServlet("/ballot-form")
public class BallotFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient RoundService rounds;

    @Inject
    transient BallotService ballots;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        PortalUser user = currentUser.user().orElse(null);
        String area = (String) request.getAttribute(AreaContext.ATTRIBUTE);
        long roundId;
        try {
            roundId = Long.parseLong(request.getParameter("round"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = request.getContextPath() + "/" + (area == null ? "" : area + "/");
        if (user == null) {
            response.sendRedirect("/login.xhtml?next=" + enc(base + "vote.xhtml?id=" + roundId));
            return;
        }
        if (!user.csrfToken().equals(request.getParameter("csrf"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "The form has expired; open the ballot again.");
            return;
        }
        Round round;
        try {
            round = rounds.visible(user, roundId);
        } catch (Refusal refusal) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (area == null) {
            base = request.getContextPath() + "/" + round.areaSlug() + "/";
        }
        String vote = base + "vote.xhtml?id=" + roundId;
        if ("confirm".equals(request.getParameter("step"))) {
            String code = request.getParameter("c");
            try {
                ballots.cast(user, roundId, ChoiceCode.decode(code, round.ballot().kind()));
                Drafts.clear(request, roundId);
                redirect(response, base + "voted.xhtml?id=" + roundId);
            } catch (Refusal refusal) {
                Drafts.keep(request, roundId, code == null ? "" : code);
                redirect(response, vote + "&check=1");
            }
            return;
        }
        BallotRequest sent = read(request, round.ballot().kind());
        try {
            BallotChoice choice = ballots.checked(round, sent);
            Drafts.keep(request, roundId, ChoiceCode.encode(choice));
            redirect(response, vote + "&step=check");
        } catch (Refusal refusal) {
            Drafts.keep(request, roundId, lenientCode(sent));
            redirect(response, vote + "&check=1");
        }
    }

    /** The form's fields as a ballot: {@code project} boxes, {@code points-ID} numbers, {@code rank-ID} places. */
    static BallotRequest read(HttpServletRequest request, BallotKind kind) {
        switch (kind) {
            case CUMULATIVE -> {
                Map<String, Integer> points = new LinkedHashMap<>();
                request.getParameterMap().forEach((name, values) -> {
                    if (name.startsWith("points-") && values.length > 0 && !values[0].isBlank()) {
                        try {
                            points.put(name.substring(7), Integer.parseInt(values[0].strip()));
                        } catch (NumberFormatException e) {
                            points.put(name.substring(7), -1);
                        }
                    }
                });
                return new BallotRequest(null, points, null);
            }
            case RANKED -> {
                TreeMap<Integer, List<Long>> byRank = new TreeMap<>();
                request.getParameterMap().forEach((name, values) -> {
                    if (name.startsWith("rank-") && values.length > 0 && !values[0].isBlank()) {
                        try {
                            byRank.computeIfAbsent(Integer.parseInt(values[0]), k -> new ArrayList<>())
                                    .add(Long.parseLong(name.substring(5)));
                        } catch (NumberFormatException e) {
                            // not a rank: left out
                        }
                    }
                });
                List<Long> ranking = new ArrayList<>();
                byRank.values().forEach(ranking::addAll);
                return new BallotRequest(null, null, ranking);
            }
            default -> {
                List<Long> ids = new ArrayList<>();
                String[] values = request.getParameterValues("project");
                if (values != null) {
                    for (String v : values) {
                        try {
                            ids.add(Long.parseLong(v));
                        } catch (NumberFormatException e) {
                            // not a project: left out
                        }
                    }
                }
                return new BallotRequest(ids, null, null);
            }
        }
    }

    private static String lenientCode(BallotRequest sent) {
        if (sent.points() != null) {
            List<String> parts = new ArrayList<>();
            sent.points().forEach((id, p) -> parts.add(id + ":" + p));
            return String.join(",", parts);
        }
        List<Long> ids = sent.ranking() != null ? sent.ranking() : sent.projects();
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static void redirect(HttpServletResponse response, String to) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", to);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
