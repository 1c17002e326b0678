package org.qualityaward.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * No default password outside the demo profile: the first administrator comes from
 * {@code camunda.bpm.admin-user.id/password}, or one must already exist in the database.
 */
@Component
class AdminAccountGuard extends AbstractProcessEnginePlugin implements SmartInitializingSingleton {

  static final String ID_PROPERTY = "camunda.bpm.admin-user.id";
  static final String PASSWORD_PROPERTY = "camunda.bpm.admin-user.password";

  static final String HOW_TO = "请设置 " + ID_PROPERTY + " 和 " + PASSWORD_PROPERTY
      + "（环境变量 CAMUNDA_BPM_ADMIN_USER_ID / CAMUNDA_BPM_ADMIN_USER_PASSWORD），"
      + "或以 demo 配置运行（--spring.profiles.active=demo）。"
      + " Set " + ID_PROPERTY + " and " + PASSWORD_PROPERTY
      + " (environment CAMUNDA_BPM_ADMIN_USER_ID / CAMUNDA_BPM_ADMIN_USER_PASSWORD),"
      + " or run with the demo profile (--spring.profiles.active=demo).";

  private final Binder binder;
  private final ObjectProvider<IdentityService> identityService;

  AdminAccountGuard(Environment environment, ObjectProvider<IdentityService> identityService) {
    this.binder = Binder.get(environment);
    this.identityService = identityService;
  }

  /** Before the engine is built, because the starter would create the admin with password = id. */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configured(ID_PROPERTY) && !configured(PASSWORD_PROPERTY)) {
      throw new IllegalStateException("已配置管理员账号但未配置密码，系统不设默认密码，拒绝启动"
          + "（administrator id is configured without a password; there is no default password）。"
          + HOW_TO);
    }
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (configured(ID_PROPERTY)) {
      return;
    }
    long admins = identityService.getObject().createUserQuery()
        .memberOfGroup(Role.CAMUNDA_ADMIN.groupId()).count();
    if (admins == 0) {
      throw new IllegalStateException("数据库中没有系统管理员，且未配置初始管理员，拒绝启动"
          + "（no administrator exists in the database and none is configured）。" + HOW_TO);
    }
  }

  private boolean configured(String property) {
    return binder.bind(property, String.class).map(value -> !value.isBlank()).orElse(false);
  }
}
