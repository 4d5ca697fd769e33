package uz.yagona.enforcement;

/**
 * The case is not in a state that allows this (a suspended case takes no measures, a closed one no action, an
 * appeal already decided): {@code rule} is the message key, {@code arguments} its values. Nothing was changed.
 */
public class CaseStateConflict extends RuntimeException {

    private final String rule;
    private final Object[] arguments;

    public CaseStateConflict(String rule, Object... arguments) {
        super(rule);
        this.rule = rule;
        this.arguments = arguments.clone();
    }

    public String rule() {
        return rule;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
