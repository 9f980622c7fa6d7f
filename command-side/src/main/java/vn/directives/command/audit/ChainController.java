package vn.directives.command.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.command.common.RuleViolation;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Tamper evidence for inspectors: verify the chain (optionally against an anchor kept outside
 * the database) and export the anchors for safekeeping.
 */
@RestController
@RequestMapping("/api/audit/chain")
class ChainController {

    private final ChainVerification verification;
    private final JdbcTemplate jdbc;

    ChainController(ChainVerification verification, JdbcTemplate jdbc) {
        this.verification = verification;
        this.jdbc = jdbc;
    }

    /** One anchor: the chain's head link at a position, and when it was recorded. */
    record Anchor(long position, String link, Instant anchoredAt) {
    }

    @GetMapping("/verification")
    ChainVerification.Report verify(@RequestParam(required = false) Long anchorPosition,
                                    @RequestParam(required = false) String anchorLink) {
        if ((anchorPosition == null) != (anchorLink == null)) {
            throw RuleViolation.invalid("anchor-incomplete", anchorPosition == null ? "anchorPosition" : "anchorLink",
                    "Mốc neo cần cả vị trí và mắt xích.", "An anchor needs both its position and its link.");
        }
        byte[] link = null;
        if (anchorLink != null) {
            if (!anchorLink.matches("[0-9a-fA-F]{64}")) {
                throw RuleViolation.invalid("anchor-link-format", "anchorLink",
                        "Mắt xích phải gồm 64 chữ số thập lục phân.", "The link must be 64 hexadecimal digits.");
            }
            link = HexFormat.of().parseHex(anchorLink);
        }
        return verification.verify(anchorPosition, link);
    }

    @GetMapping("/anchors")
    List<Anchor> anchors() {
        return jdbc.query("SELECT position, link, anchored_at FROM events.chain_anchor ORDER BY position",
                (rs, n) -> new Anchor(rs.getLong(1), HexFormat.of().formatHex(rs.getBytes(2)),
                        rs.getTimestamp(3).toInstant()));
    }
}
