package uz.yagona.appeals.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import uz.yagona.appeals.Classification;

/**
 * The appeal classifier in process, one thread, over the 1,040 held-out appeals in turn (all four language forms):
 * {@link TopicModel#classify} with its explanation, the model's probabilities alone, and the ceiling every
 * classification pays first: normalizing and cutting the text into words ({@link TextFeatures#tokens}, with the
 * ICU transliteration of Cyrillic).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClassifierBenchmark {

    private TopicModel model;
    private List<String> texts;
    private int next;

    @Setup
    public void train() {
        model = TopicModel.train(Corpus.load(Corpus.TRAINING));
        texts = Corpus.load(Corpus.HELD_OUT).examples().stream().map(Corpus.Example::text).toList();
    }

    private String nextText() {
        next = (next + 1) % texts.size();
        return texts.get(next);
    }

    @Benchmark
    public Classification classifyWithExplanation() {
        return model.classify(nextText());
    }

    @Benchmark
    public double[] probabilitiesOnly() {
        return model.probabilities(nextText());
    }

    @Benchmark
    public List<TextFeatures.Token> ceilingNormalizeAndTokenize() {
        return TextFeatures.tokens(nextText());
    }
}
