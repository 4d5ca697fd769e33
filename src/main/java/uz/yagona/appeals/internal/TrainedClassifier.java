package uz.yagona.appeals.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uz.yagona.appeals.Classification;
import uz.yagona.appeals.Classifier;

/**
 * The classifier every caller shares: the topic model trained once, when the bean is made, from the training
 * corpus alone, so that the figures measured on the held-out corpus are those of the model that answers. The bean
 * is lazy: training takes seconds of CPU, which neither the platform's start nor every test context should pay for
 * when nobody classifies; the first classification does.
 */
@Component
@Lazy
class TrainedClassifier implements Classifier {

    private static final Logger log = LoggerFactory.getLogger(TrainedClassifier.class);

    private final TopicModel model;

    TrainedClassifier() {
        long start = System.nanoTime();
        var corpus = Corpus.load(Corpus.TRAINING);
        this.model = TopicModel.train(corpus);
        log.info("Appeal topic model {} trained on {} appeals in {} ms", model.version(), corpus.examples().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public Classification classify(String text) {
        return model.classify(text);
    }

    @Override
    public String modelVersion() {
        return model.version();
    }
}
