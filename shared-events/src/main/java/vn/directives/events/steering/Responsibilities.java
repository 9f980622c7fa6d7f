package vn.directives.events.steering;

import java.util.List;

/**
 * What a Steering Committee member answers for (phân công trách nhiệm): the units they follow
 * and the areas (e.g. "doanh nghiệp ngoài nhà nước tại KCN Yên Bình") they oversee.
 */
public record Responsibilities(List<String> unitIds, List<String> areas) {

    public Responsibilities {
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }
}
