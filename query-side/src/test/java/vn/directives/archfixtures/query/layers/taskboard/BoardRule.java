package vn.directives.archfixtures.query.layers.taskboard;

/** A read model's own rule. */
public final class BoardRule {

    public static boolean holds() {
        return true;
    }
}
