package vn.directives.archfixtures.command.layers.task;

/** A feature's own rule. */
public final class FeatureRule {

    public static boolean holds() {
        return true;
    }
}
