package vn.directives.command.common;

/**
 * A request the domain refuses. It changes nothing. The web layer maps it once to a problem
 * document: INVALID to 400, FORBIDDEN to 403, REFUSED to 409. Messages are what the user
 * reads: Vietnamese first, English alongside; never personal data.
 */
public class RuleViolation extends RuntimeException {

    public enum Kind { INVALID, FORBIDDEN, REFUSED }

    private final Kind kind;
    private final String rule;
    private final String field;
    private final String messageVi;

    private RuleViolation(Kind kind, String rule, String field, String messageVi, String messageEn) {
        super(messageEn);
        this.kind = kind;
        this.rule = rule;
        this.field = field;
        this.messageVi = messageVi;
    }

    /** Bad input that only the domain can recognise (e.g. a date before the task opened). */
    public static RuleViolation invalid(String rule, String field, String messageVi, String messageEn) {
        return new RuleViolation(Kind.INVALID, rule, field, messageVi, messageEn);
    }

    /** The actor may not do this. */
    public static RuleViolation forbidden(String rule, String messageVi, String messageEn) {
        return new RuleViolation(Kind.FORBIDDEN, rule, null, messageVi, messageEn);
    }

    /** Same as {@link #forbidden} but naming the request field that asked for what the actor may not do. */
    public static RuleViolation forbidden(String rule, String field, String messageVi, String messageEn) {
        return new RuleViolation(Kind.FORBIDDEN, rule, field, messageVi, messageEn);
    }

    /** The step is not allowed in the current state, or a business rule refuses it. */
    public static RuleViolation refused(String rule, String messageVi, String messageEn) {
        return new RuleViolation(Kind.REFUSED, rule, null, messageVi, messageEn);
    }

    /** Same as {@link #refused} but naming the request field the rule is about. */
    public static RuleViolation refused(String rule, String field, String messageVi, String messageEn) {
        return new RuleViolation(Kind.REFUSED, rule, field, messageVi, messageEn);
    }

    /**
     * The same refusal about another request field: a rule checked by a command sent on behalf of a
     * request (a task's outcome recorded in an enterprise) names the field as that request has it.
     */
    public RuleViolation about(String otherField) {
        return new RuleViolation(kind, rule, otherField, messageVi, getMessage());
    }

    public Kind kind() {
        return kind;
    }

    /** A stable, kebab-case name of the rule, for clients and tests. */
    public String rule() {
        return rule;
    }

    /** The request field the rule is about, or null. */
    public String field() {
        return field;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return getMessage();
    }
}
