package vn.directives.archfixtures.command.cycles.second;

import vn.directives.archfixtures.command.cycles.first.First;

/** The other half of the cycle. */
public class Second {

    public First back() {
        return new First();
    }
}
