package vn.directives.query.workspace.task;

/**
 * The control a form field is drawn as, which also decides how its submitted text becomes JSON
 * for the command side (see {@link FormBody}).
 */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** Several lines of free text. */
    TEXTAREA,
    /** A calendar date, {@code yyyy-MM-dd} on the wire. */
    DATE,
    /** A whole number. */
    NUMBER,
    /** Yes or no; an unticked box sends nothing, which is {@code false}. */
    CHECKBOX,
    /** One value of an enumeration, each drawn with its label. */
    CHOICE,
    /** Several values of an enumeration, ticked (a JSON list). */
    CHOICES,
    /** A secret typed twice over nobody's shoulder: drawn masked, never shown again. */
    PASSWORD,
    /** A Steering Committee member active on the date (picker). */
    MEMBER,
    /** A unit active on the date (picker). */
    UNIT,
    /** Several units active on the date (picker; a JSON list). */
    UNITS,
    /** A point of the directive chosen for the form (picker). */
    POINT,
    /** A known enterprise by tax code (picker); its name goes to the field's companion. */
    ENTERPRISE,
    /** A training course whose results are recorded, by its title (picker). */
    TRAINING_COURSE,
    /** A Party organization of the form's enterprise, by its name (picker). */
    PARTY_ORGANIZATION,
    /**
     * A Party organization not merged or dissolved, of another enterprise than the form's, by its name
     * and its enterprise's (picker): the one a merger or a dissolution hands the members to.
     */
    OTHER_PARTY_ORGANIZATION,
    /** Known enterprises ticked, plus tax codes typed one a line (a JSON list). */
    ENTERPRISES,
    /** One value a line (a JSON list of strings). */
    LINES,
    /** One object a line, its columns separated by semicolons (a JSON list of objects). */
    ROWS
}
