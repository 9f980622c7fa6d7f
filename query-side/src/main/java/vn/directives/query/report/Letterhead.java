package vn.directives.query.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who issues the report and where, as the document's header shows it: the superior body and the
 * issuing body (top left; its name in sentences beside it), the number's suffix (Số …-BC/BTCTU) and the place of the date line.
 */
@Component
record Letterhead(@Value("${directives.report.superior-body:TỈNH ỦY THÁI NGUYÊN}") String superiorBody,
                  @Value("${directives.report.issuing-body:BAN TỔ CHỨC}") String issuingBody,
                  @Value("${directives.report.issuing-body-name:Ban Tổ chức Tỉnh ủy}") String issuingBodyName,
                  @Value("${directives.report.number-suffix:BC/BTCTU}") String numberSuffix,
                  @Value("${directives.report.place:Thái Nguyên}") String place) {
}
