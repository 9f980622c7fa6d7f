package vn.directives.archfixtures.command.layers.infrastructure;

import vn.directives.archfixtures.command.layers.task.FeatureRule;

/** Infrastructure that asks a feature: breaks "infrastructure does not depend on feature packages". */
class FeatureAwareInfrastructure {

    boolean check() {
        return FeatureRule.holds();
    }
}
