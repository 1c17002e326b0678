package org.qualityaward.identity;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * No default password outside the demo profile: the first administrator comes from
 * {@code camunda.bpm.admin-user.id/password}, or one must already exist in the database. A configured
 * one must satisfy the password policy (application.yaml).
 */
// before the starter's CreateAdminUserConfiguration (Ordering.DEFAULT_ORDER), which creates the administrator
@Order(Ordering.DEFAULT_ORDER - 1)
@Component
class AdminAccountGuard extends AbstractProcessEnginePlugin implements SmartInitializingSingleton {

  static final String ADMIN_USER = "camunda.bpm.admin-user";
  static final String ID_PROPERTY = ADMIN_USER + ".id";
  static final String PASSWORD_PROPERTY = ADMIN_USER + ".password";

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
    // an emptied line of docker/.env: the starter takes an empty id as set and fails on creating it
    if (binder.bind(ID_PROPERTY, String.class).map(String::isBlank).orElse(false)) {
      throw new IllegalStateException(ID_PROPERTY + "（环境变量 CAMUNDA_BPM_ADMIN_USER_ID）已设置但为空，拒绝启动："
          + "已有管理员时请删除这两项设置（含密码），需要新建管理员时请填写。"
          + " (" + ID_PROPERTY + " is set but empty: once an administrator exists remove both settings, password"
          + " included; to create an administrator give its id.)");
    }
    if (configured(ID_PROPERTY) && !configured(PASSWORD_PROPERTY)) {
      throw new IllegalStateException("已配置管理员账号但未配置密码，系统不设默认密码，拒绝启动"
          + "（administrator id is configured without a password; there is no default password）。"
          + HOW_TO);
    }
  }

  /**
   * A configured administrator about to be created with a password the policy refuses stops start-up
   * here, naming the rules, instead of with the starter's bare "Password does not match policy".
   */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    PasswordPolicy policy = identity.getPasswordPolicy();
    if (policy == null || !configured(ID_PROPERTY)) {
      return;
    }
    // as the starter fills it in: names and e-mail default to the id, which the password must not contain
    User admin = binder.bind(ADMIN_USER, AdminUserProperty.class).get().init();
    if (identity.createUserQuery().userId(admin.getId()).count() > 0) {
      return;
    }
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(policy, admin.getPassword(), admin);
    if (!result.isValid()) {
      throw new IllegalStateException("初始管理员 " + admin.getId() + " 的密码不符合密码策略，拒绝启动："
          + result.getViolatedRules().stream().map(AdminAccountGuard::describe).collect(Collectors.joining("；"))
          + "（the configured administrator's password violates the password policy: "
          + result.getViolatedRules().stream().map(PasswordPolicyRule::getPlaceholder).collect(Collectors.joining(", "))
          + "）。请在 " + PASSWORD_PROPERTY + "（环境变量 CAMUNDA_BPM_ADMIN_USER_PASSWORD）中设置符合要求的密码。"
          + " Set one that satisfies it in " + PASSWORD_PROPERTY + " (environment CAMUNDA_BPM_ADMIN_USER_PASSWORD).");
    }
  }

  /** A rule in the words of the Admin webapp's Chinese password hints. */
  private static String describe(PasswordPolicyRule rule) {
    String minimum = rule.getParameters() == null ? "" : String.join("", rule.getParameters().values());
    return switch (rule.getPlaceholder()) {
      case PasswordPolicyLengthRuleImpl.PLACEHOLDER -> "至少 " + minimum + " 个字符";
      case PasswordPolicyLowerCaseRuleImpl.PLACEHOLDER -> "至少 " + minimum + " 个小写字母";
      case PasswordPolicyUpperCaseRuleImpl.PLACEHOLDER -> "至少 " + minimum + " 个大写字母";
      case PasswordPolicyDigitRuleImpl.PLACEHOLDER -> "至少 " + minimum + " 个数字";
      case PasswordPolicySpecialCharacterRuleImpl.PLACEHOLDER -> "至少 " + minimum + " 个特殊字符";
      case PasswordPolicyUserDataRuleImpl.PLACEHOLDER -> "不得包含用户名、姓名或电子邮箱";
      default -> rule.getPlaceholder();
    };
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
