package uz.yagona.portal.applications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.identity.PersonId;

/**
 * Ratings of services and agencies by their applicants: once per application, 1 to 5 with an optional comment,
 * after it was issued or rejected. The figures are public; the comments only for the agency's officers.
 */
@Service
class Ratings {

    static final int MAX_COMMENT = 1000;

    private final JdbcClient jdbc;
    private final ApplicationStore store;
    private final Clock clock;

    Ratings(JdbcClient jdbc, ApplicationStore store, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    /** Count, average and how many gave each score (index 0 for 1 star … 4 for 5 stars). */
    record Figures(String key, long count, double average, long[] distribution) {
    }

    /** A rating with its comment, as the agency's officers read it. */
    record Comment(String number, String serviceCode, int score, String comment, Instant ratedAt) {
    }

    @Transactional
    void rate(String number, PersonId applicant, @Nullable String scoreText, @Nullable String commentText) {
        var broken = new LinkedHashMap<String, InvalidAnswers.Broken>();
        int score = 0;
        try {
            score = Integer.parseInt(scoreText == null ? "" : scoreText.strip());
        } catch (NumberFormatException e) {
            broken.put("score", new InvalidAnswers.Broken("applications.rating.score"));
        }
        if (broken.isEmpty() && (score < 1 || score > 5)) {
            broken.put("score", new InvalidAnswers.Broken("applications.rating.score"));
        }
        var comment = commentText == null ? "" : commentText.strip();
        if (comment.length() > MAX_COMMENT) {
            broken.put("comment", new InvalidAnswers.Broken("applications.field.tooLong", MAX_COMMENT));
        }
        if (!broken.isEmpty()) {
            throw new InvalidAnswers(broken);
        }
        var application = store.lock(number).filter(found -> found.applicant().equals(applicant))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "applications.notFound"));
        if (!application.status().closed()) {
            throw new InvalidAnswers(Map.of("score", new InvalidAnswers.Broken("applications.rating.notClosed")));
        }
        int inserted = jdbc.sql("""
                insert into portal.ratings (number, service_code, agency_root, score, comment, rated_at)
                values (:number, :service, :root, :score, :comment, :at) on conflict (number) do nothing""")
                .param("number", number).param("service", application.serviceCode())
                .param("root", application.agencyRoot()).param("score", score)
                .param("comment", comment.isEmpty() ? null : comment).param("at", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw new InvalidAnswers(Map.of("score", new InvalidAnswers.Broken("applications.rating.twice")));
        }
    }

    /** The applicant's rating of an application, if given. */
    @Nullable Integer scoreOf(String number) {
        return jdbc.sql("select score from portal.ratings where number = :n").param("n", number)
                .query(Integer.class).optional().orElse(null);
    }

    List<Figures> byAgency() {
        return figures("agency_root");
    }

    List<Figures> byService() {
        return figures("service_code");
    }

    List<Comment> comments(String agencyRoot) {
        return jdbc.sql("""
                select number, service_code, score, comment, rated_at from portal.ratings
                where agency_root = :root and comment is not null order by rated_at desc limit 500""")
                .param("root", agencyRoot)
                .query((rs, n) -> new Comment(rs.getString("number"), rs.getString("service_code"),
                        rs.getInt("score"), rs.getString("comment"), rs.getTimestamp("rated_at").toInstant()))
                .list();
    }

    private List<Figures> figures(String column) {
        // the column is one of two constants above, never input
        var rows = jdbc.sql("select " + column + " as key, score, count(*) as n from portal.ratings group by "
                + column + ", score order by " + column + ", score")
                .query((rs, n) -> new Object[] {rs.getString("key"), rs.getInt("score"), rs.getLong("n")}).list();
        var grouped = new LinkedHashMap<String, long[]>();
        for (var row : rows) {
            grouped.computeIfAbsent((String) row[0], key -> new long[5])[(int) row[1] - 1] = (long) row[2];
        }
        var figures = new ArrayList<Figures>();
        grouped.forEach((key, distribution) -> {
            long count = 0;
            long sum = 0;
            for (int i = 0; i < 5; i++) {
                count += distribution[i];
                sum += distribution[i] * (i + 1);
            }
            figures.add(new Figures(key, count, Math.round(sum * 100.0 / count) / 100.0, distribution));
        });
        return figures;
    }
}
