package vn.directives.events.directive;

/** One numbered point of a directive. */
public record DirectivePoint(int number, String text) {
}
