package uz.yagona.appeals.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uz.yagona.appeals.Topic;

/**
 * A labelled corpus of appeals: one appeal a line, {@code topic <TAB> language form <TAB> text}; blank lines and
 * lines starting with {@code #} are comments. {@code appeals/corpus/train.tsv} trains the model,
 * {@code appeals/corpus/heldout.tsv} (written separately, other situations and wording) only measures it.
 */
public record Corpus(List<Example> examples, byte[] digest) {

    public static final String TRAINING = "appeals/corpus/train.tsv";
    public static final String HELD_OUT = "appeals/corpus/heldout.tsv";

    /** One labelled appeal. */
    public record Example(Topic topic, LanguageForm form, String text) {
    }

    public Corpus {
        examples = List.copyOf(examples);
        digest = digest.clone();
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    /** Reads a corpus file from the class path. */
    public static Corpus load(String resource) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus " + resource);
            }
            return parse(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Corpus parse(String name, byte[] bytes) {
        var examples = new ArrayList<Example>();
        var lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var fields = line.split("\t", 3);
            var topic = fields.length == 3 ? Topic.ofCode(fields[0].strip()) : Optional.<Topic>empty();
            if (topic.isEmpty() || fields[2].isBlank()) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": expected topic, form, text: " + line);
            }
            examples.add(new Example(topic.get(), LanguageForm.ofCode(fields[1].strip()), fields[2].strip()));
        }
        try {
            return new Corpus(examples, MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
