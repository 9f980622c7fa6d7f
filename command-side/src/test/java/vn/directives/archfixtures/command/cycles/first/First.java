package vn.directives.archfixtures.command.cycles.first;

import vn.directives.archfixtures.command.cycles.second.Second;

/** Half of a package cycle: breaks "no package cycles". */
public class First {

    public Second next() {
        return new Second();
    }
}
