package uz.yagona.appeals.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uz.yagona.appeals.Appeal;
import uz.yagona.appeals.AppealStatus;
import uz.yagona.appeals.Classifier;
import uz.yagona.appeals.Routing;
import uz.yagona.appeals.Topic;
import uz.yagona.shared.Soato;

/**
 * Routes a registered appeal: to the body the routing table names for the topic the applicant chose (an Open311
 * service), or for the topic the classifier reads from the text when it is sure enough; else to the dispatchers'
 * queue. Either way the routing is a recorded automated decision with its inputs, model version and explanation.
 */
@Component
public class Dispatch {

    private final AppealStore store;
    private final Classifier classifier;
    private final Routing routing;
    private final double threshold;
    private final Clock clock;

    Dispatch(AppealStore store, Classifier classifier, Routing routing,
            @Value("${yagona.appeals.routing.min-confidence:0.6}") double threshold, Clock clock) {
        this.store = store;
        this.classifier = classifier;
        this.routing = routing;
        this.threshold = threshold;
        this.clock = clock;
    }

    /** Routes the appeal and returns its new status. */
    public AppealStatus route(Appeal appeal) {
        var inputs = new LinkedHashMap<String, Object>();
        inputs.put("kind", appeal.kind().name());
        inputs.put("district", appeal.district() == null ? "" : appeal.district());
        inputs.put("textLength", appeal.text().length());
        var chosen = appeal.topic() == null ? null : Topic.ofCode(appeal.topic()).orElse(null);
        if (chosen != null) {
            inputs.put("topic", chosen.code());
            var body = routing.responsibleFor(chosen, place(appeal.district())).code();
            return routed(appeal, chosen, body, "APPLICANT", null, inputs,
                    List.of("the applicant chose the topic " + chosen.code()));
        }
        if (appeal.institution() != null) {
            // a convict's or a relative's appeal names the institution: it goes to the penitentiary authority
            inputs.put("institution", appeal.institution());
            var body = routing.responsibleFor(Topic.PENITENTIARY, place(appeal.district())).code();
            return routed(appeal, Topic.PENITENTIARY, body, "APPLICANT", null, inputs,
                    List.of("the appeal names the penitentiary institution " + appeal.institution()));
        }
        var classification = classifier.classify(appeal.text());
        var explanation = classification.evidence().stream()
                .map(evidence -> "%s (%.2f)".formatted(evidence.term(), evidence.weight())).toList();
        inputs.put("topic", classification.topic().code());
        inputs.put("confidence", classification.confidence());
        inputs.put("minConfidence", threshold);
        if (classification.confidence() < threshold) {
            store.routed(appeal.number(), AppealStatus.AWAITING_DISPATCH, null, null, null);
            store.decision(appeal.number(), "ROUTING", classification.modelVersion(), inputs, "DISPATCHER",
                    explanation, clock.instant());
            return AppealStatus.AWAITING_DISPATCH;
        }
        var body = routing.responsibleFor(classification.topic(), place(appeal.district())).code();
        return routed(appeal, classification.topic(), body, "MODEL", classification.modelVersion(), inputs,
                explanation);
    }

    private AppealStatus routed(Appeal appeal, Topic topic, String body, String by, @Nullable String modelVersion,
            LinkedHashMap<String, Object> inputs, List<String> explanation) {
        store.routed(appeal.number(), AppealStatus.IN_REVIEW, topic.code(), body, by);
        store.decision(appeal.number(), "ROUTING", modelVersion, inputs, body, explanation, clock.instant());
        store.event(appeal.number(), clock.instant(), "ROUTED", "SYSTEM", topic.code() + " → " + body);
        return AppealStatus.IN_REVIEW;
    }

    private static @Nullable Soato place(@Nullable String district) {
        return district == null ? null : Soato.ofDistrict(district);
    }
}
