package org.qualityaward.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.qualityaward.audit.AuditLog;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Failed and throttled logins go to the audit log. Camunda throttles logins itself (loginMaxAttempts,
 * loginDelay* in application.yaml) inside {@code IdentityService#checkPassword}, which the webapps'
 * login, engine REST Basic and our /api and /manager Basic all call: so the check is watched once,
 * in the engine's identity provider, instead of in each of them.
 */
@Component
class LoginAudit extends AbstractProcessEnginePlugin {

  private final ObjectProvider<AuditLog> auditLog;
  private final WorkingDayCalendar calendar;

  LoginAudit(ObjectProvider<AuditLog> auditLog, WorkingDayCalendar calendar) {
    this.auditLog = auditLog;
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuditedIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new AuditedIdentityProvider(configuration.getLoginMaxAttempts());
      }
    });
  }

  /** Camunda's database identity provider, whose refused password checks are recorded. */
  private class AuditedIdentityProvider extends DbIdentityServiceProvider {

    private final int maxAttempts;

    AuditedIdentityProvider(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
      UserEntity user = findUserById(userId);
      // a locked account is refused without its password being looked at
      boolean throttled = user != null && isUserLocked(user);
      boolean valid = super.checkPassword(userId, password);
      if (!valid) {
        record(userId, reason(user, password, throttled));
      }
      return valid;
    }

    private String reason(UserEntity user, String password, boolean throttled) {
      if (user == null) {
        return "登录失败：用户不存在";
      }
      if (throttled) {
        return throttled(user);
      }
      // Camunda counts only a wrong password, not a missing one
      return password == null ? "登录失败：未提供密码" : failed(user);
    }

    private String throttled(UserEntity user) {
      return user.getAttempts() >= maxAttempts
          ? "登录受限：连续登录失败 " + user.getAttempts() + " 次，账号已锁定，须由管理员在 Admin 中解锁"
          : "登录受限：连续登录失败后暂时锁定，" + secondsLocked(user) + " 秒后才能再登录";
    }

    /** After Camunda counted the attempt: the user's attempts and lock are this failure's. */
    private String failed(UserEntity user) {
      String failure = "登录失败：密码错误（连续第 " + user.getAttempts() + " 次）";
      return user.getAttempts() >= maxAttempts
          ? failure + "，账号已锁定，须由管理员在 Admin 中解锁"
          : failure + "，" + secondsLocked(user) + " 秒内不能再登录";
    }

    private long secondsLocked(UserEntity user) {
      long millis = Duration.between(calendar.now(), calendar.timeOf(user.getLockExpirationTime())).toMillis();
      return Math.max(1, (millis + 999) / 1000);
    }

    private void record(String userId, String reason) {
      HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
          ? web.getRequest() : null;
      // in the password check's own transaction, which commits the engine's count of failures too
      auditLog.getObject().refusedWithinCaller(userId, request == null ? null : request.getRemoteAddr(),
          request == null ? "登录" : "登录 " + request.getMethod() + " " + request.getRequestURI(), reason);
    }
  }
}
