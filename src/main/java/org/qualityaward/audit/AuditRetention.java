package org.qualityaward.audit;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The refused attempts hold callers' user ids and addresses: kept as long as 网络安全法 第二十一条 asks of
 * network logs (at least six months), then removed (个人信息保护法 第十九条: no longer than needed). Every
 * night, on every node (a delete by date is the same wherever it runs); the case records themselves are the
 * award's archive and are never purged by the application (README, Operating).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditRetention {

  private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

  private final AuditLog audit;
  private final Duration kept;

  AuditRetention(AuditLog audit, @Value("${qa.audit.refusals-kept:P365D}") Duration kept) {
    if (kept.compareTo(Duration.ofDays(183)) < 0) {
      throw new IllegalStateException("qa.audit.refusals-kept 不能短于6个月（网络安全法第二十一条）：" + kept);
    }
    this.audit = audit;
    this.kept = kept;
  }

  @Scheduled(cron = "0 40 1 * * *", zone = "Asia/Shanghai")
  void purge() {
    int removed = audit.purgeOlderThan(Instant.now().minus(kept));
    if (removed > 0) {
      log.info("audit log: {} refused attempts older than {} removed", removed, kept);
    }
  }
}
