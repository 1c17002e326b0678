package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.QualityAwardApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * Outside the demo profile there is no default password. Each case starts the real application
 * with only the main application.yaml (not the test admin of config/application.yaml), without
 * the webapps: a context that fails to refresh leaves the webapps' static LazyInitRegistration
 * pointing at it, which breaks every later webapp context in this JVM.
 */
class AdminAccountGuardTest {

  @Test
  @DisplayName("no administrator in the database and none configured: start-up is refused, naming the properties")
  void refusesWithoutAdministrator() {
    assertThatThrownBy(() -> start("guard-none").close())
        .extracting(NestedExceptionUtils::getMostSpecificCause)
        .isInstanceOf(IllegalStateException.class)
        .extracting(Throwable::getMessage).asString()
        .contains("数据库中没有系统管理员")        .contains("no administrator exists in the database and none is configured",
            "camunda.bpm.admin-user.id", "camunda.bpm.admin-user.password", "CAMUNDA_BPM_ADMIN_USER_PASSWORD");
  }

  @Test
  @DisplayName("an administrator id without a password is refused (Camunda would default the password to the id)")
  void refusesIdWithoutPassword() {
    assertThatThrownBy(() -> start("guard-nopassword", "--camunda.bpm.admin-user.id=chief").close())
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .rootCause()
        .hasMessageContaining("未配置密码")
        .hasMessageContaining("there is no default password")
        .hasMessageContaining("camunda.bpm.admin-user.password");
  }

  @Test
  @DisplayName("an administrator id set but empty (a line of docker/.env emptied instead of removed) is refused, saying to remove it")
  void refusesEmptyId() {
    assertThatThrownBy(() -> start("guard-emptyid", "--camunda.bpm.admin-user.id=", "--camunda.bpm.admin-user.password=").close())
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .rootCause()
        .hasMessageContaining("已设置但为空")
        .hasMessageContaining("once an administrator exists remove both settings");
  }

  @Test
  @DisplayName("a configured administrator whose password the password policy refuses: start-up is refused, naming the rules")
  void refusesWeakPassword() {
    assertThatThrownBy(() -> start("guard-weak", "--camunda.bpm.admin-user.id=chief",
        "--camunda.bpm.admin-user.password=chief-2026").close())
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .rootCause()
        .hasMessageContaining("初始管理员 chief 的密码不符合密码策略")
        .hasMessageContaining("不得包含用户名、姓名或电子邮箱；至少 1 个大写字母")
        .hasMessageContaining("PASSWORD_POLICY_USER_DATA, PASSWORD_POLICY_UPPERCASE")
        .hasMessageContaining("CAMUNDA_BPM_ADMIN_USER_PASSWORD");
  }

  @Test
  @DisplayName("the configured administrator is created; later starts need no configuration; a new id configured later adds an administrator (the way back in for a locked one)")
  void configuredAdministratorThenNone() {
    try (ConfigurableApplicationContext first =
        start("guard-configured", "--camunda.bpm.admin-user.id=chief", "--camunda.bpm.admin-user.password=s3cret-Pass")) {
      assertThat(first.getBean(org.camunda.bpm.engine.IdentityService.class).checkPassword("chief", "s3cret-Pass")).isTrue();
    }
    try (ConfigurableApplicationContext second = start("guard-configured")) {
      assertThat(second.isActive()).isTrue();
    }
    // the way back in when the only administrator is locked out: a new id for one start
    try (ConfigurableApplicationContext rescue = start("guard-configured", "--camunda.bpm.admin-user.id=rescue",
        "--camunda.bpm.admin-user.password=Way-Back-2026x")) {
      org.camunda.bpm.engine.IdentityService identity = rescue.getBean(org.camunda.bpm.engine.IdentityService.class);
      assertThat(identity.checkPassword("rescue", "Way-Back-2026x")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup(Role.CAMUNDA_ADMIN.groupId()).list())
          .extracting(org.camunda.bpm.engine.identity.User::getId).contains("chief", "rescue");
    }
  }

  private static ConfigurableApplicationContext start(String name, String... args) {
    String[] all = new String[args.length + 9];
    all[0] = "--spring.config.location=classpath:/application.yaml";
    all[1] = "--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    all[2] = "--camunda.bpm.process-engine-name=" + name.replace("-", "");
    all[3] = "--logging.level.root=warn";
    all[4] = "--camunda.bpm.job-execution.enabled=false";
    all[5] = "--spring.main.banner-mode=off";
    all[6] = "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration";
    all[7] = "--server.port=0";
    all[8] = "--qa.personal-data.key=B4/Z3yuGR1qPBrKvrCvBrBz6vyjjdY9RRu2icTqfSgI=";
    System.arraycopy(args, 0, all, 9, args.length);
    return new SpringApplicationBuilder(QualityAwardApplication.class).run(all);
  }
}
