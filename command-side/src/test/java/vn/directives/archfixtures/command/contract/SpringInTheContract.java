package vn.directives.archfixtures.command.contract;

import org.springframework.util.Assert;

/** An event that validates itself with Spring: breaks "the event contract has no Spring". */
public record SpringInTheContract(String id) {

    public SpringInTheContract {
        Assert.hasText(id, "id");
    }
}
