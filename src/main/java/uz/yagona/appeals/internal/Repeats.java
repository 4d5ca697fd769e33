package uz.yagona.appeals.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uz.yagona.appeals.AppealStatus;
import uz.yagona.appeals.Applicant;

/**
 * Finds the applicant's earlier appeal on the same matter: the most similar wording above the settings'
 * threshold, whatever the script. A repeat of an answered appeal that adds too few new words brings no new
 * arguments (ZRU-445 art. 29) and is not reviewed again.
 */
@Component
public class Repeats {

    private final AppealStore store;
    private final IntakeSettings settings;

    Repeats(AppealStore store, IntakeSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** A found repeat: the earlier appeal (the first of the chain), how alike, how much is new. */
    public record Repeat(String earlier, double similarity, double newWordsShare, boolean earlierAnswered,
            boolean noNewArguments) {
    }

    public Optional<Repeat> find(Applicant applicant, String text, Instant since) {
        var wording = Wording.of(text);
        var earlier = store.earlierOf(applicant, since);
        var answered = earlier.stream().filter(e -> e.status() == AppealStatus.ANSWERED)
                .map(AppealStore.Earlier::number).collect(Collectors.toSet());
        return earlier.stream()
                .map(appeal -> {
                    var before = Wording.of(appeal.text());
                    return new Candidate(appeal, wording.similarity(before), wording.newTo(before));
                })
                .filter(candidate -> candidate.similarity() >= settings.repeatSimilarity())
                .max(Comparator.comparingDouble(Candidate::similarity))
                .map(best -> {
                    var first = best.appeal().earlier() == null ? best.appeal().number() : best.appeal().earlier();
                    // the question was answered when this appeal or the first of its chain was
                    boolean wasAnswered = answered.contains(best.appeal().number()) || answered.contains(first);
                    return new Repeat(first, round(best.similarity()), round(best.newShare()), wasAnswered,
                            wasAnswered && best.newShare() < settings.newArgumentsShare());
                });
    }

    private record Candidate(AppealStore.Earlier appeal, double similarity, double newShare) {
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
