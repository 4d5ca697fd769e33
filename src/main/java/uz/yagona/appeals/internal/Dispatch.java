package uz.yagona.appeals.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uz.yagona.appeals.Appeal;
import uz.yagona.appeals.AppealStatus;

/**
 * Routes a registered appeal: the topic model's answer when it is confident enough, else the dispatcher's queue.
 * Either way the routing is a recorded automated decision with its inputs, model version and explanation.
 */
@Component
public class Dispatch {

    private final AppealStore store;
    private final @Nullable TopicModel model;
    private final double threshold;
    private final Clock clock;

    Dispatch(AppealStore store, ObjectProvider<TopicModel> model,
            @Value("${yagona.appeals.routing.min-confidence:0.6}") double threshold, Clock clock) {
        this.store = store;
        this.model = model.getIfAvailable();
        this.threshold = threshold;
        this.clock = clock;
    }

    /** Routes the appeal and returns its new status. */
    public AppealStatus route(Appeal appeal) {
        var inputs = new LinkedHashMap<String, Object>();
        inputs.put("kind", appeal.kind().name());
        inputs.put("district", appeal.district() == null ? "" : appeal.district());
        inputs.put("textLength", appeal.text().length());
        inputs.put("minConfidence", threshold);
        var chosen = appeal.topic();
        if (chosen != null) {
            inputs.put("topic", chosen);
            if (model == null) {
                store.routed(appeal.number(), AppealStatus.AWAITING_DISPATCH, chosen, null, null);
                store.decision(appeal.number(), "ROUTING", null, inputs, "DISPATCHER",
                        List.of("the applicant chose the topic; no table of bodies is configured"), clock.instant());
                return AppealStatus.AWAITING_DISPATCH;
            }
            var agency = model.agencyFor(chosen, appeal.district());
            store.routed(appeal.number(), AppealStatus.IN_REVIEW, chosen, agency, "APPLICANT");
            store.decision(appeal.number(), "ROUTING", null, inputs, agency,
                    List.of("the applicant chose the topic " + chosen), clock.instant());
            store.event(appeal.number(), clock.instant(), "ROUTED", "SYSTEM", chosen + " → " + agency);
            return AppealStatus.IN_REVIEW;
        }
        if (model == null) {
            store.routed(appeal.number(), AppealStatus.AWAITING_DISPATCH, null, null, null);
            store.decision(appeal.number(), "ROUTING", null, inputs, "DISPATCHER",
                    List.of("no topic model is configured"), clock.instant());
            return AppealStatus.AWAITING_DISPATCH;
        }
        var routed = model.route(appeal.text(), appeal.district());
        inputs.put("topic", routed.topic());
        inputs.put("agency", routed.agency());
        inputs.put("confidence", routed.confidence());
        if (routed.confidence() < threshold) {
            store.routed(appeal.number(), AppealStatus.AWAITING_DISPATCH, null, null, null);
            store.decision(appeal.number(), "ROUTING", routed.modelVersion(), inputs, "DISPATCHER",
                    routed.explanation(), clock.instant());
            return AppealStatus.AWAITING_DISPATCH;
        }
        store.routed(appeal.number(), AppealStatus.IN_REVIEW, routed.topic(), routed.agency(), "MODEL");
        store.decision(appeal.number(), "ROUTING", routed.modelVersion(), inputs, routed.agency(),
                routed.explanation(), clock.instant());
        store.event(appeal.number(), clock.instant(), "ROUTED", "SYSTEM", routed.topic() + " → " + routed.agency());
        return AppealStatus.IN_REVIEW;
    }
}
