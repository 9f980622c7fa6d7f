package vn.directives.archfixtures.query.cycles.second;

import vn.directives.archfixtures.query.cycles.first.First;

/** The other half of the cycle. */
public class Second {

    public First back() {
        return new First();
    }
}
