package vn.directives.command.common;

/**
 * Which units are below which: a task may be delegated only to a lower-level unit (giao cho cấp
 * dưới). Separate from {@link UnitDirectory} so that the rules needing only activity stay as
 * simple to stand in for as they are.
 */
public interface UnitHierarchy {

    /**
     * Whether {@code unitId} is below {@code upperUnitId}: registered under it (directly or through
     * its parents), or of a level below it by kind (see the unit package).
     */
    boolean isBelow(String unitId, String upperUnitId);
}
