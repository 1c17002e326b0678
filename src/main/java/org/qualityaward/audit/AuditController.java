package org.qualityaward.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/refusals}: the refused attempts, newest first (administrators only, see SecurityConfig). */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  record Entry(Long id, Instant occurredAt, String userId, String clientAddress, String action, String reason) {}

  record EntryPage(long total, int page, int size, List<Entry> entries) {}

  private final AuditLog log;

  AuditController(AuditLog log) {
    this.log = log;
  }

  @GetMapping("/refusals")
  EntryPage refusals(@RequestParam(name = "user", required = false) String user,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "50") int size) {
    var result = log.recent(user, page, size);
    return new EntryPage(result.getTotalElements(), result.getNumber(), result.getSize(), result.getContent().stream()
        .map(a -> new Entry(a.getId(), a.getOccurredAt(), a.getUserId(), a.getClientAddress(), a.getAction(),
            a.getReason()))
        .toList());
  }
}
