package vn.directives.archfixtures.query.layers.infrastructure;

import vn.directives.archfixtures.query.layers.taskboard.BoardRule;

/** Infrastructure that asks a read model: breaks "infrastructure does not depend on feature packages". */
class FeatureAwareInfrastructure {

    boolean check() {
        return BoardRule.holds();
    }
}
